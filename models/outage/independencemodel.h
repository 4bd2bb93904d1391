// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace nameplan {

struct AnalysisResults;

// The independence report as a matrix: one row per zone, column 0 its domain, then one column
// per failure domain that some zone's authorities share. A cell says whether the zone's
// authorities all share the domain (a common mode), some do (a majority) or none.
class IndependenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Sharing { None, Some, All };

    explicit IndependenceModel(QObject* parent = nullptr);

    void setResults(const AnalysisResults& results);
    Sharing sharing(int row, int domainColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        Sharing sharing = Sharing::None;
        QStringList authorities;
    };
    struct Row {
        QString zoneId;
        QString domain;
        QHash<QString, Cell> cells; // by failure domain id
    };
    QVariant cellData(const Row& row, const QString& domain, int role) const;
    std::vector<Row> m_rows;
    QStringList m_domains; // column 1 onwards
};

} // namespace nameplan
