// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livereport.h"

#include <QAbstractTableModel>

namespace nameplan {

// The findings of one live-check run as a table for the Live Checks panel: one row per
// finding. Display text per column; SeverityRole gives the LiveSeverity as an int so that a
// filter compares and sorts severities by order, not by their spelling.
class LiveFindingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CheckColumn, ZoneColumn, AuthorityColumn, FindingColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, FindingIndexRole };

    explicit LiveFindingModel(QObject* parent = nullptr);

    void setReport(const LiveReport& report);
    const LiveReport& report() const { return m_report; }
    // The finding behind a source row (the panel's detail view reads advice and evidence).
    const LiveFinding& finding(int row) const { return m_report.findings.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const LiveFinding& finding, int column) const;

    LiveReport m_report;
};

} // namespace nameplan
