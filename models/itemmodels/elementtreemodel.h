// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QAbstractItemModel>

namespace nameplan {

class ModelDocument;

// The element tree: one top-level row per element kind ("Authorities (5)"), under it one row per
// element of that kind in model order. Follows the document's row signals, so selections and
// expansion survive edits and undo.
class ElementTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // element rows: the element's id
        KindRole = Qt::UserRole + 2, // every row: the ElementKind as int
    };

    explicit ElementTreeModel(ModelDocument* document, QObject* parent = nullptr);

    QModelIndex indexForKind(ElementKind kind) const;
    // Invalid when no element has the id.
    QModelIndex indexForId(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for kind rows, kind + 1 for element rows.
    static bool isElement(const QModelIndex& index) { return index.internalId() != 0; }
    static ElementKind kindOf(const QModelIndex& index);
    QVariant kindData(ElementKind kind, int role) const;
    QVariant elementData(ElementKind kind, int row, int role) const;
    void connectDocument();
    void kindCountChanged(ElementKind kind);

    ModelDocument* m_document;
};

} // namespace nameplan
