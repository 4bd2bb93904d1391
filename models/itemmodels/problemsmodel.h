// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QAbstractTableModel>

namespace nameplan {

class ModelDocument;

// The document's validation problems as a table: severity (with an icon), location (the JSON
// path), element id, message. Keeps its own copy of the list and resets when the document
// announces new problems, so views never read a list that changed under them.
class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, ElementColumn, MessageColumn, ColumnCount };
    enum Role {
        ElementIdRole = Qt::UserRole + 1, // every column: the element the problem concerns
        SeverityRole = Qt::UserRole + 2, // every column: Problem::Severity as int
    };

    explicit ProblemsModel(ModelDocument* document, QObject* parent = nullptr);

    const Problem& problem(int row) const { return m_problems.at(row); }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QVariant displayText(const Problem& problem, int column) const;

    ModelDocument* m_document;
    Problems m_problems;
};

} // namespace nameplan
