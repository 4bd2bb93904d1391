// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QUndoCommand>

#include <vector>

namespace nameplan {

class ModelDocument;

// Replaces the model's control mapping as a whole: the editor applies a table of entries at
// once, and one undo step restores the table the reviewer saw before.
class SetControlMappingCommand : public QUndoCommand {
public:
    SetControlMappingCommand(ModelDocument* document, const std::vector<ControlMappingEntry>& before,
        const std::vector<ControlMappingEntry>& after, const QString& text);

    void redo() override;
    void undo() override;

private:
    ModelDocument* m_document;
    std::vector<ControlMappingEntry> m_before;
    std::vector<ControlMappingEntry> m_after;
};

} // namespace nameplan
