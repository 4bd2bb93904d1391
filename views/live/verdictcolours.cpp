// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictcolours.h"

namespace nameplan {

VerdictColours::VerdictColours(const QPalette& palette)
    : m_palette(palette)
{
}

bool VerdictColours::isDark() const
{
    return m_palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor VerdictColours::fill(Verdict::Status status) const
{
    const bool dark = isDark();
    switch (status) {
    case Verdict::Status::Secure:
        return dark ? QColor(0x1e, 0x5b, 0x2e) : QColor(0xd4, 0xf0, 0xd9);
    case Verdict::Status::Insecure:
        return dark ? QColor(0x6b, 0x4a, 0x12) : QColor(0xff, 0xec, 0xc7);
    case Verdict::Status::Indeterminate:
        return dark ? QColor(0x3c, 0x43, 0x4d) : QColor(0xe4, 0xe7, 0xeb);
    case Verdict::Status::Bogus:
        break;
    }
    return dark ? QColor(0x7a, 0x1f, 0x1f) : QColor(0xfd, 0xd8, 0xd5);
}

QColor VerdictColours::strong(Verdict::Status status) const
{
    switch (status) {
    case Verdict::Status::Secure:
        return QColor(0x2e, 0x9e, 0x4f);
    case Verdict::Status::Insecure:
        return QColor(0xe0, 0x9a, 0x1b);
    case Verdict::Status::Indeterminate:
        return QColor(0x8a, 0x93, 0x9e);
    case Verdict::Status::Bogus:
        break;
    }
    return QColor(0xd0, 0x36, 0x2b);
}

} // namespace nameplan
