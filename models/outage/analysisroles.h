// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace nameplan {

// Roles the analysis item models share, so one proxy and one selection handler serve them all.
enum AnalysisRole {
    // QStringList: the element / outage ids a row stands for, to highlight in the diagram.
    IdsRole = Qt::UserRole + 1,
    // What QSortFilterProxyModel sorts by: numbers as numbers, text as text.
    SortRole,
};

} // namespace nameplan
