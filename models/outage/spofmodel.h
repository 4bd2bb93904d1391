// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysistablemodel.h"

namespace nameplan {

struct AnalysisResults;

// Single points of failure: one row per component whose single outage fails at least one
// service (for at least one population), with the services it takes down.
class SpofModel : public AnalysisTableModel {
    Q_OBJECT
public:
    enum Column { ComponentColumn, KindColumn, CountColumn, ServicesColumn, ColumnCount };

    explicit SpofModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);
};

} // namespace nameplan
