// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace nameplan {

// One field of one element changed from `before` to `after`; the element is named by its id
// (as it is while the patch applies) so that the patch survives rows moving.
struct FieldPatch {
    ElementKind kind;
    QString elementId;
    int field;
    QVariant before;
    QVariant after;
};

using FieldPatches = std::vector<FieldPatch>;

} // namespace nameplan
