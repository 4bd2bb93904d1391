// SPDX-License-Identifier: GPL-3.0-or-later
#include "independencemodel.h"

#include "analysisresults.h"
#include "analysisroles.h"

#include <QColor>

namespace nameplan {

IndependenceModel::IndependenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IndependenceModel::setResults(const AnalysisResults& results)
{
    beginResetModel();
    m_rows.clear();
    m_domains.clear();
    for (const IndependenceReport::ZoneReport& zone : results.independence) {
        Row row { zone.zoneId, zone.domain, {} };
        for (const IndependenceReport::SharedDomain& shared : zone.shared) {
            if (!m_domains.contains(shared.id))
                m_domains.append(shared.id);
            row.cells.insert(shared.id, { shared.commonMode ? Sharing::All : Sharing::Some, shared.authorities });
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

IndependenceModel::Sharing IndependenceModel::sharing(int row, int domainColumn) const
{
    return m_rows[size_t(row)].cells.value(m_domains[domainColumn - 1]).sharing;
}

int IndependenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndependenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_domains.size()) + 1;
}

QVariant IndependenceModel::cellData(const Row& row, const QString& domain, int role) const
{
    const Cell cell = row.cells.value(domain);
    switch (role) {
    case Qt::DisplayRole:
        return cell.sharing == Sharing::All ? tr("all") : cell.sharing == Sharing::Some ? tr("some") : QString();
    case SortRole:
        return int(cell.sharing);
    case Qt::BackgroundRole:
        // Red for a common mode, amber for a majority: what a review looks for first.
        return cell.sharing == Sharing::All ? QVariant(QColor(0xe5, 0x73, 0x73))
            : cell.sharing == Sharing::Some ? QVariant(QColor(0xff, 0xd5, 0x4f))
                                            : QVariant();
    case Qt::ToolTipRole:
        return cell.authorities.join(QStringLiteral(", "));
    case IdsRole:
        return QStringList { row.zoneId, domain };
    default:
        return {};
    }
}

QVariant IndependenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    if (index.column() > 0)
        return cellData(row, m_domains[index.column() - 1], role);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return row.domain;
    case IdsRole:
        return QStringList { row.zoneId };
    default:
        return {};
    }
}

QVariant IndependenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Zone") : m_domains[section - 1];
}

} // namespace nameplan
