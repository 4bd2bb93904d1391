// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "problemsmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace nameplan {

ProblemsPanel::ProblemsPanel(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(document, this))
    , m_view(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // QAbstractItemView::activated is a double-click or Return, as the platform defines it.
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::onActivated);
    auto announce = [this] {
        for (int column = 0; column + 1 < m_model->columnCount(); ++column)
            m_view->resizeColumnToContents(column);
        Q_EMIT countChanged(problemCount());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, announce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, announce);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, announce);
}

int ProblemsPanel::problemCount() const
{
    return m_model->rowCount();
}

void ProblemsPanel::onActivated(const QModelIndex& index)
{
    const QString id = index.data(ProblemsModel::ElementIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT elementActivated(id);
    else
        Q_EMIT locationActivated(index.siblingAtColumn(ProblemsModel::LocationColumn).data().toString());
}

} // namespace nameplan
