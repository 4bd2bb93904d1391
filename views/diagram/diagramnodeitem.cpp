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
// Below this scale the 11–12 px texts would be under 4 device pixels: unreadable, so not drawn.
constexpr double textLevelOfDetail = 0.33;
// Below this scale rounded corners and the provider stripe's clipping are invisible.
constexpr double shapeLevelOfDetail = 0.2;

QRectF boxOf(const QSizeF& size)
{
    return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

// Texts are prepared in scene units; the painter's transform scales the outlines, so they
// stay crisp at any zoom, on high-DPI screens and in the PDF.
QStaticText staticText(const QString& text, const QFont& font)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    result.setPerformanceHint(QStaticText::AggressiveCaching);
    result.prepare(QTransform(), font);
    return result;
}
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
    // Pixel sizes are scene units: text keeps its size relative to the boxes on every device
    // (a point size would grow with the PDF writer's resolution).
    m_labelFont.setPixelSize(12);
    m_labelFont.setBold(true);
    m_detailFont.setPixelSize(11);
    prepareText();
}

void DiagramNodeItem::setState(DiagramPalette::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    prepareText();
    update();
}

QRectF DiagramNodeItem::boundingRect() const
{
    return boxOf(m_size).adjusted(-2, -2, 2, 2);
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

void DiagramNodeItem::prepareText()
{
    const QRectF box = boxOf(m_size);
    const QRectF textArea = box.adjusted(padding + stripeWidth / 2, 3, -padding, -3);
    const QFontMetricsF bold(m_labelFont);
    const QFontMetricsF plain(m_detailFont);
    const QString word = stateWord();
    const double wordWidth = word.isEmpty() ? 0 : bold.horizontalAdvance(word) + 6;
    const double half = textArea.height() / 2;
    m_label = staticText(bold.elidedText(m_node.label, Qt::ElideRight, textArea.width() - wordWidth), m_labelFont);
    m_labelAt = QPointF(textArea.left(), textArea.top() + (half - bold.height()) / 2);
    m_word = staticText(word, m_labelFont);
    m_wordAt = QPointF(textArea.right() - m_word.size().width(), m_labelAt.y());
    m_detail = staticText(plain.elidedText(m_node.detail, Qt::ElideRight, textArea.width()), m_detailFont);
    m_detailAt = QPointF(textArea.left(), textArea.top() + half + (half - plain.height()) / 2);
}

void DiagramNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF box = boxOf(m_size);
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen outline(selected ? m_palette->outline(DiagramPalette::State::Highlighted) : m_palette->outline(m_state));
    outline.setWidthF(m_state == DiagramPalette::State::Normal && !selected ? 1.0 : 2.5);
    painter->setPen(outline);
    painter->setBrush(m_palette->nodeFill(m_state));
    if (detail < shapeLevelOfDetail) {
        painter->drawRect(box);
        if (!m_node.colorKey.isEmpty())
            painter->fillRect(
                QRectF(box.left(), box.top(), stripeWidth, box.height()), m_palette->provider(m_node.colorKey));
        return;
    }
    painter->drawRoundedRect(box, cornerRadius, cornerRadius);

    if (!m_node.colorKey.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette->provider(m_node.colorKey));
        painter->save();
        painter->setClipRect(QRectF(box.left(), box.top(), stripeWidth, box.height()));
        painter->drawRoundedRect(
            QRectF(box.left(), box.top(), stripeWidth * 2, box.height()), cornerRadius, cornerRadius);
        painter->restore();
    }
    if (detail < textLevelOfDetail)
        return;
    painter->setFont(m_labelFont);
    painter->setPen(m_palette->text());
    painter->drawStaticText(m_labelAt, m_label);
    if (!m_word.text().isEmpty()) {
        painter->setPen(
            m_state == DiagramPalette::State::Normal ? m_palette->mutedText() : m_palette->outline(m_state));
        painter->drawStaticText(m_wordAt, m_word);
    }
    painter->setFont(m_detailFont);
    painter->setPen(m_palette->mutedText());
    painter->drawStaticText(m_detailAt, m_detail);
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
