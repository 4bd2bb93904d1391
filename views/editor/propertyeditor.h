// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace nameplan {

class FieldEditor;
class ModelDocument;

// Edits the selected element: one editor per FieldSchema field of its kind. Every change
// goes through ModelDocument::setField, so it is one undo step; the editors follow the
// document (undo, renames, removals) rather than keeping their own copy.
class PropertyEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(ModelDocument* document, QWidget* parent = nullptr);

    // Shows the element (kind, id); an empty or unknown id shows "nothing selected".
    void showElement(ElementKind kind, const QString& id);
    QString elementId() const { return m_id; }
    ElementKind kind() const { return m_kind; }
    // The editor of a field of the shown kind (by FieldSchema key), or null.
    FieldEditor* editor(const QString& fieldKey) const { return m_editors.value(fieldKey); }

Q_SIGNALS:
    // The document refused an edit (for example a rename to an id already in use).
    void editRefused(const QString& message);

private:
    void buildForm(ElementKind kind);
    void clearForm();
    void refresh();
    void refreshField(int field);
    void onFieldChanged(ElementKind kind, int row, int field);
    void apply(const QString& fieldKey, const QVariant& value);
    QStringList idsOf(ElementKind kind) const;
    int currentRow() const;

    ModelDocument* m_document;
    QLabel* m_header;
    QScrollArea* m_scroll;
    QWidget* m_form = nullptr;
    QHash<QString, FieldEditor*> m_editors;
    ElementKind m_kind = ElementKind::Region;
    bool m_formBuilt = false;
    QString m_id;
};

} // namespace nameplan
