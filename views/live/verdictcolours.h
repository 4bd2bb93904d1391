// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verdict.h"

#include <QColor>
#include <QPalette>

namespace nameplan {

// Colours of the four DNSSEC states, derived from the widget's palette so that the chain view and
// the expiry timeline stay readable in a dark theme: pale fills on light bases, deep ones on dark.
class VerdictColours {
public:
    explicit VerdictColours(const QPalette& palette);

    QColor fill(Verdict::Status status) const;
    // The bar of the expiry timeline: saturated, the same hue in both themes.
    QColor strong(Verdict::Status status) const;
    bool isDark() const;

private:
    QPalette m_palette;
};

} // namespace nameplan
