// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QUndoCommand>

namespace nameplan {

class ModelDocument;

// Replaces the whole model (import, recovery) as one step; views reset.
class ReplaceModelCommand : public QUndoCommand {
public:
    ReplaceModelCommand(ModelDocument* document, const Model& after, const QString& text);

    void redo() override;
    void undo() override;

private:
    ModelDocument* m_document;
    Model m_before;
    Model m_after;
};

} // namespace nameplan
