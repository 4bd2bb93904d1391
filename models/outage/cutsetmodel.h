// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysistablemodel.h"

namespace nameplan {

struct AnalysisResults;

// Minimal cut sets per service and population: one row per smallest outage set that takes the
// service down for that population (up to the analysis' cut-set order).
class CutSetModel : public AnalysisTableModel {
    Q_OBJECT
public:
    enum Column { ServiceColumn, PopulationColumn, MembersColumn, OrderColumn, ColumnCount };

    explicit CutSetModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);
};

} // namespace nameplan
