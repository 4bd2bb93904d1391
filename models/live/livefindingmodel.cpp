// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefindingmodel.h"

namespace nameplan {

LiveFindingModel::LiveFindingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LiveFindingModel::setReport(const LiveReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int LiveFindingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int LiveFindingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveFindingModel::text(const LiveFinding& finding, int column) const
{
    switch (column) {
    case SeverityColumn:
        return LiveFinding::severityName(finding.severity);
    case CheckColumn:
        return finding.checkId;
    case ZoneColumn:
        return finding.zone;
    case AuthorityColumn:
        // Zone-wide checks have no authority; the name alone is ambiguous for two addresses.
        if (finding.authorityAddress.isEmpty())
            return finding.authorityName;
        return finding.authorityName.isEmpty() ? finding.authorityAddress
                                               : finding.authorityName + QLatin1Char(' ') + finding.authorityAddress;
    case FindingColumn:
        return finding.finding;
    default:
        return {};
    }
}

QVariant LiveFindingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveFinding& row = m_report.findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return row.advice.isEmpty() ? row.finding : row.finding + QLatin1Char('\n') + row.advice;
    case SeverityRole:
        return int(row.severity);
    case FindingIndexRole:
        return index.row();
    default:
        return {};
    }
}

QVariant LiveFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case ZoneColumn:
        return tr("Zone");
    case AuthorityColumn:
        return tr("Authority");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace nameplan
