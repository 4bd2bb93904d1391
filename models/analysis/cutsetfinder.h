// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"
#include "progresssink.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace nameplan {

// Minimal cut sets of fault-tree nodes: the smallest outage sets that make a node fail.
//
// Algorithm: the family algebra of the fault tree on one zero-suppressed BDD (Zbdd), gates in
// topological order, every gate computed once however many tops share it. A basic event is the
// family {{e}}, Failed is {{}} and Working is {}. An OR gate unites its inputs' families, an AND
// gate takes their product; both are then minimised (every set that contains another set is
// dropped), and the product leaves out every set of more than maxOrder events (truncation, as
// in Rauzy's algorithm). Because the function is monotone, the minimal sets of order <= K of a
// gate are exactly the minimal sets of order <= K built from its inputs' minimal sets of order
// <= K, so truncation loses nothing below the limit. The diagram shares common subsets between
// sets, gates and tops; writing the families out as vectors runs on all cores.
class CutSetFinder {
public:
    // Sorted, duplicate-free basic-event indices (into FaultTree::events).
    using CutSet = std::vector<int>;

    static constexpr int unboundedOrder = 0;

    struct Options {
        int maxOrder = unboundedOrder; // K; unboundedOrder (or less): complete families
        // Work budget: a gate whose family grows past this many sets ends the run with
        // BudgetExceeded instead of exhausting memory (complete families can be exponential).
        qint64 maxSetsPerGate = 2'000'000;
        int threads = 0; // 0: one per core
    };

    enum class Status : unsigned char { Done, Canceled, BudgetExceeded };

    struct Family {
        // Minimal cut sets ordered by size, then lexicographically. {} (no set): the node never
        // fails; {{}} (one empty set): it always fails.
        std::vector<CutSet> cutSets;
        // True when sets above maxOrder were dropped on the way, i.e. the node may have minimal
        // cut sets of higher order. False means the family is complete.
        bool truncated = false;
    };

    struct Result {
        Status status = Status::Done;
        std::vector<Family> families; // one per requested root, in request order; empty unless Done
    };

    explicit CutSetFinder(const FaultTree& tree); // complete families, all cores
    CutSetFinder(const FaultTree& tree, Options options);

    // Minimal cut sets of one top event (index into FaultTree::tops).
    Result forTop(int topIndex, ProgressSink& progress) const;
    // Of every top event, in the order of FaultTree::tops; shared gates are computed once.
    Result forAllTops(ProgressSink& progress) const;
    // Of arbitrary nodes (gates, events or constants).
    Result forNodes(std::span<const FaultTree::NodeRef> roots, ProgressSink& progress) const;

private:
    const FaultTree& m_tree;
    Options m_options;
};

} // namespace nameplan
