// SPDX-License-Identifier: GPL-3.0-or-later
#include "zbdd.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace nameplan {

namespace {

// Terminals sort after every variable, so "the smaller variable" is always a real one.
constexpr int terminalVariable = INT_MAX;
// maxSize of the empty family: below any real size, and safe to add one to.
constexpr int noSets = INT_MIN / 2;
constexpr std::size_t minCacheLines = std::size_t(1) << 12;
constexpr std::size_t maxCacheLines = std::size_t(1) << 21;

std::uint64_t pair(Zbdd::Node a, Zbdd::Node b)
{
    return (std::uint64_t(a) << 32) | b;
}

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finaliser: cheap, and spreads consecutive node numbers over the table.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

Zbdd::Zbdd()
    : m_nodes { { terminalVariable, empty, empty, false }, { terminalVariable, base, base, true } }
    , m_unique(1024, 0)
    , m_uniteCache(minCacheLines)
    , m_productCache(minCacheLines)
    , m_minimalCache(minCacheLines)
    , m_withoutCache(minCacheLines)
    , m_truncateCache(minCacheLines)
{
}

// The memos grow with the diagram (a small tree should not pay for clearing megabytes); they
// are lossy, so growing simply starts them afresh.
void Zbdd::growCaches()
{
    const std::size_t lines = m_uniteCache.size() * 4;
    for (std::vector<CacheLine>* cache :
        { &m_uniteCache, &m_productCache, &m_minimalCache, &m_withoutCache, &m_truncateCache })
        cache->assign(lines, CacheLine {});
}

Zbdd::Node Zbdd::single(int variable)
{
    return make(variable, base, empty);
}

bool Zbdd::hasEmptySet(Node f) const
{
    return m_nodes[f].withEmptySet;
}

Zbdd::Node Zbdd::make(int variable, Node high, Node low)
{
    if (high == empty)
        return low; // zero suppression: no set contains variable
    const std::size_t mask = m_unique.size() - 1;
    std::size_t slot = mix(pair(high, low) ^ (std::uint64_t(unsigned(variable)) << 40)) & mask;
    while (const Node existing = m_unique[slot]) {
        const Entry& e = m_nodes[existing];
        if (e.variable == variable && e.high == high && e.low == low)
            return existing;
        slot = (slot + 1) & mask;
    }
    const Node node = Node(m_nodes.size());
    m_nodes.push_back({ variable, high, low, m_nodes[low].withEmptySet }); // {} can only be in the low branch
    m_unique[slot] = node;
    if (m_nodes.size() * 2 > m_unique.size())
        growUniqueTable();
    if (m_nodes.size() > m_uniteCache.size() && m_uniteCache.size() < maxCacheLines)
        growCaches();
    return node;
}

void Zbdd::growUniqueTable()
{
    m_unique.assign(m_unique.size() * 2, 0);
    const std::size_t mask = m_unique.size() - 1;
    for (Node node = base + 1; node < m_nodes.size(); ++node) {
        const Entry& e = m_nodes[node];
        std::size_t slot = mix(pair(e.high, e.low) ^ (std::uint64_t(unsigned(e.variable)) << 40)) & mask;
        while (m_unique[slot])
            slot = (slot + 1) & mask;
        m_unique[slot] = node;
    }
}

Zbdd::CacheLine& Zbdd::line(std::vector<CacheLine>& cache, std::uint64_t key, std::uint32_t extra) const
{
    return cache[mix(key ^ (std::uint64_t(extra) * 0x9e3779b97f4a7c15ULL)) & (cache.size() - 1)];
}

Zbdd::Node Zbdd::unite(Node f, Node g)
{
    if (f == empty || f == g)
        return g;
    if (g == empty)
        return f;
    if (f > g)
        std::swap(f, g); // commutative: one cache entry for both orders
    if (const CacheLine& memo = line(m_uniteCache, pair(f, g), 0); memo.key == pair(f, g))
        return memo.result;
    const Entry a = m_nodes[f];
    const Entry b = m_nodes[g];
    Node result;
    if (a.variable < b.variable)
        result = make(a.variable, a.high, unite(a.low, g));
    else if (a.variable > b.variable)
        result = make(b.variable, b.high, unite(f, b.low));
    else
        result = make(a.variable, unite(a.high, b.high), unite(a.low, b.low));
    line(m_uniteCache, pair(f, g), 0) = { pair(f, g), 0, result, false }; // looked up again: caches grow
    return result;
}

int Zbdd::maxSize(Node f)
{
    if (f == empty)
        return noSets;
    if (f == base)
        return 0;
    if (m_maxSize.size() < m_nodes.size())
        m_maxSize.resize(m_nodes.size(), -1);
    if (m_maxSize[f] < 0) {
        const Entry e = m_nodes[f];
        const int size = std::max(maxSize(e.high) + 1, maxSize(e.low));
        m_maxSize[f] = size;
    }
    return m_maxSize[f];
}

Zbdd::Truncated Zbdd::truncate(Node f, int order)
{
    if (f == empty)
        return { empty, false };
    if (order < 0)
        return { empty, true };
    if (maxSize(f) <= order)
        return { f, false };
    if (const CacheLine& memo = line(m_truncateCache, f, std::uint32_t(order));
        memo.key == f && memo.extra == std::uint32_t(order))
        return { memo.result, memo.flag };
    const Entry e = m_nodes[f];
    const Truncated high = truncate(e.high, order - 1);
    const Truncated low = truncate(e.low, order);
    const Truncated result { make(e.variable, high.node, low.node), high.dropped || low.dropped };
    line(m_truncateCache, f, std::uint32_t(order)) = { f, std::uint32_t(order), result.node, result.dropped };
    return result;
}

Zbdd::Truncated Zbdd::product(Node f, Node g, int order)
{
    if (f == empty || g == empty)
        return { empty, false };
    if (order < 0)
        return { empty, true };
    if (f == base)
        return truncate(g, order);
    if (g == base)
        return truncate(f, order);
    if (f > g)
        std::swap(f, g);
    if (const CacheLine& memo = line(m_productCache, pair(f, g), std::uint32_t(order));
        memo.key == pair(f, g) && memo.extra == std::uint32_t(order))
        return { memo.result, memo.flag };
    const Entry a = m_nodes[f];
    const Entry b = m_nodes[g];
    Truncated result;
    if (a.variable != b.variable) {
        // Only one side can hold the smaller variable: split that side, keep the other whole.
        const bool aFirst = a.variable < b.variable;
        const Entry& split = aFirst ? a : b;
        const Node other = aFirst ? g : f;
        const Truncated high = product(split.high, other, order - 1);
        const Truncated low = product(split.low, other, order);
        result = { make(split.variable, high.node, low.node), high.dropped || low.dropped };
    } else {
        // (v.a1 + a0)(v.b1 + b0) = v.(a1.b1 + a1.b0 + a0.b1) + a0.b0
        const Truncated both = product(a.high, b.high, order - 1);
        const Truncated left = product(a.high, b.low, order - 1);
        const Truncated right = product(a.low, b.high, order - 1);
        const Truncated low = product(a.low, b.low, order);
        const Node high = unite(unite(both.node, left.node), right.node);
        result = { make(a.variable, high, low.node), both.dropped || left.dropped || right.dropped || low.dropped };
    }
    line(m_productCache, pair(f, g), std::uint32_t(order))
        = { pair(f, g), std::uint32_t(order), result.node, result.dropped };
    return result;
}

Zbdd::Node Zbdd::without(Node f, Node g)
{
    if (g == empty || f == empty)
        return f;
    if (f == g || hasEmptySet(g))
        return empty; // every set of f contains itself, or the empty set
    if (f == base)
        return base; // g has no empty set, so nothing of g fits into {}
    if (const CacheLine& memo = line(m_withoutCache, pair(f, g), 0); memo.key == pair(f, g))
        return memo.result;
    const Entry a = m_nodes[f];
    const Entry b = m_nodes[g];
    Node result;
    if (a.variable < b.variable) // no set of g holds a.variable: it changes nothing
        result = make(a.variable, without(a.high, g), without(a.low, g));
    else if (a.variable > b.variable) // the sets of g with b.variable fit into no set of f
        result = without(f, b.low);
    else
        result = make(a.variable, without(without(a.high, b.low), b.high), without(a.low, b.low));
    line(m_withoutCache, pair(f, g), 0) = { pair(f, g), 0, result, false };
    return result;
}

Zbdd::Node Zbdd::minimal(Node f)
{
    if (terminal(f) || isMinimal(f))
        return f;
    if (const CacheLine& memo = line(m_minimalCache, f, 0); memo.key == f)
        return memo.result;
    const Entry e = m_nodes[f];
    // A set without the top variable is minimal when it is among the others without it; a set
    // with it is minimal when it is among those with it and contains no set without it.
    const Node low = minimal(e.low);
    const Node result = make(e.variable, without(minimal(e.high), low), low);
    line(m_minimalCache, f, 0) = { f, 0, result, false };
    markMinimal(result);
    return result;
}

// Families already minimal (every result of minimal(), and so every sub-family of one) are
// flagged, so that minimising them again costs nothing: each gate minimises its inputs' results.
bool Zbdd::isMinimal(Node f) const
{
    return f < m_minimal.size() && m_minimal[f];
}

void Zbdd::markMinimal(Node f)
{
    if (m_minimal.size() < m_nodes.size())
        m_minimal.resize(m_nodes.size(), 0);
    // Every sub-family of a minimal family is minimal; marking stops at marked nodes, so each
    // node is marked once in the diagram's life.
    std::vector<Node> stack { f };
    while (!stack.empty()) {
        const Node node = stack.back();
        stack.pop_back();
        if (terminal(node) || std::exchange(m_minimal[node], 1))
            continue;
        stack.push_back(m_nodes[node].high);
        stack.push_back(m_nodes[node].low);
    }
}

double Zbdd::count(Node f)
{
    if (terminal(f))
        return f == base ? 1.0 : 0.0;
    if (m_count.size() < m_nodes.size())
        m_count.resize(m_nodes.size(), -1.0);
    if (m_count[f] < 0) {
        const Entry e = m_nodes[f];
        const double sets = count(e.high) + count(e.low);
        m_count[f] = sets;
    }
    return m_count[f];
}

void Zbdd::forEachSet(Node f, const std::function<void(const std::vector<int>&)>& visit) const
{
    std::vector<int> path;
    const auto walk = [&](const auto& self, Node node) -> void {
        if (node == empty)
            return;
        if (node == base) {
            visit(path);
            return;
        }
        const Entry& e = m_nodes[node];
        path.push_back(e.variable);
        self(self, e.high);
        path.pop_back();
        self(self, e.low);
    };
    walk(walk, f);
}

} // namespace nameplan
