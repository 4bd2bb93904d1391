// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QAbstractTableModel>

namespace nameplan {

class ModelDocument;

// The elements of one kind as a table: one row per element, one column per FieldSchema field.
// Display and edit roles are text (lists comma-separated, numbers in plain decimals, a point as
// "x, y"); setData goes through ModelDocument::setField, so every edit is undoable. Sort through
// a QSortFilterProxyModel with sortRole() = SortRole, which keeps numbers numeric.
class ElementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's element id, in every column
        ValueRole = Qt::UserRole + 2, // the field's value as FieldSchema holds it
        SortRole = Qt::UserRole + 3,
    };

    ElementTableModel(ModelDocument* document, ElementKind kind, QObject* parent = nullptr);

    ElementKind kind() const { return m_kind; }
    // -1 when no element of this kind has the id.
    int rowForId(const QString& id) const;
    // The column of a field key, -1 when the kind has no such field.
    int columnForKey(QStringView key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void connectDocument();

    ModelDocument* m_document;
    ElementKind m_kind;
};

} // namespace nameplan
