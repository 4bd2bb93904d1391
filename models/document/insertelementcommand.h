// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QUndoCommand>

namespace nameplan {

class ModelDocument;

// Inserts one element (added or duplicated) at a row; undo removes it again by its id.
class InsertElementCommand : public QUndoCommand {
public:
    InsertElementCommand(
        ModelDocument* document, ElementKind kind, int row, const AnyElement& element, const QString& text);

    void redo() override;
    void undo() override;

private:
    ModelDocument* m_document;
    ElementKind m_kind;
    int m_row;
    AnyElement m_element;
    QString m_id;
};

} // namespace nameplan
