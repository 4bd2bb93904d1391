// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarSeries;

namespace nameplan {

struct LiveReport;

// Latency per authority address: the round trip of the "latency" check's probe (UDP SOA), in
// milliseconds, one bar per address. Silent servers have no bar (their finding says timeout).
class LatencyChart : public QChartView {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);

    void setReport(const LiveReport& report);
    QBarSeries* series() const { return m_series; }

private:
    QBarSeries* m_series;
};

} // namespace nameplan
