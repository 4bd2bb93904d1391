// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgraph.h"
#include "diagrampalette.h"

#include <QGraphicsItem>

namespace nameplan {

class DiagramEdgeItem;

// One box of the diagram: an authority site, resolver, signer, population, zone, name or
// service. Its state (out, affected, highlighted) is shown by fill, outline and a word, so
// that it reads without colour too.
class DiagramNodeItem : public QGraphicsItem {
public:
    DiagramNodeItem(const DiagramNode& node, const QRectF& box, const DiagramPalette* palette);

    const DiagramNode& node() const { return m_node; }
    void setState(DiagramPalette::State state);
    DiagramPalette::State state() const { return m_state; }
    void addEdge(DiagramEdgeItem* edge) { m_edges.push_back(edge); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QString stateWord() const;

    DiagramNode m_node;
    QSizeF m_size;
    const DiagramPalette* m_palette;
    DiagramPalette::State m_state = DiagramPalette::State::Normal;
    std::vector<DiagramEdgeItem*> m_edges;
};

} // namespace nameplan
