// SPDX-License-Identifier: GPL-3.0-or-later
#include "insertelementcommand.h"

#include "modeldocument.h"

namespace nameplan {

InsertElementCommand::InsertElementCommand(
    ModelDocument* document, ElementKind kind, int row, const AnyElement& element, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_kind(kind)
    , m_row(row)
    , m_element(element)
    , m_id(std::visit([](const auto& e) { return e.id; }, element))
{
}

void InsertElementCommand::redo()
{
    m_document->insertAt(m_kind, m_row, m_element);
}

void InsertElementCommand::undo()
{
    m_document->removeAt(m_kind, m_document->rowOf(m_kind, m_id));
}

} // namespace nameplan
