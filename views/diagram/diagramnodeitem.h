// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgraph.h"
#include "diagrampalette.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

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
    // Lays the texts out once per state change, not per paint: a click repaints hundreds of
    // boxes and eliding and shaping them every time was most of the cost.
    void prepareText();

    DiagramNode m_node;
    QSizeF m_size;
    const DiagramPalette* m_palette;
    DiagramPalette::State m_state = DiagramPalette::State::Normal;
    std::vector<DiagramEdgeItem*> m_edges;
    QFont m_labelFont;
    QFont m_detailFont;
    QStaticText m_label;
    QStaticText m_word;
    QStaticText m_detail;
    QPointF m_labelAt;
    QPointF m_wordAt;
    QPointF m_detailAt;
};

} // namespace nameplan
