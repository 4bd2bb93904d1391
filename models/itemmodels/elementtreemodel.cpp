// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtreemodel.h"

#include "fieldschema.h"
#include "modeldocument.h"

namespace nameplan {

ElementTreeModel::ElementTreeModel(ModelDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connectDocument();
}

void ElementTreeModel::connectDocument()
{
    connect(m_document, &ModelDocument::aboutToInsert, this,
        [this](ElementKind kind, int row) { beginInsertRows(indexForKind(kind), row, row); });
    connect(m_document, &ModelDocument::inserted, this, [this](ElementKind kind, int) {
        endInsertRows();
        kindCountChanged(kind);
    });
    connect(m_document, &ModelDocument::aboutToRemove, this,
        [this](ElementKind kind, int row) { beginRemoveRows(indexForKind(kind), row, row); });
    connect(m_document, &ModelDocument::removed, this, [this](ElementKind kind, int) {
        endRemoveRows();
        kindCountChanged(kind);
    });
    connect(m_document, &ModelDocument::fieldChanged, this, [this](ElementKind kind, int row, int field) {
        // Only the id and the name are shown (display, tooltip, IdRole).
        const QString& key = FieldSchema::fields(kind)[size_t(field)].key;
        if (key == u"id" || key == u"name") {
            const QModelIndex changed = index(row, 0, indexForKind(kind));
            Q_EMIT dataChanged(changed, changed);
        }
    });
    connect(m_document, &ModelDocument::aboutToReset, this, &ElementTreeModel::beginResetModel);
    connect(m_document, &ModelDocument::reset, this, &ElementTreeModel::endResetModel);
}

void ElementTreeModel::kindCountChanged(ElementKind kind)
{
    const QModelIndex kindIndex = indexForKind(kind);
    Q_EMIT dataChanged(kindIndex, kindIndex);
}

ElementKind ElementTreeModel::kindOf(const QModelIndex& index)
{
    return isElement(index) ? ElementKind(index.internalId() - 1) : ElementKind(index.row());
}

QModelIndex ElementTreeModel::indexForKind(ElementKind kind) const
{
    return createIndex(int(kind), 0, quintptr(0));
}

QModelIndex ElementTreeModel::indexForId(const QString& id) const
{
    const auto where = m_document->model().locate(id);
    return where ? index(where->second, 0, indexForKind(where->first)) : QModelIndex();
}

QModelIndex ElementTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(kindOf(parent)) + 1);
}

QModelIndex ElementTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !isElement(child))
        return {};
    return indexForKind(kindOf(child));
}

int ElementTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return elementKindCount;
    if (isElement(parent) || parent.column() != 0)
        return 0;
    return m_document->model().count(kindOf(parent));
}

int ElementTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant ElementTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == KindRole)
        return int(kindOf(index));
    return isElement(index) ? elementData(kindOf(index), index.row(), role) : kindData(kindOf(index), role);
}

QVariant ElementTreeModel::kindData(ElementKind kind, int role) const
{
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1 (%2)").arg(elementKindTitle(kind)).arg(m_document->model().count(kind));
    return {};
}

QVariant ElementTreeModel::elementData(ElementKind kind, int row, int role) const
{
    const ElementBase& element = m_document->model().element(kind, row);
    switch (role) {
    case Qt::DisplayRole:
        return element.name.isEmpty() ? element.id : element.name;
    case Qt::ToolTipRole:
        return element.name.isEmpty()
            ? QStringLiteral("%1 %2").arg(elementKindNoun(kind), element.id)
            : QStringLiteral("%1 %2: %3").arg(elementKindNoun(kind), element.id, element.name);
    case IdRole:
        return element.id;
    default:
        return {};
    }
}

QVariant ElementTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return QStringLiteral("Elements");
    return {};
}

} // namespace nameplan
