// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

class Model;

// What kind of component an outage id names, for a table column.
class ComponentKind {
public:
    // Contract: "provider serving plane" / "provider control plane" for "<provider>:<plane>",
    // "software" for "software:<name>", the element kind's noun ("region", "authority", ...)
    // for an element id, and "unknown" for anything else.
    static QString of(const Model& model, const QString& outageId);
};

} // namespace nameplan
