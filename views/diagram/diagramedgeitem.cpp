// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramedgeitem.h"

#include "diagramnodeitem.h"

#include <QPainter>
#include <QPen>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace nameplan {

namespace {
constexpr double arrowSize = 7;
// Below this scale an arrow head is under two device pixels.
constexpr double arrowLevelOfDetail = 0.3;
} // namespace

DiagramEdgeItem::DiagramEdgeItem(const DiagramEdge& edge, DiagramNodeItem* from, DiagramNodeItem* to,
    const QPainterPath& route, const DiagramPalette* palette)
    : m_edge(edge)
    , m_from(from)
    , m_to(to)
    , m_palette(palette)
{
    setPath(route);
    placeArrow();
    setZValue(1);
    applyPen();
    if (!edge.label.isEmpty())
        setToolTip(edge.label);
}

void DiagramEdgeItem::setBroken(bool broken)
{
    if (m_broken == broken)
        return;
    m_broken = broken;
    applyPen();
}

void DiagramEdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    applyPen();
}

void DiagramEdgeItem::applyPen()
{
    QPen pen(m_broken ? m_palette->outline(DiagramPalette::State::Failed)
                      : (m_highlighted ? m_palette->outline(DiagramPalette::State::Highlighted) : m_palette->edge()));
    pen.setWidthF(m_broken || m_highlighted ? 2.0 : 1.0);
    switch (m_edge.kind) {
    case DiagramEdge::Kind::Transfer:
        pen.setStyle(Qt::DashLine);
        break;
    case DiagramEdge::Kind::Signing:
        pen.setStyle(Qt::DotLine);
        break;
    case DiagramEdge::Kind::Reach:
        pen.setColor(m_broken ? pen.color() : m_palette->provider(QString()).lighter(120));
        pen.setStyle(Qt::DashDotLine);
        break;
    case DiagramEdge::Kind::AnycastSibling:
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(2.0);
        break;
    case DiagramEdge::Kind::SharedDependency:
        pen.setColor(m_broken ? pen.color() : m_palette->outline(DiagramPalette::State::Affected).lighter(130));
        break;
    case DiagramEdge::Kind::Dependency:
    case DiagramEdge::Kind::Delegation:
    case DiagramEdge::Kind::Alias:
        break;
    }
    setPen(pen);
}

void DiagramEdgeItem::adjust()
{
    QPainterPath line;
    line.moveTo(m_from->pos());
    line.lineTo(m_to->pos());
    prepareGeometryChange();
    setPath(line);
    placeArrow();
}

void DiagramEdgeItem::placeArrow()
{
    m_arrow.clear();
    if (m_edge.kind == DiagramEdge::Kind::AnycastSibling || path().elementCount() < 2)
        return;
    // Arrow head at the end, along the last segment's direction.
    const QPointF tip = path().pointAtPercent(1.0);
    const QPointF before = path().pointAtPercent(0.97);
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * arrowSize;
    const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * arrowSize;
    m_arrow = QPolygonF({ tip, left, right });
}

void DiagramEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QGraphicsPathItem::paint(painter, option, widget);
    if (m_arrow.isEmpty() || option->levelOfDetailFromTransform(painter->worldTransform()) < arrowLevelOfDetail)
        return;
    painter->setBrush(pen().color());
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(m_arrow);
}

} // namespace nameplan
