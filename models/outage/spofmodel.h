// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace nameplan {

struct AnalysisResults;

// Single points of failure: one row per component whose single outage fails at least one
// service (for at least one population), with the services it takes down.
class SpofModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ComponentColumn, KindColumn, CountColumn, ServicesColumn, ColumnCount };

    explicit SpofModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString label;
        QString kind;
        QStringList services;
    };
    QVariant display(const Row& row, int column) const;
    std::vector<Row> m_rows;
};

} // namespace nameplan
