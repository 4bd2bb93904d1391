// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace nameplan {

class ElementTreeModel;
class ModelDocument;

// The element tree (one branch per kind) with a filter box above it. Reports what the user
// selects: a kind branch (empty id) or an element.
class ElementTreePanel : public QWidget {
    Q_OBJECT
public:
    explicit ElementTreePanel(ModelDocument* document, QWidget* parent = nullptr);

    // Selects and reveals the element (clearing a filter that hides it); false when unknown.
    bool selectElement(const QString& id);
    void selectKind(ElementKind kind);
    void focusFilter();
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    void selected(nameplan::ElementKind kind, const QString& id);

private:
    void onCurrentChanged(const QModelIndex& current);
    void onFilterChanged(const QString& text);

    ElementTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
};

} // namespace nameplan
