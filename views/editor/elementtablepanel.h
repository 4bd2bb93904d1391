// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QWidget>

#include <array>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace nameplan {

class ElementTableModel;
class ModelDocument;

// All elements of one kind as a sortable table (one column per field, editable in place
// through the document). The kind follows the tree selection.
class ElementTablePanel : public QWidget {
    Q_OBJECT
public:
    explicit ElementTablePanel(ModelDocument* document, QWidget* parent = nullptr);

    void setKind(ElementKind kind);
    ElementKind kind() const { return m_kind; }
    // Selects the element's row (of the current kind); false when it is not there.
    bool selectElement(const QString& id);
    // Ids of the selected rows, in display order.
    QStringList selectedIds() const;
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    void elementSelected(nameplan::ElementKind kind, const QString& id);

private:
    ElementTableModel* modelFor(ElementKind kind);
    void onCurrentChanged(const QModelIndex& current);
    QString idAt(const QModelIndex& index) const;

    ModelDocument* m_document;
    std::array<ElementTableModel*, elementKindCount> m_models {};
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QTableView* m_view;
    ElementKind m_kind = ElementKind::Region;
};

} // namespace nameplan
