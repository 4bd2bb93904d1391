// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bdd.h"
#include "faulttree.h"
#include "progresssink.h"

#include <optional>
#include <vector>

namespace nameplan {

// Exact unavailability of top events and importance measures of their basic events, from the
// basic events' unavailabilities, assuming basic events fail independently.
//
// Each top is compiled into one shared BDD (variables ordered by first appearance in a
// depth-first walk from the tops, which keeps the events of one gate close together); then
// P(node) = p(v) * P(high) + (1 - p(v)) * P(low) (Shannon decomposition), memoised per node.
// This is exact, unlike the rare-event or min-cut upper bound approximations.
//
// Importance of basic event e for top T, with P = P(T), P1 = P(T | e failed), P0 = P(T | e working):
//   Birnbaum              B   = P1 - P0          (how much T's unavailability moves with e's)
//   Fussell-Vesely        FV  = (P - P0) / P     (share of P that involves e failing; = p(e) B / P)
//   risk achievement worth RAW = P1 / P          (factor by which P grows when e is surely out)
//   risk reduction worth   RRW = P / P0          (factor by which P shrinks when e never fails)
// These are SCRAM's MIF, CIF, RAW and RRW.
class ProbabilityAnalysis {
public:
    struct Importance {
        int event = -1; // index into FaultTree::events
        double birnbaum = 0;
        double fussellVesely = 0; // 0 when P = 0
        std::optional<double> riskAchievementWorth; // unset when P = 0
        std::optional<double> riskReductionWorth; // unset when P0 = 0 (e is in every failure)
    };

    struct TopResult {
        double unavailability = 0;
        // One entry per basic event the top depends on, by ascending event index.
        std::vector<Importance> importance;
        // Events the top depends on that have no unavailability in the model; taken as 0.
        std::vector<int> eventsWithoutData;
    };

    explicit ProbabilityAnalysis(const FaultTree& tree);

    double unavailability(int topIndex);
    TopResult analyze(int topIndex);
    // Every top, in FaultTree::tops order; empty when canceled.
    std::vector<TopResult> analyzeAll(ProgressSink& progress);

    qint64 bddNodeCount() const { return m_bdd.nodeCount(); }

private:
    Bdd::NodeId rootOf(const FaultTree::NodeRef& node);
    Bdd::NodeId compileGate(int gate);
    // P(root) with the unavailability of variable `forced` replaced by `value` (forced < 0: none).
    double probability(const std::vector<Bdd::NodeId>& nodes, int forced, double value) const;

    const FaultTree& m_tree;
    Bdd m_bdd;
    std::vector<int> m_variableOfEvent; // event index -> BDD variable
    std::vector<int> m_eventOfVariable;
    std::vector<double> m_probabilityOfVariable;
    std::vector<Bdd::NodeId> m_gateNodes; // -1: not compiled yet
};

} // namespace nameplan
