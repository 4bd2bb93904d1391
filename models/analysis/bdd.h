// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <unordered_map>
#include <vector>

namespace nameplan {

// A reduced ordered binary decision diagram (Bryant 1986) over variables 0..n-1, tested in
// that order from the root. Nodes are hash-consed, so equal functions are equal node ids, and
// a node's children always have smaller ids than the node: walking ids upwards visits children
// before parents. Not thread-safe.
class Bdd {
public:
    using NodeId = int;
    static constexpr NodeId zero = 0; // the constant false
    static constexpr NodeId one = 1; // the constant true

    struct Node {
        int variable; // terminals: INT_MAX
        NodeId low; // the function when the variable is false
        NodeId high; // ... when it is true
    };

    Bdd();

    NodeId variable(int index);
    NodeId conjunction(NodeId f, NodeId g);
    NodeId disjunction(NodeId f, NodeId g);

    const Node& node(NodeId id) const { return m_nodes[std::size_t(id)]; }
    qint64 nodeCount() const { return qint64(m_nodes.size()); }
    // Ids of the nodes reachable from root, terminals included, in ascending order.
    std::vector<NodeId> reachable(NodeId root) const;

private:
    enum class Op : unsigned char { And, Or };

    struct Key {
        qint64 a;
        qint64 b;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept
        {
            return std::size_t(key.a * 0x9E3779B97F4A7C15LL) ^ std::size_t(key.b * 0xC2B2AE3D27D4EB4FLL);
        }
    };

    NodeId make(int variable, NodeId low, NodeId high);
    NodeId apply(Op op, NodeId f, NodeId g);

    std::vector<Node> m_nodes;
    std::unordered_map<Key, NodeId, KeyHash> m_unique; // (variable, low, high) -> node
    std::unordered_map<Key, NodeId, KeyHash> m_computed; // (op, f, g) -> result
};

} // namespace nameplan
