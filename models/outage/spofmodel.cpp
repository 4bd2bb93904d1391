// SPDX-License-Identifier: GPL-3.0-or-later
#include "spofmodel.h"

#include "analysisresults.h"
#include "analysisroles.h"
#include "componentkind.h"

namespace nameplan {

SpofModel::SpofModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SpofModel::setResults(const AnalysisResults& results)
{
    beginResetModel();
    m_rows.clear();
    const FaultTree& tree = results.tree;
    for (int event : results.search.spofs) {
        Row row { tree.events[size_t(event)].id, tree.events[size_t(event)].label, {}, {} };
        row.kind = ComponentKind::of(results.model, row.id);
        for (size_t top = 0; top < results.search.spofsPerTop.size(); ++top) {
            const std::vector<int>& spofs = results.search.spofsPerTop[top];
            const QString& service = tree.tops[top].serviceId;
            if (std::find(spofs.begin(), spofs.end(), event) != spofs.end() && !row.services.contains(service))
                row.services.append(service);
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int SpofModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpofModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpofModel::display(const Row& row, int column) const
{
    switch (Column(column)) {
    case ComponentColumn:
        return row.id;
    case KindColumn:
        return row.kind;
    case CountColumn:
        return int(row.services.size());
    case ServicesColumn:
        return row.services.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SpofModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return row.label;
    case IdsRole:
        return QStringList { row.id };
    default:
        return {};
    }
}

QVariant SpofModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ComponentColumn:
        return tr("Component");
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Services");
    case ServicesColumn:
        return tr("Takes down");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nameplan
