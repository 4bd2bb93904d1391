// SPDX-License-Identifier: GPL-3.0-or-later
#include "setcontrolmappingcommand.h"

#include "modeldocument.h"

namespace nameplan {

SetControlMappingCommand::SetControlMappingCommand(ModelDocument* document,
    const std::vector<ControlMappingEntry>& before, const std::vector<ControlMappingEntry>& after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void SetControlMappingCommand::redo()
{
    m_document->applyControlMapping(m_after);
}

void SetControlMappingCommand::undo()
{
    m_document->applyControlMapping(m_before);
}

} // namespace nameplan
