// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace nameplan {

class ModelDocument;
class ProblemsModel;

// What the validator finds in the open model, one row per problem (severity, JSON path,
// element, message). Double-click or Return asks to select the element concerned, or, for a
// problem outside every element (settings, control mapping), to show its JSON path.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(ModelDocument* document, QWidget* parent = nullptr);

    int problemCount() const;
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void elementActivated(const QString& id);
    void locationActivated(const QString& path); // a problem that concerns no element
    void countChanged(int count);

private:
    void onActivated(const QModelIndex& index);

    ProblemsModel* m_model;
    QTreeView* m_view;
};

} // namespace nameplan
