// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdata.h"

#include <vector>

class QPainter;
class QRectF;

namespace nameplan {

// Charts for the report, drawn by QtCharts. A QChartView that was never shown renders
// cut off, so each chart is put into a QGraphicsScene of its own and that scene is painted.
class ReportChart {
public:
    // Fraction of services that work versus the number of simultaneous component failures.
    static void paintSurvival(QPainter& painter, const QRectF& rect, const std::vector<ReportPoint>& points);
};

} // namespace nameplan
