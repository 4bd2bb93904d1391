// SPDX-License-Identifier: GPL-3.0-or-later
#include "idindex.h"

#include "model.h"

namespace nameplan {

IdIndex::IdIndex(const Model& model)
{
    m_locations.reserve(model.elementCount());
    for (ElementKind kind : allElementKinds) {
        const int count = model.count(kind);
        for (int row = 0; row < count; ++row) {
            const QString& id = model.element(kind, row).id;
            if (!m_locations.contains(id))
                m_locations.insert(id, Location { kind, row });
        }
    }
}

const IdIndex::Location* IdIndex::find(const QString& id) const
{
    const auto it = m_locations.constFind(id);
    return it == m_locations.cend() ? nullptr : &it.value();
}

bool IdIndex::contains(const QString& id, ElementKind kind) const
{
    const Location* location = find(id);
    return location && location->kind == kind;
}

} // namespace nameplan
