// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"

#include <QString>

#include <initializer_list>

namespace nameplan {

// Builds small fault trees by hand for the cut-set, probability and MEF tests.
class FaultTreeFixture {
public:
    using NodeRef = FaultTree::NodeRef;

    NodeRef event(double unavailability)
    {
        const int index = int(tree.events.size());
        tree.events.push_back(
            { QStringLiteral("e%1").arg(index), QStringLiteral("event %1").arg(index), unavailability });
        return { FaultTree::NodeKind::Event, index };
    }
    NodeRef eventWithoutData()
    {
        NodeRef ref = event(0);
        tree.events.back().unavailability.reset();
        return ref;
    }
    NodeRef orGate(std::initializer_list<NodeRef> inputs) { return gate(FaultTree::GateType::Or, inputs); }
    NodeRef andGate(std::initializer_list<NodeRef> inputs) { return gate(FaultTree::GateType::And, inputs); }
    static NodeRef failed() { return { FaultTree::NodeKind::Failed, -1 }; }
    static NodeRef working() { return { FaultTree::NodeKind::Working, -1 }; }
    int top(NodeRef root)
    {
        const int index = int(tree.tops.size());
        tree.tops.push_back({ QStringLiteral("s%1").arg(index), QStringLiteral("p"), root });
        return index;
    }

    FaultTree tree;

private:
    NodeRef gate(FaultTree::GateType type, std::initializer_list<NodeRef> inputs)
    {
        const int index = int(tree.gates.size());
        tree.gates.push_back({ type, inputs, QStringLiteral("g%1").arg(index), QStringLiteral("gate %1").arg(index) });
        return { FaultTree::NodeKind::Gate, index };
    }
};

} // namespace nameplan
