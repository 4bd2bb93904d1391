// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanationnode.h"
#include "faulttree.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace nameplan {

// Evaluates a fault tree under outage sets, 64 at a time: each node holds one uint64 word
// whose bit j says whether the node fails in scenario j. The tree is flattened once into
// arrays (slots: events, the two constants, then gates in topological order), so one
// evaluation is a single pass of ANDs and ORs over contiguous memory.
class ScenarioEvaluator {
public:
    using Word = quint64;

    explicit ScenarioEvaluator(const FaultTree& tree);

    const FaultTree& tree() const { return m_tree; }
    int slotCount() const { return int(m_gateBegin + m_gateTypes.size()); }
    int slotOf(FaultTree::NodeRef node) const;
    // A value array with every event working, ready for evaluate().
    std::vector<Word> blankValues() const { return std::vector<Word>(size_t(slotCount()), 0); }

    // Contract: values has slotCount() words and the event slots (0 .. events-1) say which
    // scenarios each event is out in; fills the constant and gate slots.
    void evaluate(std::vector<Word>& values) const;

    // Whether each top event (in FaultTree::tops order) fails under the one outage set.
    std::vector<bool> failedTops(std::span<const int> failedEvents) const;
    // The failed sub-tree below a top event under the outage set; a node with no children
    // and kind Gate labelled "works" when the top event does not fail.
    ExplanationNode explain(int topIndex, std::span<const int> failedEvents) const;

private:
    std::vector<Word> valuesFor(std::span<const int> failedEvents) const;
    ExplanationNode explainNode(
        FaultTree::NodeRef node, const std::vector<Word>& values, std::vector<bool>& expanded) const;
    void appendCauses(const FaultTree::Gate& gate, const std::vector<Word>& values, std::vector<bool>& expanded,
        std::vector<ExplanationNode>& causes) const;

    const FaultTree& m_tree;
    int m_gateBegin = 0; // slot of gate 0
    std::vector<unsigned char> m_gateTypes; // 0: OR, 1: AND
    std::vector<int> m_inputBegin; // per gate, into m_inputs; one extra end entry
    std::vector<int> m_inputs; // slots
};

} // namespace nameplan
