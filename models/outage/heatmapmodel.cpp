// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapmodel.h"

#include "analysisresults.h"
#include "analysisroles.h"

#include <QColor>
#include <QHash>

namespace nameplan {

HeatMapModel::HeatMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HeatMapModel::setResults(const AnalysisResults& results)
{
    beginResetModel();
    m_services.clear();
    m_components.clear();
    QHash<QString, int> serviceRow;
    for (const Service& service : results.model.services) {
        serviceRow.insert(service.id, int(m_services.size()));
        m_services.append(service.id);
    }
    const std::vector<int>& candidates = results.search.candidates;
    for (int event : candidates)
        m_components.append(results.tree.events[size_t(event)].id);
    const size_t width = candidates.size();
    m_cells.assign(size_t(m_services.size()) * width, 0);
    for (size_t top = 0; top < results.tree.tops.size(); ++top) {
        const int row = serviceRow.value(results.tree.tops[top].serviceId, -1);
        for (size_t c = 0; row >= 0 && c < width && (top + 1) * width <= results.search.heatMap.size(); ++c)
            m_cells[size_t(row) * width + c] |= results.search.heatMap[top * width + c];
    }
    endResetModel();
}

bool HeatMapModel::fails(int row, int componentColumn) const
{
    return m_cells[size_t(row) * size_t(m_components.size()) + size_t(componentColumn - 1)] != 0;
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_components.size()) + 1;
}

QVariant HeatMapModel::cellData(int row, int column, int role) const
{
    const bool failed = fails(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return failed ? QStringLiteral("\u2715") : QString();
    case SortRole:
        return int(failed);
    case Qt::BackgroundRole:
        return failed ? QVariant(QColor(0xe5, 0x73, 0x73)) : QVariant();
    case Qt::ToolTipRole:
        return failed ? tr("%1 out takes %2 down").arg(m_components[column - 1], m_services[row]) : QString();
    case IdsRole:
        return QStringList { m_components[column - 1], m_services[row] };
    default:
        return {};
    }
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() > 0)
        return cellData(index.row(), index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return m_services[index.row()];
    case IdsRole:
        return QStringList { m_services[index.row()] };
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Service") : m_components[section - 1];
}

} // namespace nameplan
