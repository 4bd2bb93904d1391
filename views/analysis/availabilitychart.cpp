// SPDX-License-Identifier: GPL-3.0-or-later
#include "availabilitychart.h"

#include "analysisresults.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace nameplan {

AvailabilityChart::AvailabilityChart(QWidget* parent)
    : QChartView(parent)
    , m_bars(new QBarSet(tr("Availability (%)")))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("availabilityChart"));
    setAccessibleName(tr("Availability per service"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    series->append(m_bars);
    chart->addSeries(series);
    m_values->setTitleText(tr("Availability (%)"));
    m_values->setLabelFormat(QStringLiteral("%.4f"));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_values);
    setChart(chart);
}

QStringList AvailabilityChart::categories() const
{
    return m_categories->categories();
}

void AvailabilityChart::setResults(const AnalysisResults& results)
{
    // Worst population per service: a service is as available as it is for those served worst.
    QHash<QString, double> worst;
    for (size_t top = 0; top < results.probabilities.size() && top < results.tree.tops.size(); ++top) {
        const QString& service = results.tree.tops[top].serviceId;
        worst[service] = qMax(worst.value(service), results.probabilities[top].unavailability);
    }
    std::vector<std::pair<double, QString>> ranked;
    for (const Service& service : results.model.services) {
        if (worst.contains(service.id))
            ranked.emplace_back(worst.value(service.id), service.id);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const int shown = qMin(int(ranked.size()), maxBars);
    chart()->setTitle(shown < int(ranked.size())
            ? tr("Availability per service (the %1 least available of %2)").arg(shown).arg(ranked.size())
            : tr("Availability per service"));
    m_bars->remove(0, m_bars->count());
    QStringList names;
    double lowest = 100.0;
    // Horizontal bars are drawn bottom-up: append in reverse so the least available is on top.
    for (int i = shown - 1; i >= 0; --i) {
        const double percent = 100.0 * (1.0 - ranked[size_t(i)].first);
        m_bars->append(percent);
        names.append(ranked[size_t(i)].second);
        lowest = qMin(lowest, percent);
    }
    m_categories->setCategories(names);
    // Availabilities crowd near 100 %: zoom the axis onto the range that shows differences.
    m_values->setRange(qMax(0.0, lowest - (100.0 - lowest) * 0.1 - 1e-6), 100.0);
}

} // namespace nameplan
