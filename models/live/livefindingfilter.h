// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livefinding.h"

#include <QSortFilterProxyModel>

namespace nameplan {

// Filters LiveFindingModel rows by minimum severity, zone and authority (empty: any) and
// sorts the severity column by order (error above warning), not alphabetically.
class LiveFindingFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LiveFindingFilter(QObject* parent = nullptr);

    void setMinimumSeverity(LiveSeverity severity);
    void setZone(const QString& zone);
    void setAuthority(const QString& authority); // matches the Authority column's text

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    LiveSeverity m_minimum = LiveSeverity::Ok;
    QString m_zone;
    QString m_authority;
};

} // namespace nameplan
