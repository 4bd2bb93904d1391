// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace nameplan {

struct AnalysisResults;

// Services x components: a marked cell means the single outage of that component takes the
// service down (for at least one of its populations). Column 0 is the service, so that a
// filter on it selects rows; then one column per candidate component of the search.
class HeatMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit HeatMapModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);
    bool fails(int row, int componentColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(int row, int column, int role) const;
    QStringList m_services;
    QStringList m_components; // outage ids, column 1 onwards
    std::vector<unsigned char> m_cells; // row * components + component
};

} // namespace nameplan
