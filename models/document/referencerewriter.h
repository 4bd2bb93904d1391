// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldpatch.h"

#include <QHash>
#include <QSet>

namespace nameplan {

class Model;

// Finds the references to given ids in every reference field (Reference, ReferenceList and the
// element ids inside outage lists, including plane ids "<id>:control") and computes the patches
// that strip or rename them. Pure: it reads the model and returns patches; callers apply them
// inside the same undo step as the removal or rename.
class ReferenceRewriter {
public:
    // Patches removing references to `ids` from every other element; the elements named by
    // `ids` are left alone (they are being removed and keep their references for undo).
    static FieldPatches strip(const Model& model, const QSet<QString>& ids);
    // Patches renaming references to `from` into `to`.
    static FieldPatches rename(const Model& model, const QString& from, const QString& to);

private:
    using Rewrite = QHash<QString, QString>; // id -> new id, empty: remove
    static FieldPatches rewrite(const Model& model, const Rewrite& map, const QSet<QString>& skip);
};

} // namespace nameplan
