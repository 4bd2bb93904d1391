// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QLineSeries;

namespace nameplan {

struct AnalysisResults;

// The survival curve: the mean fraction of (service, population) pairs that still work, over
// every combination of k simultaneous component outages, for k = 0 .. the search order.
class SurvivalChart : public QChartView {
    Q_OBJECT
public:
    explicit SurvivalChart(QWidget* parent = nullptr);

    void setResults(const AnalysisResults& results);
    QLineSeries* series() const { return m_series; }

private:
    QLineSeries* m_series;
};

} // namespace nameplan
