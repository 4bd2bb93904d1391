// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencychart.h"

#include "livereport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace nameplan {

LatencyChart::LatencyChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QBarSeries)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Latency per authority (ms)"));
    chart->legend()->hide();
    chart->addSeries(m_series);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Latency per authority chart"));
    setMinimumSize(360, 220);
}

void LatencyChart::setReport(const LiveReport& report)
{
    m_series->clear();
    QChart* chart = this->chart();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    auto* set = new QBarSet(tr("Latency"));
    QStringList categories;
    double highest = 1;
    for (const LiveFinding& finding : report.findings) {
        if (finding.checkId != u"latency" || finding.evidence.isEmpty())
            continue;
        const double ms = double(finding.evidence.first().result.latency.count()) / 1000.0;
        // The host's first label ("ns1") keeps the axis readable; the table has the full name.
        categories << (finding.authorityName.isEmpty() ? finding.authorityAddress
                                                       : finding.authorityName.section(QLatin1Char('.'), 0, 0));
        *set << ms;
        highest = qMax(highest, ms);
    }
    m_series->append(set);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, highest * 1.1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
}

} // namespace nameplan
