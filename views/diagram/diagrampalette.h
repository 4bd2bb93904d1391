// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace nameplan {

// Colours of the diagram: one per provider (a qualitative palette that stays distinct for
// people with the common colour-vision deficiencies), and the outage states. Derived from the
// application palette so that the diagram follows the desktop's light or dark theme.
class DiagramPalette {
public:
    enum class State { Normal, Failed, Affected, Highlighted };

    explicit DiagramPalette(const QPalette& palette = {});

    void setProviders(const QStringList& providerIds);
    QColor provider(const QString& providerId) const;

    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor nodeFill(State state) const;
    QColor outline(State state) const;
    QColor clusterFill(int depth) const;
    QColor edge() const;
    bool isDark() const;

private:
    QPalette m_palette;
    QStringList m_providers;
};

} // namespace nameplan
