// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrampalette.h"

#include <array>

namespace nameplan {

namespace {
// Okabe–Ito: distinguishable with protanopia, deuteranopia and tritanopia.
constexpr std::array<QRgb, 8> providerColours { 0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7, 0xff56b4e9, 0xffd55e00,
    0xfff0e442, 0xff999999 };

// `amount` of fg over bg, as an opaque colour. Opaque, not translucent: the PDF writer can only
// stroke an opaque pen natively, and turns every dash of a translucent one into a filled
// polygon (a 15 MB page for the large estate's diagram).
QColor blend(const QColor& fg, const QColor& bg, float amount)
{
    const auto mix = [amount](float a, float b) { return a * amount + b * (1.0f - amount); };
    return QColor::fromRgbF(mix(fg.redF(), bg.redF()), mix(fg.greenF(), bg.greenF()), mix(fg.blueF(), bg.blueF()));
}
} // namespace

DiagramPalette::DiagramPalette(const QPalette& palette)
    : m_palette(palette)
{
}

void DiagramPalette::setProviders(const QStringList& providerIds)
{
    m_providers = providerIds;
}

QColor DiagramPalette::provider(const QString& providerId) const
{
    const qsizetype index = m_providers.indexOf(providerId);
    if (index < 0)
        return mutedText();
    return QColor::fromRgba(providerColours[size_t(index) % providerColours.size()]);
}

bool DiagramPalette::isDark() const
{
    return background().lightnessF() < 0.5;
}

QColor DiagramPalette::mutedText() const
{
    return blend(text(), background(), 0.65f);
}

QColor DiagramPalette::nodeFill(State state) const
{
    switch (state) {
    case State::Failed:
        return isDark() ? QColor(0x7a, 0x1f, 0x1f) : QColor(0xfd, 0xd8, 0xd5);
    case State::Affected:
        return isDark() ? QColor(0x6b, 0x4a, 0x12) : QColor(0xff, 0xec, 0xc7);
    case State::Highlighted:
        return isDark() ? QColor(0x1d, 0x4e, 0x7a) : QColor(0xd6, 0xea, 0xff);
    case State::Normal:
        break;
    }
    return m_palette.color(QPalette::Base).lighter(isDark() ? 140 : 100);
}

QColor DiagramPalette::outline(State state) const
{
    switch (state) {
    case State::Failed:
        return QColor(0xd0, 0x30, 0x30);
    case State::Affected:
        return QColor(0xd9, 0x8a, 0x00);
    case State::Highlighted:
        return m_palette.color(QPalette::Highlight);
    case State::Normal:
        break;
    }
    return m_palette.color(QPalette::Mid);
}

QColor DiagramPalette::clusterFill(int depth) const
{
    QColor c = m_palette.color(QPalette::AlternateBase);
    return isDark() ? c.lighter(110 + 8 * depth) : c.darker(100 + 3 * depth);
}

QColor DiagramPalette::edge() const
{
    return blend(text(), background(), 0.45f);
}

} // namespace nameplan
