// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsetfinder.h"

#include "zbdd.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <thread>
#include <utility>

namespace nameplan {

namespace {

using CutSet = CutSetFinder::CutSet;
using Family = CutSetFinder::Family;
using Status = CutSetFinder::Status;
using NodeKind = FaultTree::NodeKind;

bool shorterOrLexLess(const CutSet& a, const CutSet& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// The minimal cut sets of every needed gate as one shared ZBDD, a node per gate. The ZBDD's
// variables are the basic events in a depth-first order (see orderVariables).
class GateEvaluator {
public:
    GateEvaluator(const FaultTree& tree, const CutSetFinder::Options& options)
        : m_tree(tree)
        , m_maxOrder(options.maxOrder <= CutSetFinder::unboundedOrder ? INT_MAX : options.maxOrder)
        , m_budget(double(options.maxSetsPerGate))
        , m_nodes(tree.gates.size(), Zbdd::empty)
        , m_truncated(tree.gates.size(), false)
    {
        orderVariables();
    }

    // Computes gate g from its inputs, which must be done. False when the work budget is exceeded.
    bool evaluate(int g)
    {
        const FaultTree::Gate& gate = m_tree.gates[std::size_t(g)];
        bool truncated = false;
        std::vector<Zbdd::Node> inputs;
        inputs.reserve(gate.inputs.size());
        for (const FaultTree::NodeRef& input : gate.inputs) {
            inputs.push_back(nodeOf(input));
            truncated = truncated || truncatedOf(input);
        }
        const Zbdd::Node result = gate.type == FaultTree::GateType::Or ? unite(inputs) : multiply(inputs, truncated);
        if (result == Zbdd::base)
            truncated = false; // fails under every outage set: nothing can be missing
        m_nodes[std::size_t(g)] = result;
        m_truncated[std::size_t(g)] = truncated;
        return m_zbdd.count(result) <= m_budget;
    }

    Zbdd::Node nodeOf(const FaultTree::NodeRef& node)
    {
        switch (node.kind) {
        case NodeKind::Gate:
            return m_nodes[std::size_t(node.index)];
        case NodeKind::Event:
            return m_zbdd.single(m_variableOf[std::size_t(node.index)]);
        case NodeKind::Failed:
            return Zbdd::base;
        case NodeKind::Working:
            break;
        }
        return Zbdd::empty;
    }

    bool truncatedOf(const FaultTree::NodeRef& node) const
    {
        return node.kind == NodeKind::Gate && m_truncated[std::size_t(node.index)];
    }

    // Reads the finished diagram only: safe from several threads.
    Family family(Zbdd::Node node, bool truncated) const
    {
        Family family;
        family.truncated = truncated;
        m_zbdd.forEachSet(node, [&](const std::vector<int>& variables) {
            CutSet set;
            set.reserve(variables.size());
            for (int variable : variables)
                set.push_back(m_eventOf[std::size_t(variable)]);
            std::ranges::sort(set);
            family.cutSets.push_back(std::move(set));
        });
        std::ranges::sort(family.cutSets, shorterOrLexLess);
        return family;
    }

private:
    // Events in the order a depth-first walk from the tops meets them: events that fail the
    // same gates end up next to each other, which keeps the diagram small (the classic
    // heuristic for BDD variable order in fault trees).
    void orderVariables()
    {
        m_variableOf.assign(m_tree.events.size(), -1);
        std::vector<char> seen(m_tree.gates.size(), 0);
        std::vector<FaultTree::NodeRef> stack;
        for (auto top = m_tree.tops.rbegin(); top != m_tree.tops.rend(); ++top)
            stack.push_back(top->root);
        while (!stack.empty()) {
            const FaultTree::NodeRef node = stack.back();
            stack.pop_back();
            if (node.kind == NodeKind::Event && m_variableOf[std::size_t(node.index)] < 0) {
                m_variableOf[std::size_t(node.index)] = int(m_eventOf.size());
                m_eventOf.push_back(node.index);
            } else if (node.kind == NodeKind::Gate && !std::exchange(seen[std::size_t(node.index)], 1)) {
                const std::vector<FaultTree::NodeRef>& inputs = m_tree.gates[std::size_t(node.index)].inputs;
                stack.insert(stack.end(), inputs.rbegin(), inputs.rend());
            }
        }
        for (std::size_t e = 0; e < m_variableOf.size(); ++e) {
            if (m_variableOf[e] < 0) { // under no top: last
                m_variableOf[e] = int(m_eventOf.size());
                m_eventOf.push_back(int(e));
            }
        }
    }

    Zbdd::Node unite(const std::vector<Zbdd::Node>& inputs)
    {
        Zbdd::Node all = Zbdd::empty;
        for (Zbdd::Node input : inputs)
            all = m_zbdd.unite(all, input);
        return m_zbdd.minimal(all);
    }

    // Smallest families first keeps the intermediate products small; each product is
    // minimised before the next, so the truncation flag means what it meant for the inputs.
    Zbdd::Node multiply(std::vector<Zbdd::Node> inputs, bool& truncated)
    {
        std::ranges::sort(inputs, {}, [&](Zbdd::Node n) { return m_zbdd.count(n); });
        Zbdd::Node product = Zbdd::base;
        for (Zbdd::Node input : inputs) {
            const Zbdd::Truncated step = m_zbdd.product(product, input, m_maxOrder);
            truncated = truncated || step.dropped;
            product = m_zbdd.minimal(step.node);
            if (product == Zbdd::empty)
                break; // can never fail (below the order limit)
        }
        return product;
    }

    const FaultTree& m_tree;
    const int m_maxOrder;
    const double m_budget;
    Zbdd m_zbdd;
    std::vector<int> m_variableOf; // basic event -> ZBDD variable
    std::vector<int> m_eventOf; // ZBDD variable -> basic event
    std::vector<Zbdd::Node> m_nodes;
    std::vector<char> m_truncated;
};

// Gates reachable from the roots, in index order: a gate's inputs come before it.
std::vector<int> gatesUnder(const FaultTree& tree, std::span<const FaultTree::NodeRef> roots)
{
    std::vector<char> needed(tree.gates.size(), 0);
    std::vector<int> stack;
    for (const FaultTree::NodeRef& root : roots) {
        if (root.kind == NodeKind::Gate)
            stack.push_back(root.index);
    }
    while (!stack.empty()) {
        const int g = stack.back();
        stack.pop_back();
        if (std::exchange(needed[std::size_t(g)], 1))
            continue;
        for (const FaultTree::NodeRef& input : tree.gates[std::size_t(g)].inputs) {
            if (input.kind == NodeKind::Gate)
                stack.push_back(input.index);
        }
    }
    std::vector<int> gates;
    for (std::size_t g = 0; g < tree.gates.size(); ++g) {
        if (needed[g])
            gates.push_back(int(g));
    }
    return gates;
}

int workerCount(const CutSetFinder::Options& options)
{
    const int cores = int(std::max(1U, std::thread::hardware_concurrency()));
    return options.threads > 0 ? options.threads : cores;
}

} // namespace

CutSetFinder::CutSetFinder(const FaultTree& tree)
    : CutSetFinder(tree, Options {})
{
}

CutSetFinder::CutSetFinder(const FaultTree& tree, Options options)
    : m_tree(tree)
    , m_options(options)
{
}

CutSetFinder::Result CutSetFinder::forTop(int topIndex, ProgressSink& progress) const
{
    const FaultTree::NodeRef root = m_tree.tops[std::size_t(topIndex)].root;
    return forNodes(std::span(&root, 1), progress);
}

CutSetFinder::Result CutSetFinder::forAllTops(ProgressSink& progress) const
{
    std::vector<FaultTree::NodeRef> roots;
    roots.reserve(m_tree.tops.size());
    for (const FaultTree::TopEvent& top : m_tree.tops)
        roots.push_back(top.root);
    return forNodes(roots, progress);
}

// The diagram is built on one thread (its operations share one memo, which is what makes them
// fast); writing the families out, the larger part of the work for many tops, runs on all cores.
CutSetFinder::Result CutSetFinder::forNodes(std::span<const FaultTree::NodeRef> roots, ProgressSink& progress) const
{
    GateEvaluator evaluator(m_tree, m_options);
    const std::vector<int> gates = gatesUnder(m_tree, roots);
    const qint64 total = qint64(gates.size()) + qint64(roots.size());
    qint64 done = 0;
    for (int g : gates) {
        if (progress.isCanceled())
            return Result { Status::Canceled, {} };
        if (!evaluator.evaluate(g))
            return Result { Status::BudgetExceeded, {} };
        progress.setProgress(++done, total);
    }

    std::vector<Zbdd::Node> nodes;
    for (const FaultTree::NodeRef& root : roots)
        nodes.push_back(evaluator.nodeOf(root));
    Result result;
    result.families.resize(roots.size());
    std::atomic<std::size_t> next = 0;
    std::atomic<qint64> written = done;
    std::atomic<bool> canceled = false;
    auto work = [&] {
        for (std::size_t i = next++; i < roots.size() && !canceled; i = next++) {
            if (progress.isCanceled())
                canceled = true;
            result.families[i] = evaluator.family(nodes[i], evaluator.truncatedOf(roots[i]));
            progress.setProgress(++written, total);
        }
    };
    std::vector<std::jthread> helpers;
    for (int t = 1; t < std::min<int>(workerCount(m_options), int(roots.size())); ++t)
        helpers.emplace_back(work);
    work();
    helpers.clear(); // joins
    if (canceled)
        return Result { Status::Canceled, {} };
    return result;
}

} // namespace nameplan
