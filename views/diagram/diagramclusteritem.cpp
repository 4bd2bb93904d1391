// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramclusteritem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace nameplan {

namespace {
// Below this scale the 13 px title is under 4 device pixels: unreadable, so not drawn.
constexpr double titleLevelOfDetail = 0.3;
} // namespace

DiagramClusterItem::DiagramClusterItem(
    const QString& regionId, const QString& label, const QRectF& box, int depth, const DiagramPalette* palette)
    : m_regionId(regionId)
    , m_label(label)
    , m_box(box)
    , m_depth(depth)
    , m_palette(palette)
{
    setZValue(-10 + depth);
    setToolTip(label);
    // Pixel sizes are scene units: text keeps its size relative to the boxes on every device
    // (a point size would grow with the PDF writer's resolution).
    m_font.setPixelSize(13);
    m_font.setBold(true);
    prepareTitle();
}

void DiagramClusterItem::setFailed(bool failed)
{
    if (m_failed == failed)
        return;
    m_failed = failed;
    prepareTitle();
    update();
}

void DiagramClusterItem::prepareTitle()
{
    m_title.setText(m_failed ? m_label + QStringLiteral(" — OUT") : m_label);
    m_title.setTextFormat(Qt::PlainText);
    m_title.prepare(QTransform(), m_font);
}

void DiagramClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_failed ? m_palette->outline(DiagramPalette::State::Failed)
                      : m_palette->outline(DiagramPalette::State::Normal));
    pen.setWidthF(m_failed ? 2.5 : 1.0);
    if (m_failed)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(m_failed ? m_palette->nodeFill(DiagramPalette::State::Failed) : m_palette->clusterFill(m_depth));
    painter->drawRoundedRect(m_box, 10, 10);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < titleLevelOfDetail)
        return;
    painter->setFont(m_font);
    painter->setPen(m_failed ? m_palette->outline(DiagramPalette::State::Failed) : m_palette->mutedText());
    painter->drawStaticText(m_box.topLeft() + QPointF(10, 4), m_title);
}

} // namespace nameplan
