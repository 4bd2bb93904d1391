// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramlegenditem.h"

#include <QPainter>

namespace nameplan {

namespace {
constexpr double rowHeight = 16;
constexpr double columnWidth = 240;

struct LineStyle {
    Qt::PenStyle style;
    const char* label;
    bool accent = false; // drawn in the shared-dependency colour
};
constexpr LineStyle lineStyles[] = {
    { Qt::SolidLine, "depends on / NS delegation" },
    { Qt::DashLine, "zone transfer (source → secondary)" },
    { Qt::DotLine, "signs / same anycast authority" },
    { Qt::DashDotLine, "clients reach authority over a path" },
    { Qt::SolidLine, "lives on a shared dependency", true },
};
} // namespace

DiagramLegendItem::DiagramLegendItem(const std::vector<Entry>& providers, const DiagramPalette* palette)
    : m_providers(providers)
    , m_palette(palette)
{
    setZValue(5);
}

QRectF DiagramLegendItem::boundingRect() const
{
    const double rows = std::max<double>(double(m_providers.size()), std::size(lineStyles)) + 1;
    return QRectF(0, 0, 2 * columnWidth + 20, rows * rowHeight + 12);
}

void DiagramLegendItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_palette->outline(DiagramPalette::State::Normal));
    painter->setBrush(m_palette->background());
    painter->drawRoundedRect(boundingRect(), 6, 6);
    // Pixel sizes are scene units: text keeps its size relative to the boxes on every device
    // (a point size would grow with the PDF writer's resolution).
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_palette->text());
    painter->drawText(QPointF(8, rowHeight), QStringLiteral("Providers"));
    painter->drawText(QPointF(columnWidth + 12, rowHeight), QStringLiteral("Links"));
    font.setBold(false);
    painter->setFont(font);
    for (size_t i = 0; i < m_providers.size(); ++i) {
        const double y = rowHeight * double(i + 1) + 6;
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_palette->provider(m_providers[i].providerId));
        painter->drawRect(QRectF(8, y + 2, 10, 10));
        painter->setPen(m_palette->text());
        painter->drawText(QRectF(24, y, columnWidth - 24, rowHeight), Qt::AlignVCenter, m_providers[i].label);
    }
    for (size_t i = 0; i < std::size(lineStyles); ++i) {
        const double y = rowHeight * double(i + 1) + 6 + rowHeight / 2;
        const QColor colour = lineStyles[i].accent ? m_palette->outline(DiagramPalette::State::Affected).lighter(130)
                                                   : m_palette->text();
        QPen pen(colour, 1.5, lineStyles[i].style);
        painter->setPen(pen);
        painter->drawLine(QPointF(columnWidth + 12, y), QPointF(columnWidth + 40, y));
        painter->setPen(m_palette->text());
        painter->drawText(QRectF(columnWidth + 46, y - rowHeight / 2, columnWidth, rowHeight), Qt::AlignVCenter,
            QString::fromUtf8(lineStyles[i].label));
    }
}

} // namespace nameplan
