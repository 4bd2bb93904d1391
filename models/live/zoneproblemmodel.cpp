// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneproblemmodel.h"

#include "dnsmnemonics.h"

#include <algorithm>
#include <numeric>

namespace nameplan {

ZoneProblemModel::ZoneProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ZoneProblemModel::setProblems(const QList<Verdict>& problems)
{
    beginResetModel();
    m_problems = problems;
    // The verifier lists RRset problems, then chain problems, each in canonical order: rank
    // them all together so that sorting by owner reads as the zone does.
    QList<int> order(problems.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&problems](int a, int b) { return DnsName::canonicalLess(problems.at(a).owner, problems.at(b).owner); });
    m_ownerRank.resize(problems.size());
    for (int rank = 0; rank < order.size(); ++rank)
        m_ownerRank[order.at(rank)] = rank;
    endResetModel();
}

int ZoneProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ZoneProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ZoneProblemModel::displayText(const Verdict& problem, int column) const
{
    switch (column) {
    case OwnerColumn:
        return problem.owner.toString();
    case TypeColumn:
        return problem.type == 0 ? QString() : QString::fromLatin1(DnsMnemonics::typeName(problem.type));
    case VerdictColumn:
        return Verdict::statusName(problem.status);
    case ReasonColumn: {
        const auto ede = problem.edeCode();
        const QString name = Verdict::reasonName(problem.reason);
        return ede ? tr("%1 (EDE %2)").arg(name).arg(*ede) : name;
    }
    case MessageColumn:
        return problem.message;
    }
    return {};
}

QVariant ZoneProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Verdict& problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayText(problem, index.column());
    if (role == SortRole) {
        if (index.column() == OwnerColumn)
            return m_ownerRank.at(index.row()); // canonical order (RFC 4034 §6.1.1)
        if (index.column() == VerdictColumn)
            return int(problem.status);
        return displayText(problem, index.column());
    }
    return {};
}

QVariant ZoneProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OwnerColumn:
        return tr("Owner");
    case TypeColumn:
        return tr("Type");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace nameplan
