// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeelementscommand.h"

#include "modeldocument.h"
#include "referencerewriter.h"

#include <QSet>

#include <algorithm>

namespace nameplan {

RemoveElementsCommand::RemoveElementsCommand(ModelDocument* document, const QStringList& ids)
    : m_document(document)
{
    const Model& model = document->model();
    QSet<QString> found;
    for (const QString& id : ids) {
        const auto where = model.locate(id);
        if (!where || found.contains(id))
            continue;
        found.insert(id);
        m_removed.push_back({ where->first, where->second, model.elementAt(where->first, where->second) });
    }
    std::sort(m_removed.begin(), m_removed.end(),
        [](const Removed& a, const Removed& b) { return std::pair(a.kind, a.row) < std::pair(b.kind, b.row); });
    m_references = ReferenceRewriter::strip(model, found);
    if (m_removed.size() == 1) {
        const ElementKind kind = m_removed.front().kind;
        const QString id = std::visit([](const auto& e) { return e.id; }, m_removed.front().element);
        setText(QStringLiteral("Remove %1 %2").arg(elementKindNoun(kind), id));
    } else {
        setText(QStringLiteral("Remove %1 elements").arg(m_removed.size()));
    }
}

void RemoveElementsCommand::redo()
{
    for (const FieldPatch& p : m_references)
        m_document->applyField(p.kind, m_document->rowOf(p.kind, p.elementId), p.field, p.after);
    // Highest rows first, so that the recorded rows of the others stay valid.
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        m_document->removeAt(it->kind, it->row);
}

void RemoveElementsCommand::undo()
{
    for (const Removed& r : m_removed)
        m_document->insertAt(r.kind, r.row, r.element);
    for (auto it = m_references.rbegin(); it != m_references.rend(); ++it)
        m_document->applyField(it->kind, m_document->rowOf(it->kind, it->elementId), it->field, it->before);
}

} // namespace nameplan
