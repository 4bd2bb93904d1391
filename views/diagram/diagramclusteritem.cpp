// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramclusteritem.h"

#include <QPainter>

namespace nameplan {

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
}

void DiagramClusterItem::setFailed(bool failed)
{
    if (m_failed == failed)
        return;
    m_failed = failed;
    update();
}

void DiagramClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
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
    // Pixel sizes are scene units: text keeps its size relative to the boxes on every device
    // (a point size would grow with the PDF writer's resolution).
    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_failed ? m_palette->outline(DiagramPalette::State::Failed) : m_palette->mutedText());
    const QString label = m_failed ? m_label + QStringLiteral(" — OUT") : m_label;
    painter->drawText(m_box.adjusted(10, 4, -10, 0), Qt::AlignLeft | Qt::AlignTop, label);
}

} // namespace nameplan
