// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verdict.h"

#include <QAbstractTableModel>
#include <QList>

namespace nameplan {

// The problems of a whole-zone verification as a table: owner, type, verdict, reason (with the
// RFC 8914 EDE code) and message, one row per RRset or chain link that did not verify. SortRole
// gives keys that sort as people expect: owners in the zone's canonical order, verdicts from
// secure to bogus.
class ZoneProblemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OwnerColumn, TypeColumn, VerdictColumn, ReasonColumn, MessageColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ZoneProblemModel(QObject* parent = nullptr);

    void setProblems(const QList<Verdict>& problems);
    const Verdict& problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Verdict& problem, int column) const;

    QList<Verdict> m_problems;
    QList<int> m_ownerRank; // per row: its place in canonical owner order
};

} // namespace nameplan
