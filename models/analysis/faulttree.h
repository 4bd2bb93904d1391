// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace nameplan {

// The estate compiled, for one outage duration, into a fault tree: basic events are the
// failure domains an outage can take out (elements, provider planes, software
// implementations); gates say when something fails. Scenario evaluation, explanations,
// minimal cut sets, exact probabilities and the Open-PSA MEF export all work on this one
// structure, so they cannot disagree. Gates are in topological order: every input of gate i
// is a basic event, a constant, or a gate with an index below i.
class FaultTree {
public:
    enum class NodeKind : unsigned char {
        Event,
        Gate,
        Failed, // constant: fails under every outage set (e.g. an NS cycle without glue)
        Working, // constant: never fails
    };

    struct NodeRef {
        NodeKind kind = NodeKind::Working;
        int index = -1; // into events or gates
        bool operator==(const NodeRef&) const = default;
    };

    enum class GateType : unsigned char { Or, And };

    struct BasicEvent {
        QString id; // outage id: an element id, "<provider>:serving", "<provider>:control", "software:<name>"
        QString label; // for people: "region eu-west", "provider dyn (control plane)"
        std::optional<double> unavailability; // from the model; unset: unknown
    };

    struct Gate {
        GateType type = GateType::Or;
        std::vector<NodeRef> inputs;
        QString id; // stable and MEF-safe: letters, digits, '-', '_', '.'
        QString label; // what its failure means, for explanations: "ns1 unreachable from eu-staff"
        // A grouping with no meaning of its own to a reader (e.g. "ns3 is unusable for this
        // zone"): explanations show its failed inputs in its place. Logic ignores it.
        bool transparent = false;
    };

    // "Service S fails for population P".
    struct TopEvent {
        QString serviceId;
        QString populationId; // empty when the service lists no populations
        NodeRef root;
    };

    // "Authority A is unusable for zone Z from population P" (down, unreachable, data expired
    // or its own name does not resolve), recorded so that a failover drill can ask the engine
    // which authorities survive an outage and query only those. Only results that hold in
    // every context are recorded (not those computed under a cut NS-name cycle).
    struct AuthorityUse {
        QString authorityId;
        QString zoneId;
        QString populationId; // empty when the top events concerned list no population
        NodeRef unusable;
    };

    // "Name N does not resolve for population P": the drill's prediction per name.
    struct NameUse {
        QString nameId;
        QString populationId;
        NodeRef fails;
    };

    std::vector<BasicEvent> events;
    std::vector<Gate> gates;
    std::vector<TopEvent> tops;
    std::vector<AuthorityUse> authorityUses;
    std::vector<NameUse> nameUses;
};

} // namespace nameplan
