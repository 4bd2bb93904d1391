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

// "ns1: 29.9 d": the length in words too, because an expired authority has no bar. The zone is
// named only when the run covered several, to leave the plot its width.
QString axisLabel(const DnssecChainAuthority& row, bool withZone)
{
    const QString name = row.authorityName.isEmpty() ? row.authorityAddress : row.authorityName;
    const QString left = row.remainingSeconds > 0
        ? ExpiryTimelineChart::tr("%1 d").arg(double(row.remainingSeconds) / 86400.0, 0, 'f', 1)
        : ExpiryTimelineChart::tr("none valid");
    const QString label = QStringLiteral("%1: %2").arg(name, left);
    return withZone ? row.zone.toString() + QLatin1Char(' ') + label : label;
}
} // namespace

ExpiryTimelineChart::ExpiryTimelineChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Signature expiry per authority"));
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

QLineSeries* ExpiryTimelineChart::addBar(
    const DnssecChainAuthority& row, double level, qint64 now, const QColor& colour)
{
    auto* bar = new QLineSeries;
    bar->append(double(now), level);
    bar->append(double(now + row.remainingSeconds * 1000), level);
    QPen pen(colour, barWidth);
    pen.setCapStyle(Qt::FlatCap);
    bar->setPen(pen);
    bar->setName(row.authorityName);
    chart()->addSeries(bar);
    return bar;
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
        // The first authority on top, as in the chain view.
        m_bars.append(addBar(rows[i], double(rows.size() - 1 - i), now, colours.strong(rows[i].status)));
        latest = qMax(latest, now + rows[i].remainingSeconds * 1000);
    }
    // QCategoryAxis takes categories in increasing order only: bottom (last authority) first.
    const bool withZone = !rows.isEmpty() && rows.first().zone != rows.last().zone;
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        y->append(axisLabel(rows[i], withZone), double(rows.size() - 1 - i));
    m_now = new QLineSeries;
    m_now->setName(tr("now"));
    m_now->append(double(now), -0.5);
    m_now->append(double(now), qMax<double>(0.5, double(rows.size()) - 0.5));
    m_now->setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
    chart->addSeries(m_now);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(5);
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
