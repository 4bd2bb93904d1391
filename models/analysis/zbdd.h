// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace nameplan {

// A zero-suppressed binary decision diagram (Minato, 1993) over variables 0..n-1: each node
// stands for a family of sets of variables, and families that share subsets share nodes. This
// is the representation behind minimal cut sets: the operations are the family algebra of the
// fault tree (union for OR, product for AND) with order truncation and minimisation (Rauzy,
// "New algorithms for fault trees analysis", 1993). Variable 0 is closest to the root.
//
// Not thread-safe while building; the finished diagram may be read from several threads.
class Zbdd {
public:
    using Node = std::uint32_t;
    static constexpr Node empty = 0; // the empty family {}: never fails
    static constexpr Node base = 1; // the family {{}}: fails under every outage set

    struct Truncated {
        Node node;
        bool dropped; // sets above the order limit were left out
    };

    Zbdd();

    Node single(int variable); // {{variable}}
    Node unite(Node f, Node g);
    // {a | b : a in f, b in g, |a | b| <= order}; order < 0 leaves nothing.
    Truncated product(Node f, Node g, int order);
    // The sets of f that contain no other set of f.
    Node minimal(Node f);
    double count(Node f); // number of sets, as a double: it can exceed 2^64 for complete families
    std::size_t nodeCount() const { return m_nodes.size(); }

    // Calls visit with every set of f, each as its variables in increasing order.
    void forEachSet(Node f, const std::function<void(const std::vector<int>&)>& visit) const;

private:
    struct Entry {
        int variable;
        Node high; // the sets that contain variable (without it)
        Node low; // the sets that do not
        bool withEmptySet; // the family holds {}
    };

    // A direct-mapped memo of one operation: a lost entry only costs its recomputation.
    struct CacheLine {
        std::uint64_t key = ~std::uint64_t(0);
        std::uint32_t extra = 0;
        Node result = 0;
        bool flag = false;
    };

    int variable(Node f) const { return m_nodes[f].variable; }
    bool terminal(Node f) const { return f <= base; }
    bool hasEmptySet(Node f) const;
    Node make(int variable, Node high, Node low);
    void growUniqueTable();
    void growCaches();
    Node without(Node f, Node g); // the sets of f that contain no set of g
    Truncated truncate(Node f, int order);
    int maxSize(Node f);
    bool isMinimal(Node f) const;
    void markMinimal(Node f);
    CacheLine& line(std::vector<CacheLine>& cache, std::uint64_t key, std::uint32_t extra) const;

    std::vector<Entry> m_nodes;
    std::vector<Node> m_unique; // open addressing over m_nodes, 0 = free slot
    std::vector<CacheLine> m_uniteCache;
    std::vector<CacheLine> m_productCache;
    std::vector<CacheLine> m_minimalCache;
    std::vector<CacheLine> m_withoutCache;
    std::vector<CacheLine> m_truncateCache;
    std::vector<int> m_maxSize; // per node, -1 = not computed
    std::vector<double> m_count; // per node, -1 = not computed
    std::vector<char> m_minimal; // per node: known to hold no set that contains another
};

} // namespace nameplan
