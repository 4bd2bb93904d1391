// SPDX-License-Identifier: GPL-3.0-or-later
#include "bdd.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace nameplan {

Bdd::Bdd()
    : m_nodes { { INT_MAX, zero, zero }, { INT_MAX, one, one } }
{
}

Bdd::NodeId Bdd::variable(int index)
{
    return make(index, zero, one);
}

Bdd::NodeId Bdd::conjunction(NodeId f, NodeId g)
{
    return apply(Op::And, f, g);
}

Bdd::NodeId Bdd::disjunction(NodeId f, NodeId g)
{
    return apply(Op::Or, f, g);
}

// Contract: low and high are existing nodes whose variables come after `variable`.
Bdd::NodeId Bdd::make(int variable, NodeId low, NodeId high)
{
    if (low == high)
        return low; // the variable does not matter here: the reduction rule
    const Key key { qint64(variable), (qint64(low) << 32) | qint64(high) };
    const auto [it, inserted] = m_unique.try_emplace(key, NodeId(m_nodes.size()));
    if (inserted)
        m_nodes.push_back({ variable, low, high });
    return it->second;
}

// Shannon expansion on the earlier of the two top variables, memoised per (op, f, g).
Bdd::NodeId Bdd::apply(Op op, NodeId f, NodeId g)
{
    const NodeId absorbing = op == Op::And ? zero : one;
    const NodeId neutral = op == Op::And ? one : zero;
    if (f == absorbing || g == absorbing)
        return absorbing;
    if (f == neutral || f == g)
        return g;
    if (g == neutral)
        return f;
    if (f > g)
        std::swap(f, g);
    const Key key { (qint64(op) << 32) | qint64(f), qint64(g) };
    if (const auto it = m_computed.find(key); it != m_computed.end())
        return it->second;
    const Node nf = node(f);
    const Node ng = node(g);
    const int top = std::min(nf.variable, ng.variable);
    const NodeId low = apply(op, nf.variable == top ? nf.low : f, ng.variable == top ? ng.low : g);
    const NodeId high = apply(op, nf.variable == top ? nf.high : f, ng.variable == top ? ng.high : g);
    const NodeId result = make(top, low, high);
    m_computed.emplace(key, result);
    return result;
}

std::vector<Bdd::NodeId> Bdd::reachable(NodeId root) const
{
    std::vector<char> seen(m_nodes.size(), 0);
    std::vector<NodeId> stack { root };
    std::vector<NodeId> found;
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        if (std::exchange(seen[std::size_t(id)], 1))
            continue;
        found.push_back(id);
        if (id > one) {
            stack.push_back(node(id).low);
            stack.push_back(node(id).high);
        }
    }
    std::ranges::sort(found);
    return found;
}

} // namespace nameplan
