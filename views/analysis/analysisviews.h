// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QTabWidget;

namespace nameplan {

class AvailabilityChart;
class CutSetModel;
class HeatMapModel;
class IndependenceModel;
class SpofModel;
class SurvivalChart;
struct AnalysisResults;

// The analysis results as tabs: single points of failure, minimal cut sets, the independence
// matrix and the heat map (each a sortable table with a filter box), the survival curve and
// availability per service. Selecting a row asks for its components to be highlighted in the
// diagram (connect highlightRequested to TopologyScene::setHighlighted).
class AnalysisViews : public QWidget {
    Q_OBJECT
public:
    explicit AnalysisViews(QWidget* parent = nullptr);

    // Shows one AnalysisJob result; the previous one is replaced.
    void setResults(const AnalysisResults& results);

    // Table views have object names "spofTable", "cutSetTable", "independenceTable", "heatMapTable".
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // The element / outage ids of the selected row (a SPOF, a cut set's members, a zone and a
    // failure domain, a component and a service).
    void highlightRequested(const QStringList& ids);

private:
    void addTable(QAbstractItemModel* model, const QString& name, const QString& title);

    QTabWidget* m_tabs;
    SpofModel* m_spofs;
    CutSetModel* m_cutSets;
    IndependenceModel* m_independence;
    HeatMapModel* m_heatMap;
    SurvivalChart* m_survival;
    AvailabilityChart* m_availability;
};

} // namespace nameplan
