// SPDX-License-Identifier: GPL-3.0-or-later
#include "setfieldcommand.h"

#include "fieldschema.h"
#include "modeldocument.h"
#include "referencerewriter.h"

namespace nameplan {

namespace {
constexpr int setFieldCommandId = 0x4e500001; // "NP" + 1: unique among Nameplan's commands
}

SetFieldCommand::SetFieldCommand(ModelDocument* document, const FieldPatch& change, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_change(change)
{
    if (isRename())
        m_references = ReferenceRewriter::rename(document->model(), change.before.toString(), idAfter());
}

bool SetFieldCommand::isRename() const
{
    return FieldSchema::fields(m_change.kind)[size_t(m_change.field)].type == FieldType::Id;
}

QString SetFieldCommand::idAfter() const
{
    return isRename() ? m_change.after.toString() : m_change.elementId;
}

void SetFieldCommand::redo()
{
    // References first, while every id is still the one the patches name.
    for (const FieldPatch& p : m_references)
        m_document->applyField(p.kind, m_document->rowOf(p.kind, p.elementId), p.field, p.after);
    const int row = m_document->rowOf(m_change.kind, m_change.elementId);
    m_document->applyField(m_change.kind, row, m_change.field, m_change.after);
}

void SetFieldCommand::undo()
{
    const int row = m_document->rowOf(m_change.kind, idAfter());
    m_document->applyField(m_change.kind, row, m_change.field, m_change.before);
    for (auto it = m_references.rbegin(); it != m_references.rend(); ++it)
        m_document->applyField(it->kind, m_document->rowOf(it->kind, it->elementId), it->field, it->before);
}

int SetFieldCommand::id() const
{
    return setFieldCommandId;
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other);
    if (isRename() || next->isRename() || next->m_change.kind != m_change.kind
        || next->m_change.elementId != m_change.elementId || next->m_change.field != m_change.field)
        return false;
    m_change.after = next->m_change.after;
    // Typing back to the original value leaves nothing to undo.
    setObsolete(m_change.after == m_change.before);
    return true;
}

} // namespace nameplan
