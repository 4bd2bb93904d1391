// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingkind.h"

#include <QDialog>
#include <QStringList>

class QColor;
class QPushButton;
class QTableWidget;

namespace nameplan {

class Model;
class ModelDocument;

// Edits the model's control_mapping: one row per kind of finding the evidence report makes,
// with its controls, a note and whether the model or Nameplan's defaults decide it (and a row
// for each entry of a kind the report does not know, to be reset away). Every
// edit is one step on the document's undo stack, and the table follows undo and redo made
// elsewhere, so the dialog can stay open beside the workbench.
class ControlMappingDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { KindColumn, ControlsColumn, NoteColumn, SourceColumn };

    explicit ControlMappingDialog(ModelDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    static QStringList rowFindings(const Model& model);
    void createTable();
    void refresh();
    void showKind(int row, FindingKind kind);
    void showUnknown(int row);
    void setRow(int row, const QStringList& texts, const QColor& colour, bool editable);
    void commitRow(int row);
    void resetSelected();

    ModelDocument* m_document;
    QTableWidget* m_table;
    QPushButton* m_resetSelected;
    QStringList m_findings; // the finding kind id of each row
    bool m_refreshing = false; // the table is being filled from the model, not edited
};

} // namespace nameplan
