// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

namespace nameplan {

void ReportChart::paintSurvival(QPainter& painter, const QRectF& rect, const std::vector<ReportPoint>& points)
{
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("Services that keep working, averaged over every outage combination"));
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    auto* line = new QLineSeries;
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(8);
    double maxX = 1;
    for (const ReportPoint& p : points) {
        line->append(p.x, p.y * 100.0);
        dots->append(p.x, p.y * 100.0);
        maxX = std::max(maxX, p.x);
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    auto* x = new QValueAxis;
    x->setRange(0, maxX);
    x->setTickCount(int(maxX) + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(QStringLiteral("simultaneous component failures"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(QStringLiteral("% of service/population pairs working"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Laid out at a fixed logical size, then scaled into the target: text sizes stay readable.
    const QSizeF logical(640, 640 * rect.height() / rect.width());
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, rect, scene.sceneRect());
}

} // namespace nameplan
