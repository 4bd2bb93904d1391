// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace nameplan {

struct AnalysisResults;

// Minimal cut sets per service and population: one row per smallest outage set that takes the
// service down for that population (up to the analysis' cut-set order).
class CutSetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ServiceColumn, PopulationColumn, MembersColumn, OrderColumn, ColumnCount };

    explicit CutSetModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString service;
        QString population;
        QStringList members; // outage ids
    };
    QVariant display(const Row& row, int column) const;
    std::vector<Row> m_rows;
};

} // namespace nameplan
