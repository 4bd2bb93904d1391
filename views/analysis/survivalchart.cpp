// SPDX-License-Identifier: GPL-3.0-or-later
#include "survivalchart.h"

#include "analysisresults.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace nameplan {

SurvivalChart::SurvivalChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
{
    setObjectName(QStringLiteral("survivalChart"));
    setAccessibleName(tr("Survival curve"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Services that survive k simultaneous failures"));
    chart->legend()->hide();
    m_series->setPointsVisible(true);
    chart->addSeries(m_series); // the chart owns the series
    auto* x = new QValueAxis;
    x->setTitleText(tr("Simultaneous failures (k)"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Surviving (%)"));
    y->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    setChart(chart);
}

void SurvivalChart::setResults(const AnalysisResults& results)
{
    QList<QPointF> points;
    const int order = results.search.canceled ? -1 : results.search.maxOrder;
    for (int k = 0; k <= order; ++k)
        points.append({ double(k), 100.0 * results.search.survival(k) });
    m_series->replace(points);
    const auto axes = m_series->attachedAxes();
    for (QAbstractAxis* axis : axes) {
        if (axis->orientation() == Qt::Horizontal) {
            axis->setRange(0, qMax(1, order));
            static_cast<QValueAxis*>(axis)->setTickCount(qMax(2, order + 1));
        }
    }
}

} // namespace nameplan
