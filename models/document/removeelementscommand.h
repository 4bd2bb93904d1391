// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpatch.h"
#include "model.h"

#include <QUndoCommand>

namespace nameplan {

class ModelDocument;

// Removes elements and strips every reference to them from the remaining elements, as one
// step. Undo puts the elements back at their rows and restores the references.
class RemoveElementsCommand : public QUndoCommand {
public:
    // Ids that name no element are ignored.
    RemoveElementsCommand(ModelDocument* document, const QStringList& ids);

    bool isEmpty() const { return m_removed.empty(); }
    void redo() override;
    void undo() override;

private:
    struct Removed {
        ElementKind kind;
        int row; // in the model as it was before this command
        AnyElement element;
    };

    ModelDocument* m_document;
    std::vector<Removed> m_removed; // by kind, then ascending row
    FieldPatches m_references;
};

} // namespace nameplan
