// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefindingfilter.h"

#include "livefindingmodel.h"

namespace nameplan {

LiveFindingFilter::LiveFindingFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void LiveFindingFilter::setMinimumSeverity(LiveSeverity severity)
{
    m_minimum = severity;
    invalidateFilter();
}

void LiveFindingFilter::setZone(const QString& zone)
{
    m_zone = zone;
    invalidateFilter();
}

void LiveFindingFilter::setAuthority(const QString& authority)
{
    m_authority = authority;
    invalidateFilter();
}

bool LiveFindingFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const auto cell = [&](int column) { return source->index(sourceRow, column, sourceParent); };
    if (cell(LiveFindingModel::SeverityColumn).data(LiveFindingModel::SeverityRole).toInt() < int(m_minimum))
        return false;
    if (!m_zone.isEmpty() && cell(LiveFindingModel::ZoneColumn).data().toString() != m_zone)
        return false;
    return m_authority.isEmpty() || cell(LiveFindingModel::AuthorityColumn).data().toString() == m_authority;
}

bool LiveFindingFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == LiveFindingModel::SeverityColumn)
        return left.data(LiveFindingModel::SeverityRole).toInt() < right.data(LiveFindingModel::SeverityRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace nameplan
