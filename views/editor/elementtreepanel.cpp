// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtreepanel.h"

#include "elementtreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace nameplan {

ElementTreePanel::ElementTreePanel(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new ElementTreeModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    m_filter->setPlaceholderText(tr("Filter elements (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Element filter"));
    m_filter->setObjectName(QStringLiteral("elementFilter"));

    // A matching element keeps its kind visible; a matching kind keeps all its elements.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Element tree"));
    m_view->setObjectName(QStringLiteral("elementTree"));
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_filter, &QLineEdit::textChanged, this, &ElementTreePanel::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { onCurrentChanged(current); });
}

bool ElementTreePanel::selectElement(const QString& id)
{
    const QModelIndex source = m_model->indexForId(id);
    if (!source.isValid())
        return false;
    if (!m_proxy->mapFromSource(source).isValid())
        m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ElementTreePanel::selectKind(ElementKind kind)
{
    if (!m_proxy->mapFromSource(m_model->indexForKind(kind)).isValid())
        m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForKind(kind));
    m_view->setCurrentIndex(index);
}

void ElementTreePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ElementTreePanel::onCurrentChanged(const QModelIndex& current)
{
    if (current.isValid())
        Q_EMIT selected(ElementKind(current.data(ElementTreeModel::KindRole).toInt()),
            current.data(ElementTreeModel::IdRole).toString());
}

void ElementTreePanel::onFilterChanged(const QString& text)
{
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_view->expandAll();
}

} // namespace nameplan
