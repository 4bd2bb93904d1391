// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>

class QColor;
class QLineSeries;

namespace nameplan {

struct DnssecChainAuthority;
struct LiveReport;

// Signature expiry timeline: per zone and authority, a bar from the run ("now") to the earliest
// expiry of the signatures that validated (the remaining validity), coloured by the authority's
// verdict, and a dashed vertical marker at now. Authorities with nothing secure have no length.
class ExpiryTimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit ExpiryTimelineChart(QWidget* parent = nullptr);

    void setReport(const LiveReport& report);
    // One two-point series per authority, in report order (x in ms since the epoch).
    QList<QLineSeries*> bars() const { return m_bars; }
    QLineSeries* nowMarker() const { return m_now; }

private:
    void clearChart();
    QLineSeries* addBar(const DnssecChainAuthority& row, double level, qint64 now, const QColor& colour);

    QList<QLineSeries*> m_bars;
    QLineSeries* m_now = nullptr;
};

} // namespace nameplan
