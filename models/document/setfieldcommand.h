// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpatch.h"

#include <QUndoCommand>

namespace nameplan {

class ModelDocument;

// Sets one field of one element. When the field is the element's id, every reference to the
// old id is renamed in the same step. Consecutive changes of the same field of the same
// element merge into one step (typing in an editor), except renames.
class SetFieldCommand : public QUndoCommand {
public:
    // `change.before` must be the field's current value.
    SetFieldCommand(ModelDocument* document, const FieldPatch& change, const QString& text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool isRename() const;
    QString idAfter() const;

    ModelDocument* m_document;
    FieldPatch m_change;
    FieldPatches m_references; // renamed references, ids as before the rename
};

} // namespace nameplan
