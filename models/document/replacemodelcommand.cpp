// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacemodelcommand.h"

#include "modeldocument.h"

namespace nameplan {

ReplaceModelCommand::ReplaceModelCommand(ModelDocument* document, const Model& after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->model())
    , m_after(after)
{
}

void ReplaceModelCommand::redo()
{
    m_document->resetTo(m_after);
}

void ReplaceModelCommand::undo()
{
    m_document->resetTo(m_before);
}

} // namespace nameplan
