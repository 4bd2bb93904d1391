// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirytimelinechart.h"

#include "dnssecchainrows.h"
#include "livereport.h"
#include "verdictcolours.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>

namespace nameplan {

namespace {
constexpr int barWidth = 14;
constexpr qint64 dayMs = 86400 * 1000LL;
} // namespace

ExpiryTimelineChart::ExpiryTimelineChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Signature expiry (remaining validity per authority)"));
    chart->legend()->hide();
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Signature expiry timeline"));
    setMinimumSize(360, 220);
}

void ExpiryTimelineChart::clearChart()
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    m_bars.clear();
    m_now = nullptr;
}

void ExpiryTimelineChart::setReport(const LiveReport& report)
{
    clearChart();
    QChart* chart = this->chart();
    const VerdictColours colours(palette());
    chart->setTheme(colours.isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->hide();
    const qint64 now = report.finishedAt.toMSecsSinceEpoch();
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(report);
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(-0.5, qMax<double>(0.5, double(rows.size()) - 0.5));
    qint64 latest = now + dayMs;
    for (int i = 0; i < rows.size(); ++i) {
        const DnssecChainAuthority& row = rows[i];
        auto* bar = new QLineSeries;
        const qint64 end = now + row.remainingSeconds * 1000;
        bar->append(double(now), i);
        bar->append(double(end), i);
        QPen pen(colours.strong(row.status), barWidth);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
        bar->setName(row.authorityName);
        chart->addSeries(bar);
        m_bars.append(bar);
        const QString name = row.authorityName.isEmpty() ? row.authorityAddress : row.authorityName;
        y->append(QStringLiteral("%1 %2").arg(row.zone.toString(), name), i);
        latest = qMax(latest, end);
    }
    m_now = new QLineSeries;
    m_now->setName(tr("now"));
    m_now->append(double(now), -0.5);
    m_now->append(double(now), qMax<double>(0.5, double(rows.size()) - 0.5));
    m_now->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
    chart->addSeries(m_now);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTitleText(tr("UTC; dashed line: now"));
    // A day of margin either side so that "now" and the latest expiry are both off the edges.
    x->setRange(
        QDateTime::fromMSecsSinceEpoch(now - dayMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(latest + dayMs, Qt::UTC));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace nameplan
