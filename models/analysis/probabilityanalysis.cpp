// SPDX-License-Identifier: GPL-3.0-or-later
#include "probabilityanalysis.h"

#include <algorithm>

namespace nameplan {

namespace {

// Events in order of first appearance in a depth-first walk from the tops, inputs in order;
// events under no top come last. Variables of one gate stay adjacent, which keeps BDDs of
// OR-of-AND structures small.
std::vector<int> depthFirstEventOrder(const FaultTree& tree)
{
    std::vector<int> order;
    std::vector<char> eventSeen(tree.events.size(), 0);
    std::vector<char> gateSeen(tree.gates.size(), 0);
    std::vector<FaultTree::NodeRef> stack;
    for (auto top = tree.tops.rbegin(); top != tree.tops.rend(); ++top)
        stack.push_back(top->root);
    while (!stack.empty()) {
        const FaultTree::NodeRef node = stack.back();
        stack.pop_back();
        if (node.kind == FaultTree::NodeKind::Event && !std::exchange(eventSeen[std::size_t(node.index)], 1))
            order.push_back(node.index);
        if (node.kind == FaultTree::NodeKind::Gate && !std::exchange(gateSeen[std::size_t(node.index)], 1)) {
            const std::vector<FaultTree::NodeRef>& inputs = tree.gates[std::size_t(node.index)].inputs;
            stack.insert(stack.end(), inputs.rbegin(), inputs.rend());
        }
    }
    for (std::size_t e = 0; e < tree.events.size(); ++e) {
        if (!eventSeen[e])
            order.push_back(int(e));
    }
    return order;
}

} // namespace

ProbabilityAnalysis::ProbabilityAnalysis(const FaultTree& tree)
    : m_tree(tree)
    , m_variableOfEvent(tree.events.size())
    , m_eventOfVariable(depthFirstEventOrder(tree))
    , m_gateNodes(tree.gates.size(), -1)
{
    for (std::size_t v = 0; v < m_eventOfVariable.size(); ++v) {
        const int event = m_eventOfVariable[v];
        m_variableOfEvent[std::size_t(event)] = int(v);
        m_probabilityOfVariable.push_back(tree.events[std::size_t(event)].unavailability.value_or(0.0));
    }
}

Bdd::NodeId ProbabilityAnalysis::rootOf(const FaultTree::NodeRef& node)
{
    switch (node.kind) {
    case FaultTree::NodeKind::Event:
        return m_bdd.variable(m_variableOfEvent[std::size_t(node.index)]);
    case FaultTree::NodeKind::Failed:
        return Bdd::one;
    case FaultTree::NodeKind::Working:
        return Bdd::zero;
    case FaultTree::NodeKind::Gate:
        break;
    }
    return compileGate(node.index);
}

// Gates are in topological order, so the recursion depth is bounded by the tree's depth.
Bdd::NodeId ProbabilityAnalysis::compileGate(int gate)
{
    const Bdd::NodeId cached = m_gateNodes[std::size_t(gate)];
    if (cached >= 0)
        return cached;
    const FaultTree::Gate& g = m_tree.gates[std::size_t(gate)];
    const bool isOr = g.type == FaultTree::GateType::Or;
    Bdd::NodeId result = isOr ? Bdd::zero : Bdd::one;
    for (const FaultTree::NodeRef& input : g.inputs) {
        const Bdd::NodeId in = rootOf(input);
        result = isOr ? m_bdd.disjunction(result, in) : m_bdd.conjunction(result, in);
    }
    m_gateNodes[std::size_t(gate)] = result;
    return result;
}

double ProbabilityAnalysis::probability(const std::vector<Bdd::NodeId>& nodes, int forced, double value) const
{
    // Ascending ids put children before parents, and the root (the largest id) last.
    std::vector<double> p(nodes.size());
    auto at = [&](Bdd::NodeId id) { return p[std::size_t(std::ranges::lower_bound(nodes, id) - nodes.begin())]; };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i] <= Bdd::one) {
            p[i] = nodes[i] == Bdd::one ? 1.0 : 0.0;
            continue;
        }
        const Bdd::Node& n = m_bdd.node(nodes[i]);
        const double q = n.variable == forced ? value : m_probabilityOfVariable[std::size_t(n.variable)];
        p[i] = q * at(n.high) + (1.0 - q) * at(n.low);
    }
    return p.back();
}

double ProbabilityAnalysis::unavailability(int topIndex)
{
    const Bdd::NodeId root = rootOf(m_tree.tops[std::size_t(topIndex)].root);
    return probability(m_bdd.reachable(root), -1, 0.0);
}

ProbabilityAnalysis::TopResult ProbabilityAnalysis::analyze(int topIndex)
{
    const Bdd::NodeId root = rootOf(m_tree.tops[std::size_t(topIndex)].root);
    const std::vector<Bdd::NodeId> nodes = m_bdd.reachable(root);
    TopResult result;
    result.unavailability = probability(nodes, -1, 0.0);
    std::vector<int> support;
    for (Bdd::NodeId id : nodes) {
        if (id > Bdd::one)
            support.push_back(m_eventOfVariable[std::size_t(m_bdd.node(id).variable)]);
    }
    std::ranges::sort(support);
    support.erase(std::unique(support.begin(), support.end()), support.end());
    const double p = result.unavailability;
    for (int event : support) {
        if (!m_tree.events[std::size_t(event)].unavailability)
            result.eventsWithoutData.push_back(event);
        const int variable = m_variableOfEvent[std::size_t(event)];
        const double p1 = probability(nodes, variable, 1.0);
        const double p0 = probability(nodes, variable, 0.0);
        Importance importance;
        importance.event = event;
        importance.birnbaum = p1 - p0;
        // p(e) B / P equals (P - P0) / P for the multilinear P, without the cancellation when P0 ~ P.
        const double pe = m_probabilityOfVariable[std::size_t(variable)];
        importance.fussellVesely = p > 0 ? pe * importance.birnbaum / p : 0.0;
        if (p > 0)
            importance.riskAchievementWorth = p1 / p;
        if (p0 > 0)
            importance.riskReductionWorth = p / p0;
        result.importance.push_back(importance);
    }
    return result;
}

std::vector<ProbabilityAnalysis::TopResult> ProbabilityAnalysis::analyzeAll(ProgressSink& progress)
{
    std::vector<TopResult> results;
    const qint64 total = qint64(m_tree.tops.size());
    for (qint64 t = 0; t < total; ++t) {
        if (progress.isCanceled())
            return {};
        results.push_back(analyze(int(t)));
        progress.setProgress(t + 1, total);
    }
    return results;
}

} // namespace nameplan
