// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"

#include <QString>

#include <vector>

namespace nameplan {

class Model;

// Which model element each node of a fault tree stands for, so that a failed gate can be shown
// on the element it belongs to: "zone.<zone>.<population>" is the zone, "down.<authority>" the
// authority, "name.<name>.<population>" the name, and so on. The gate ids are those
// FaultTreeBuilder::uniqueGateId derives from its cache keys (separator '.', unsafe characters
// '_', a ".<n>" suffix on repeats); this class rebuilds the same ids from the model rather than
// parsing them, so element ids that contain dots cannot be misread.
class GateOwners {
public:
    GateOwners(const Model& model, const FaultTree& tree);

    // Contract: the element id a gate belongs to, or an empty string for gates that are only
    // part of the logic (reachability, sites, "usable for this zone", constants' wrappers).
    const QString& ownerOfGate(int gate) const { return m_gateOwners[size_t(gate)]; }
    // Contract: the element id of a basic event; a provider plane ("<id>:serving") belongs to
    // its provider, "software:<name>" to no element (empty).
    const QString& ownerOfEvent(int event) const { return m_eventOwners[size_t(event)]; }

private:
    std::vector<QString> m_gateOwners;
    std::vector<QString> m_eventOwners;
};

} // namespace nameplan
