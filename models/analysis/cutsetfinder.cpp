// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsetfinder.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <climits>
#include <thread>
#include <unordered_set>

namespace nameplan {

namespace {

using CutSet = CutSetFinder::CutSet;
using Family = CutSetFinder::Family;
using Status = CutSetFinder::Status;
using NodeKind = FaultTree::NodeKind;

// Sets with more events than this are checked for subsumption pairwise instead of by
// looking up each of their 2^n subsets.
constexpr std::size_t maxEnumeratedSubsetSize = 10;

struct SpanHash {
    using is_transparent = void;
    std::size_t operator()(std::span<const int> set) const noexcept
    {
        std::size_t hash = 1469598103934665603ULL;
        for (int event : set)
            hash = (hash ^ std::size_t(unsigned(event))) * 1099511628211ULL;
        return hash;
    }
};

struct SpanEqual {
    using is_transparent = void;
    bool operator()(std::span<const int> a, std::span<const int> b) const noexcept { return std::ranges::equal(a, b); }
};

using SetIndex = std::unordered_set<std::span<const int>, SpanHash, SpanEqual>;

quint64 signature(const CutSet& set)
{
    quint64 bits = 0;
    for (int event : set)
        bits |= quint64(1) << (unsigned(event) % 64);
    return bits;
}

// The kept (minimal) sets so far, all smaller than or as small as any set still to come.
class MinimalSets {
public:
    explicit MinimalSets(std::size_t capacity)
    {
        // Reserved so that the spans in m_index stay valid: kept sets never move their data.
        m_kept.reserve(capacity);
        m_index.reserve(capacity);
    }

    // Keeps set unless a kept set is a proper subset of it. Contract: sets arrive sorted by
    // size and without duplicates.
    void offer(CutSet&& set)
    {
        if (containsSubsetOf(set))
            return;
        m_sizes |= quint64(1) << std::min<std::size_t>(set.size(), 63);
        m_signatures.push_back(signature(set));
        m_kept.push_back(std::move(set));
        m_index.insert(std::span<const int>(m_kept.back()));
    }

    std::vector<CutSet> take() { return std::move(m_kept); }

private:
    bool containsSubsetOf(const CutSet& set) const
    {
        return set.size() <= maxEnumeratedSubsetSize ? lookUpSubsets(set) : scanForSubset(set);
    }

    bool lookUpSubsets(const CutSet& set) const
    {
        const unsigned n = unsigned(set.size());
        int buffer[maxEnumeratedSubsetSize];
        for (unsigned mask = 1; mask + 1 < (1U << n); ++mask) {
            const unsigned size = unsigned(std::popcount(mask));
            if (!(m_sizes & (quint64(1) << size)))
                continue;
            unsigned k = 0;
            for (unsigned i = 0; i < n; ++i) {
                if (mask & (1U << i))
                    buffer[k++] = set[i];
            }
            if (m_index.contains(std::span<const int>(buffer, k)))
                return true;
        }
        return false;
    }

    bool scanForSubset(const CutSet& set) const
    {
        const quint64 bits = signature(set);
        for (std::size_t i = 0; i < m_kept.size() && m_kept[i].size() < set.size(); ++i) {
            if ((m_signatures[i] & ~bits) == 0 && std::ranges::includes(set, m_kept[i]))
                return true;
        }
        return false;
    }

    std::vector<CutSet> m_kept;
    std::vector<quint64> m_signatures;
    SetIndex m_index;
    quint64 m_sizes = 0;
};

bool shorterOrLexLess(const CutSet& a, const CutSet& b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Removes duplicates and every set that contains another set.
std::vector<CutSet> minimize(std::vector<CutSet> sets)
{
    std::ranges::sort(sets, shorterOrLexLess);
    sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
    if (!sets.empty() && sets.front().empty())
        return { CutSet {} };
    MinimalSets minimal(sets.size());
    for (CutSet& set : sets)
        minimal.offer(std::move(set));
    return minimal.take();
}

class GateEvaluator {
public:
    GateEvaluator(const FaultTree& tree, const CutSetFinder::Options& options, std::vector<Family>& families)
        : m_tree(tree)
        , m_maxOrder(options.maxOrder <= CutSetFinder::unboundedOrder ? INT_MAX : options.maxOrder)
        , m_budget(options.maxSetsPerGate)
        , m_families(families)
    {
    }

    // Computes the family of gate g from the families of its inputs, which must be done.
    // Returns false when the work budget is exceeded.
    bool evaluate(int g)
    {
        const FaultTree::Gate& gate = m_tree.gates[std::size_t(g)];
        std::vector<Family> scratch; // families of non-gate inputs
        scratch.reserve(gate.inputs.size());
        std::vector<const Family*> inputs;
        for (const FaultTree::NodeRef& input : gate.inputs)
            inputs.push_back(familyOf(input, scratch));
        Family result;
        const bool ok = gate.type == FaultTree::GateType::Or ? unite(inputs, result) : multiply(inputs, result);
        if (!result.cutSets.empty() && result.cutSets.front().empty())
            result.truncated = false; // fails under every outage set: nothing can be missing
        m_families[std::size_t(g)] = std::move(result);
        return ok;
    }

    const Family* familyOf(const FaultTree::NodeRef& node, std::vector<Family>& scratch) const
    {
        switch (node.kind) {
        case NodeKind::Gate:
            return &m_families[std::size_t(node.index)];
        case NodeKind::Event:
            scratch.push_back(Family { { CutSet { node.index } }, false });
            break;
        case NodeKind::Failed:
            scratch.push_back(Family { { CutSet {} }, false });
            break;
        case NodeKind::Working:
            scratch.push_back(Family {});
            break;
        }
        return &scratch.back();
    }

private:
    bool unite(const std::vector<const Family*>& inputs, Family& result) const
    {
        std::vector<CutSet> all;
        for (const Family* input : inputs) {
            all.insert(all.end(), input->cutSets.begin(), input->cutSets.end());
            result.truncated = result.truncated || input->truncated;
        }
        result.cutSets = minimize(std::move(all));
        return qint64(result.cutSets.size()) <= m_budget;
    }

    bool multiply(std::vector<const Family*> inputs, Family& result) const
    {
        // Smallest families first keeps the intermediate products small.
        std::ranges::sort(inputs, {}, [](const Family* f) { return f->cutSets.size(); });
        result.cutSets = { CutSet {} };
        for (const Family* input : inputs) {
            result.truncated = result.truncated || input->truncated;
            if (input->cutSets.size() == 1 && input->cutSets.front().empty())
                continue; // a Failed input: neutral for AND
            if (!product(result, *input))
                return false;
            if (result.cutSets.empty())
                return true; // can never fail (below the order limit)
        }
        return true;
    }

    // acc := minimal sets of {a | b : a in acc, b in other, |a | b| <= K}.
    bool product(Family& acc, const Family& other) const
    {
        std::vector<CutSet> out;
        CutSet merged;
        for (const CutSet& a : acc.cutSets) {
            for (const CutSet& b : other.cutSets) {
                merged.clear();
                std::ranges::set_union(a, b, std::back_inserter(merged));
                if (int(merged.size()) > m_maxOrder) {
                    acc.truncated = true;
                    continue;
                }
                out.push_back(merged);
            }
            if (qint64(out.size()) > 4 * m_budget)
                return false;
        }
        acc.cutSets = minimize(std::move(out));
        return qint64(acc.cutSets.size()) <= m_budget;
    }

    const FaultTree& m_tree;
    const int m_maxOrder;
    const qint64 m_budget;
    std::vector<Family>& m_families;
};

// Gates reachable from the roots, grouped by level: a gate's inputs are all on lower levels.
std::vector<std::vector<int>> levelsOfGatesUnder(const FaultTree& tree, std::span<const FaultTree::NodeRef> roots)
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
    std::vector<int> level(tree.gates.size(), 0);
    std::vector<std::vector<int>> levels;
    for (std::size_t g = 0; g < tree.gates.size(); ++g) {
        if (!needed[g])
            continue;
        for (const FaultTree::NodeRef& input : tree.gates[g].inputs) {
            if (input.kind == NodeKind::Gate)
                level[g] = std::max(level[g], level[std::size_t(input.index)] + 1);
        }
        if (std::size_t(level[g]) >= levels.size())
            levels.resize(std::size_t(level[g]) + 1);
        levels[std::size_t(level[g])].push_back(int(g));
    }
    return levels;
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

CutSetFinder::Result CutSetFinder::forNodes(std::span<const FaultTree::NodeRef> roots, ProgressSink& progress) const
{
    std::vector<Family> families(m_tree.gates.size());
    GateEvaluator evaluator(m_tree, m_options, families);
    const std::vector<std::vector<int>> levels = levelsOfGatesUnder(m_tree, roots);
    qint64 total = 0;
    for (const std::vector<int>& level : levels)
        total += qint64(level.size());

    std::atomic<qint64> done = 0;
    std::atomic<Status> status = Status::Done;
    const int workers = workerCount(m_options);
    for (const std::vector<int>& level : levels) {
        std::atomic<std::size_t> next = 0;
        auto work = [&] {
            for (std::size_t i = next++; i < level.size() && status == Status::Done; i = next++) {
                if (progress.isCanceled()) {
                    status = Status::Canceled;
                    return;
                }
                if (!evaluator.evaluate(level[i]))
                    status = Status::BudgetExceeded;
                progress.setProgress(++done, total);
            }
        };
        const int threads = std::min<int>(workers, int(level.size()));
        std::vector<std::jthread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back(work);
        work();
        helpers.clear(); // joins: the next level reads this level's families
        if (status != Status::Done)
            return Result { status, {} };
    }

    Result result;
    std::vector<Family> scratch;
    scratch.reserve(roots.size());
    for (const FaultTree::NodeRef& root : roots)
        result.families.push_back(*evaluator.familyOf(root, scratch));
    return result;
}

} // namespace nameplan
