// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgraph.h"
#include "diagrampalette.h"

#include <QGraphicsPathItem>

namespace nameplan {

class DiagramNodeItem;

// A link of the diagram. Follows the spline Graphviz routed until one of its ends is moved
// by hand; then it becomes a straight line between the boxes.
class DiagramEdgeItem : public QGraphicsPathItem {
public:
    DiagramEdgeItem(const DiagramEdge& edge, DiagramNodeItem* from, DiagramNodeItem* to, const QPainterPath& route,
        const DiagramPalette* palette);

    const DiagramEdge& edge() const { return m_edge; }
    DiagramNodeItem* from() const { return m_from; }
    DiagramNodeItem* to() const { return m_to; }
    void setBroken(bool broken);
    void setHighlighted(bool highlighted);
    void adjust();

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void applyPen();
    // The arrow head is computed when the route changes, not on every paint.
    void placeArrow();

    DiagramEdge m_edge;
    DiagramNodeItem* m_from;
    DiagramNodeItem* m_to;
    const DiagramPalette* m_palette;
    bool m_broken = false;
    bool m_highlighted = false;
    QPolygonF m_arrow;
};

} // namespace nameplan
