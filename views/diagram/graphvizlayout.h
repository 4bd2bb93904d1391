// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgraph.h"
#include "diagramlayout.h"

#include <QSizeF>

namespace nameplan {

// Lays a DiagramGraph out with Graphviz's `dot` (layered, left to right: services, names,
// zones, then the authorities inside their regions), regions as nested clusters, edges as
// splines. Hand-rolled placement cannot keep clusters and layers readable at 50 authorities
// and 200 services; dot can.
class GraphvizLayout {
public:
    // Size of every node box, in points; the scene draws labels elided to fit.
    static QSizeF nodeSize();
    static DiagramLayout run(const DiagramGraph& graph);
};

} // namespace nameplan
