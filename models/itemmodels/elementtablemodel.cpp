// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtablemodel.h"

#include "fieldschema.h"
#include "fieldtext.h"
#include "modeldocument.h"

namespace nameplan {

ElementTableModel::ElementTableModel(ModelDocument* document, ElementKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
{
    connectDocument();
}

void ElementTableModel::connectDocument()
{
    connect(m_document, &ModelDocument::aboutToInsert, this, [this](ElementKind kind, int row) {
        if (kind == m_kind)
            beginInsertRows({}, row, row);
    });
    connect(m_document, &ModelDocument::inserted, this, [this](ElementKind kind, int) {
        if (kind == m_kind)
            endInsertRows();
    });
    connect(m_document, &ModelDocument::aboutToRemove, this, [this](ElementKind kind, int row) {
        if (kind == m_kind)
            beginRemoveRows({}, row, row);
    });
    connect(m_document, &ModelDocument::removed, this, [this](ElementKind kind, int) {
        if (kind == m_kind)
            endRemoveRows();
    });
    connect(m_document, &ModelDocument::fieldChanged, this, [this](ElementKind kind, int row, int field) {
        if (kind != m_kind)
            return;
        const QModelIndex changed = index(row, field);
        Q_EMIT dataChanged(changed, changed);
        if (FieldSchema::fields(m_kind)[size_t(field)].type == FieldType::Id)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1), { IdRole });
    });
    connect(m_document, &ModelDocument::aboutToReset, this, &ElementTableModel::beginResetModel);
    connect(m_document, &ModelDocument::reset, this, &ElementTableModel::endResetModel);
}

int ElementTableModel::rowForId(const QString& id) const
{
    const Model& model = m_document->model();
    for (int row = 0; row < model.count(m_kind); ++row) {
        if (model.element(m_kind, row).id == id)
            return row;
    }
    return -1;
}

int ElementTableModel::columnForKey(QStringView key) const
{
    return FieldSchema::indexOf(m_kind, key);
}

int ElementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->model().count(m_kind);
}

int ElementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(FieldSchema::fields(m_kind).size());
}

QVariant ElementTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FieldType type = FieldSchema::fields(m_kind)[size_t(index.column())].type;
    const Model& model = m_document->model();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return FieldText::toText(type, FieldSchema::value(model, m_kind, index.row(), index.column()));
    case ValueRole:
        return FieldSchema::value(model, m_kind, index.row(), index.column());
    case SortRole:
        return FieldText::sortKey(type, FieldSchema::value(model, m_kind, index.row(), index.column()));
    case IdRole:
        return model.element(m_kind, index.row()).id;
    default:
        return {};
    }
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FieldSpec& spec = FieldSchema::fields(m_kind)[size_t(section)];
    if (role == Qt::DisplayRole)
        return spec.label;
    if (role == Qt::ToolTipRole)
        return spec.required ? spec.key + QStringLiteral(" (required)") : spec.key;
    return {};
}

Qt::ItemFlags ElementTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ElementTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::EditRole && role != ValueRole))
        return false;
    const FieldSpec& spec = FieldSchema::fields(m_kind)[size_t(index.column())];
    // ValueRole takes the value as FieldSchema holds it; the edit role takes the text form.
    const std::optional<QVariant> parsed
        = role == ValueRole ? std::optional(value) : FieldText::fromText(spec.type, value.toString());
    if (!parsed)
        return false;
    const QString id = m_document->model().element(m_kind, index.row()).id;
    return m_document->setField(m_kind, id, spec.key, *parsed);
}

} // namespace nameplan
