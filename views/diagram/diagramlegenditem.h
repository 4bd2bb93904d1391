// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampalette.h"

#include <QGraphicsItem>

namespace nameplan {

// The key to the diagram's colours and line styles. Part of the scene, so that every
// rendering (screen, PNG, PDF) carries it.
class DiagramLegendItem : public QGraphicsItem {
public:
    struct Entry {
        QString providerId;
        QString label;
    };

    DiagramLegendItem(const std::vector<Entry>& providers, const DiagramPalette* palette);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<Entry> m_providers;
    const DiagramPalette* m_palette;
};

} // namespace nameplan
