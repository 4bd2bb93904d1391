// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsetmodel.h"

#include "analysisresults.h"
#include "analysisroles.h"

namespace nameplan {

CutSetModel::CutSetModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CutSetModel::setResults(const AnalysisResults& results)
{
    beginResetModel();
    m_rows.clear();
    const FaultTree& tree = results.tree;
    const std::vector<CutSetFinder::Family>& families = results.cutSets.families;
    for (size_t top = 0; top < families.size() && top < tree.tops.size(); ++top) {
        for (const CutSetFinder::CutSet& set : families[top].cutSets) {
            Row row { tree.tops[top].serviceId, tree.tops[top].populationId, {} };
            for (int event : set)
                row.members.append(tree.events[size_t(event)].id);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int CutSetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CutSetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CutSetModel::display(const Row& row, int column) const
{
    switch (Column(column)) {
    case ServiceColumn:
        return row.service;
    case PopulationColumn:
        return row.population;
    case MembersColumn:
        // The empty set: the service fails with nothing out at all.
        return row.members.isEmpty() ? tr("(always fails)") : row.members.join(QStringLiteral(" + "));
    case OrderColumn:
        return int(row.members.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CutSetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, index.column());
    case IdsRole:
        return row.members;
    default:
        return {};
    }
}

QVariant CutSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ServiceColumn:
        return tr("Service");
    case PopulationColumn:
        return tr("Population");
    case MembersColumn:
        return tr("Cut set");
    case OrderColumn:
        return tr("Order");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nameplan
