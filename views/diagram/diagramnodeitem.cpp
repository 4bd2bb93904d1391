// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramnodeitem.h"

#include "diagramedgeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace nameplan {

namespace {
constexpr double cornerRadius = 6;
constexpr double stripeWidth = 6;
constexpr double padding = 8;
} // namespace

DiagramNodeItem::DiagramNodeItem(const DiagramNode& node, const QRectF& box, const DiagramPalette* palette)
    : m_node(node)
    , m_size(box.size())
    , m_palette(palette)
{
    setPos(box.center());
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(2);
    setToolTip(node.label + u'\n' + node.detail);
    setCacheMode(NoCache); // vector drawing stays crisp at every zoom and in PDF
}

void DiagramNodeItem::setState(DiagramPalette::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

QRectF DiagramNodeItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2 - 2, -m_size.height() / 2 - 2, m_size.width() + 4, m_size.height() + 4);
}

QString DiagramNodeItem::stateWord() const
{
    switch (m_state) {
    case DiagramPalette::State::Failed:
        return QStringLiteral("OUT");
    case DiagramPalette::State::Affected:
        return QStringLiteral("FAILS");
    case DiagramPalette::State::Highlighted:
    case DiagramPalette::State::Normal:
        break;
    }
    return m_node.anycastSite ? QStringLiteral("anycast") : QString();
}

void DiagramNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF box(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen outline(selected ? m_palette->outline(DiagramPalette::State::Highlighted) : m_palette->outline(m_state));
    outline.setWidthF(m_state == DiagramPalette::State::Normal && !selected ? 1.0 : 2.5);
    painter->setPen(outline);
    painter->setBrush(m_palette->nodeFill(m_state));
    painter->drawRoundedRect(box, cornerRadius, cornerRadius);

    if (!m_node.colorKey.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette->provider(m_node.colorKey));
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(box.left(), box.top(), stripeWidth * 2, box.height()), cornerRadius, cornerRadius);
        painter->setClipRect(QRectF(box.left(), box.top(), stripeWidth, box.height()));
        painter->drawPath(stripe);
        painter->setClipping(false);
    }

    // Pixel sizes are scene units: text keeps its size relative to the boxes on every device
    // (a point size would grow with the PDF writer's resolution).
    QFont font = painter->font();
    font.setPixelSize(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_palette->text());
    const QRectF textArea = box.adjusted(padding + stripeWidth / 2, 3, -padding, -3);
    const QString word = stateWord();
    const QFontMetricsF bold(font);
    const double wordWidth = word.isEmpty() ? 0 : bold.horizontalAdvance(word) + 6;
    painter->drawText(textArea.adjusted(0, 0, -wordWidth, -textArea.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
        bold.elidedText(m_node.label, Qt::ElideRight, textArea.width() - wordWidth));
    if (!word.isEmpty()) {
        painter->setPen(
            m_state == DiagramPalette::State::Normal ? m_palette->mutedText() : m_palette->outline(m_state));
        painter->drawText(textArea.adjusted(0, 0, 0, -textArea.height() / 2), Qt::AlignRight | Qt::AlignVCenter, word);
    }
    font.setBold(false);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(m_palette->mutedText());
    painter->drawText(textArea.adjusted(0, textArea.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_node.detail, Qt::ElideRight, textArea.width()));
}

QVariant DiagramNodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (DiagramEdgeItem* edge : m_edges)
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace nameplan
