// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencerewriter.h"

#include "fieldschema.h"
#include "model.h"

namespace nameplan {

namespace {

bool isReferenceField(FieldType type)
{
    return type == FieldType::Reference || type == FieldType::ReferenceList || type == FieldType::OutageList;
}

// The element id an outage entry names: "aws:control" names "aws"; "software:bind" names no
// element, but looking "software" up finds nothing, so it is never rewritten.
QString outageElement(const QString& entry)
{
    const qsizetype colon = entry.indexOf(u':');
    return colon < 0 ? entry : entry.left(colon);
}

// Rewrites one list; returns whether anything changed.
bool rewriteList(QStringList& list, bool outages, const QHash<QString, QString>& map)
{
    bool changed = false;
    QStringList out;
    out.reserve(list.size());
    for (const QString& entry : std::as_const(list)) {
        const QString target = outages ? outageElement(entry) : entry;
        const auto it = map.constFind(target);
        if (it == map.constEnd()) {
            out.append(entry);
            continue;
        }
        changed = true;
        if (!it->isEmpty())
            out.append(*it + entry.mid(target.size()));
    }
    if (changed)
        list = out;
    return changed;
}

} // namespace

FieldPatches ReferenceRewriter::strip(const Model& model, const QSet<QString>& ids)
{
    Rewrite map;
    for (const QString& id : ids)
        map.insert(id, QString());
    return rewrite(model, map, ids);
}

FieldPatches ReferenceRewriter::rename(const Model& model, const QString& from, const QString& to)
{
    return rewrite(model, Rewrite { { from, to } }, {});
}

FieldPatches ReferenceRewriter::rewrite(const Model& model, const Rewrite& map, const QSet<QString>& skip)
{
    FieldPatches patches;
    for (ElementKind kind : allElementKinds) {
        const auto fields = FieldSchema::fields(kind);
        const int rows = model.count(kind);
        for (int row = 0; row < rows; ++row) {
            const QString& id = model.element(kind, row).id;
            if (skip.contains(id))
                continue;
            for (int field = 0; field < int(fields.size()); ++field) {
                const FieldType type = fields[size_t(field)].type;
                if (!isReferenceField(type))
                    continue;
                const QVariant before = FieldSchema::value(model, kind, row, field);
                QVariant after;
                if (type == FieldType::Reference) {
                    const auto it = map.constFind(before.toString());
                    if (it == map.constEnd())
                        continue;
                    after = *it;
                } else {
                    QStringList list = before.toStringList();
                    if (!rewriteList(list, type == FieldType::OutageList, map))
                        continue;
                    after = list;
                }
                patches.push_back({ kind, id, field, before, after });
            }
        }
    }
    return patches;
}

} // namespace nameplan
