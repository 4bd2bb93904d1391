// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace nameplan {

// The read-only result tables of the analysis (single points of failure, minimal cut sets):
// rows of display values, each with the component ids a selection highlights in the diagram
// (IdsRole). Subclasses turn AnalysisResults into rows; this class answers the views.
class AnalysisTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    struct Row {
        QVariantList cells; // one per column; also the sort key (SortRole)
        QStringList ids;
        QString toolTip;
    };

    AnalysisTableModel(QStringList headers, QObject* parent);
    void resetRows(std::vector<Row> rows);

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace nameplan
