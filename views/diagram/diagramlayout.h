// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <vector>

namespace nameplan {

// Where everything of a DiagramGraph goes, in scene coordinates (points, y down).
struct DiagramLayout {
    QHash<QString, QRectF> nodes; // node key -> its box
    std::vector<QPainterPath> edges; // parallel to DiagramGraph::edges; empty when not routed
    QHash<QString, QRectF> clusters; // region id -> its container
    QRectF bounds;
    QString error; // empty on success
};

} // namespace nameplan
