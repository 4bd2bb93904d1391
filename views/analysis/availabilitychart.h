// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace nameplan {

struct AnalysisResults;

// Availability per service from the exact probability analysis: for each service, that of its
// worst-served population. With many services only the least available are drawn, so that the
// bars stay readable; the title says how many.
class AvailabilityChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int maxBars = 25;

    explicit AvailabilityChart(QWidget* parent = nullptr);

    void setResults(const AnalysisResults& results);
    QBarSet* bars() const { return m_bars; }
    QStringList categories() const;

private:
    QBarSet* m_bars;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
};

} // namespace nameplan
