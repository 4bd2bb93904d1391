// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace nameplan {

class OutageSession;
struct ExplanationNode;

// Why the selected service fails under the session's outages: the analysis engine's
// explanation tree, one top-level entry per population it fails for. Follows the session.
class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPanel(OutageSession* session, QWidget* parent = nullptr);

    // The service to explain; an empty id shows nothing.
    void setService(const QString& serviceId);
    QString service() const { return m_service; }
    QTreeView* view() const { return m_view; }

private:
    void refresh();
    static QStandardItem* itemFor(const ExplanationNode& node);

    OutageSession* m_session;
    QTreeView* m_view;
    QStandardItemModel* m_items;
    QString m_service;
};

} // namespace nameplan
