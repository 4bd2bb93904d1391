// SPDX-License-Identifier: GPL-3.0-or-later
#include "setmetadatacommand.h"

#include "modeldocument.h"

namespace nameplan {

SetMetadataCommand::SetMetadataCommand(ModelDocument* document, const Metadata& before, const Metadata& after)
    : QUndoCommand(QStringLiteral("Change model title, author and description"))
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void SetMetadataCommand::redo()
{
    apply(m_after);
}

void SetMetadataCommand::undo()
{
    apply(m_before);
}

void SetMetadataCommand::apply(const Metadata& metadata)
{
    m_document->applyMetadata(metadata.title, metadata.author, metadata.description);
}

} // namespace nameplan
