// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsmodel.h"

#include "modeldocument.h"

#include <QIcon>

#include <algorithm>

namespace nameplan {

ProblemsModel::ProblemsModel(ModelDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_problems(document->problems())
{
    connect(m_document, &ModelDocument::problemsChanged, this, &ProblemsModel::refresh);
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_problems = m_document->problems();
    endResetModel();
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
        [](const Problem& p) { return p.severity == Problem::Severity::Error; }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::displayText(const Problem& problem, int column) const
{
    switch (Column(column)) {
    case SeverityColumn:
        return problem.severity == Problem::Severity::Error ? QStringLiteral("Error") : QStringLiteral("Warning");
    case LocationColumn:
        return problem.path;
    case ElementColumn:
        return problem.elementId;
    case MessageColumn:
        return problem.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Problem& p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(p, index.column());
    case Qt::ToolTipRole:
        return p.toString();
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        // Themed icons where the desktop has them; views may substitute their own.
        return QIcon::fromTheme(
            p.severity == Problem::Severity::Error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"));
    case ElementIdRole:
        return p.elementId;
    case SeverityRole:
        return int(p.severity);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn:
        return QStringLiteral("Severity");
    case LocationColumn:
        return QStringLiteral("Location");
    case ElementColumn:
        return QStringLiteral("Element");
    case MessageColumn:
        return QStringLiteral("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace nameplan
