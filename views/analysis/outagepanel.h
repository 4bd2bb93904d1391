// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace nameplan {

class OutageSession;

// Outage mode's list: every component an outage can take out (the fault tree's basic events),
// checkable, with a filter box, the outage duration and "Clear". Ticking a component toggles
// it in the session (undoable there); the ticks follow the session, so clicks in the diagram
// and undo show up here too.
class OutagePanel : public QWidget {
    Q_OBJECT
public:
    explicit OutagePanel(OutageSession* session, QWidget* parent = nullptr);

private:
    void rebuildList();
    void syncChecks();
    void onItemChanged(QStandardItem* item);
    void applyDuration();

    OutageSession* m_session;
    QLineEdit* m_filter;
    QLineEdit* m_duration;
    QListView* m_list;
    QStandardItemModel* m_items;
    QSortFilterProxyModel* m_proxy;
    QStringList m_ids; // the listed outage ids, in list order
    bool m_syncing = false;
};

} // namespace nameplan
