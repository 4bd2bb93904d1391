// SPDX-License-Identifier: GPL-3.0-or-later
#include "outagepanel.h"

#include "outageparser.h"
#include "outagesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace nameplan {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

OutagePanel::OutagePanel(OutageSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_duration(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_items(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(QStringLiteral("outageFilter"));
    m_filter->setPlaceholderText(tr("Filter components"));
    m_filter->setAccessibleName(tr("Filter components"));
    m_filter->setClearButtonEnabled(true);
    m_duration->setObjectName(QStringLiteral("outageDuration"));
    m_duration->setPlaceholderText(tr("until every timer runs out"));
    m_duration->setAccessibleName(tr("Outage duration"));
    m_duration->setToolTip(tr("How long the outage lasts: 90m, 12h, 3d, 2w or seconds; empty: long enough for "
                              "every SOA expire and signature validity to run out"));
    m_list->setObjectName(QStringLiteral("outageList"));
    m_list->setAccessibleName(tr("Components marked out"));
    m_proxy->setSourceModel(m_items);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    auto* clear = new QPushButton(tr("&Clear"), this);
    clear->setObjectName(QStringLiteral("outageClear"));
    clear->setToolTip(tr("Bring every component back"));

    auto* durationRow = new QHBoxLayout;
    auto* durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    durationRow->addWidget(durationLabel);
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(durationRow);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_duration, &QLineEdit::editingFinished, this, &OutagePanel::applyDuration);
    connect(clear, &QPushButton::clicked, m_session, [this] { m_session->setOutages({}); });
    connect(m_items, &QStandardItemModel::itemChanged, this, &OutagePanel::onItemChanged);
    connect(m_session, &OutageSession::changed, this, &OutagePanel::rebuildList);
    rebuildList();
}

void OutagePanel::rebuildList()
{
    QStringList ids;
    for (const FaultTree::BasicEvent& event : m_session->tree().events)
        ids.append(event.id);
    if (ids != m_ids) {
        // A new model or duration: the components differ. Otherwise only the ticks change.
        m_syncing = true;
        m_items->clear();
        for (const FaultTree::BasicEvent& event : m_session->tree().events) {
            auto* item = new QStandardItem(event.label);
            item->setData(event.id, idRole);
            item->setToolTip(event.id);
            item->setCheckable(true);
            item->setEditable(false);
            m_items->appendRow(item);
        }
        m_ids = ids;
        m_syncing = false;
    }
    syncChecks();
}

void OutagePanel::syncChecks()
{
    m_syncing = true;
    const QStringList outages = m_session->outages();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QStandardItem* item = m_items->item(row);
        const Qt::CheckState state = outages.contains(item->data(idRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_syncing = false;
}

void OutagePanel::onItemChanged(QStandardItem* item)
{
    if (m_syncing)
        return;
    const QString id = item->data(idRole).toString();
    if ((item->checkState() == Qt::Checked) != m_session->outages().contains(id))
        m_session->toggle(id);
}

void OutagePanel::applyDuration()
{
    const QString text = m_duration->text().trimmed();
    if (text.isEmpty()) {
        m_session->setDuration(std::nullopt);
        return;
    }
    QString error;
    const std::optional<qint64> seconds = OutageParser::parseDuration(text, &error);
    // The engine's error is in English; the tooltip says what is accepted instead.
    m_duration->setStyleSheet(seconds ? QString() : QStringLiteral("color: red"));
    if (seconds)
        m_session->setDuration(seconds);
}

} // namespace nameplan
