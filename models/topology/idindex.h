// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"

#include <QHash>
#include <QString>

namespace nameplan {

class Model;

// Where each id lives, built once for many look-ups. Holds the first element of a
// duplicated id (ModelValidator reports the duplicates).
class IdIndex {
public:
    struct Location {
        ElementKind kind;
        int row;
    };

    explicit IdIndex(const Model& model);

    const Location* find(const QString& id) const;
    bool contains(const QString& id, ElementKind kind) const;

private:
    QHash<QString, Location> m_locations;
};

} // namespace nameplan
