// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampalette.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace nameplan {

// A region: a rounded container with its name, shaded by nesting depth.
class DiagramClusterItem : public QGraphicsItem {
public:
    DiagramClusterItem(
        const QString& regionId, const QString& label, const QRectF& box, int depth, const DiagramPalette* palette);

    const QString& regionId() const { return m_regionId; }
    void setFailed(bool failed);

    QRectF boundingRect() const override { return m_box.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void prepareTitle();

    QString m_regionId;
    QString m_label;
    QRectF m_box;
    int m_depth;
    const DiagramPalette* m_palette;
    bool m_failed = false;
    QFont m_font;
    QStaticText m_title; // laid out when the state changes, not per paint
};

} // namespace nameplan
