// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationpanel.h"

#include "outagesession.h"

#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace nameplan {

ExplanationPanel::ExplanationPanel(OutageSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new QTreeView(this))
    , m_items(new QStandardItemModel(this))
{
    m_view->setObjectName(QStringLiteral("explanationTree"));
    m_view->setAccessibleName(tr("Why the service fails"));
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_items);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_session, &OutageSession::changed, this, &ExplanationPanel::refresh);
}

void ExplanationPanel::setService(const QString& serviceId)
{
    m_service = serviceId;
    refresh();
}

QStandardItem* ExplanationPanel::itemFor(const ExplanationNode& node)
{
    auto* item = new QStandardItem(node.label);
    item->setToolTip(node.id);
    for (const ExplanationNode& child : node.children)
        item->appendRow(itemFor(child));
    return item;
}

void ExplanationPanel::refresh()
{
    m_items->clear();
    if (m_service.isEmpty())
        return;
    const std::vector<ExplanationNode> explanations = m_session->explanation(m_service);
    if (explanations.empty())
        m_items->appendRow(new QStandardItem(tr("%1 works under these outages").arg(m_service)));
    for (const ExplanationNode& node : explanations)
        m_items->appendRow(itemFor(node));
    m_view->expandAll();
}

} // namespace nameplan
