// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtablepanel.h"

#include "elementtablemodel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nameplan {

namespace {
constexpr int idColumn = 0; // FieldSchema puts the id first in every kind; it names the row
constexpr int maximumInitialColumnWidth = 260;
} // namespace

ElementTablePanel::ElementTablePanel(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    m_title->setContentsMargins(6, 0, 6, 0);

    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(ElementTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the file's order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setObjectName(QStringLiteral("elementTable"));
    m_view->setAccessibleName(tr("Element table"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
    setKind(ElementKind::Region);
}

ElementTableModel* ElementTablePanel::modelFor(ElementKind kind)
{
    ElementTableModel*& model = m_models[size_t(kind)];
    if (!model)
        model = new ElementTableModel(m_document, kind, this);
    return model;
}

void ElementTablePanel::setKind(ElementKind kind)
{
    const bool changed = kind != m_kind || !m_proxy->sourceModel();
    m_kind = kind;
    const QString title = QCoreApplication::translate("ElementKind", elementKindTitle(kind).toUtf8().constData());
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (!changed)
        return;
    m_proxy->setSourceModel(modelFor(kind));
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), maximumInitialColumnWidth));
}

bool ElementTablePanel::selectElement(const QString& id)
{
    const ElementTableModel* model = modelFor(m_kind);
    const QModelIndex index = m_proxy->mapFromSource(model->index(model->rowForId(id), idColumn));
    if (!index.isValid())
        return false;
    if (idAt(m_view->currentIndex()) != id)
        m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QStringList ElementTablePanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows(idColumn))
        ids.append(idAt(index));
    return ids;
}

void ElementTablePanel::onCurrentChanged(const QModelIndex& current)
{
    if (current.isValid())
        Q_EMIT elementSelected(m_kind, idAt(current));
}

QString ElementTablePanel::idAt(const QModelIndex& index) const
{
    return index.data(ElementTableModel::IdRole).toString();
}

} // namespace nameplan
