// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"
#include "progresssink.h"

#include <QtGlobal>

#include <vector>

namespace nameplan {

// Every combination of up to K candidate basic events, evaluated 64 at a time on all cores.
// The caller chooses the candidates (e.g. only regions and providers). Answers single points
// of failure, the smallest failing combination per top event (its resilience score within
// K), how many top events fail per combination (the survival curve) and the single-outage
// heat map.
class CombinationSearch {
public:
    struct Options {
        std::vector<int> candidates; // event indices; empty: every event
        int maxOrder = 2; // K >= 1
        int threads = 0; // 0: one per core
    };

    struct Result {
        bool canceled = false;
        std::vector<int> candidates; // as searched
        int maxOrder = 0;
        qint64 combinations = 0; // evaluated, the empty set included
        // heatMap[top * candidates.size() + c]: the single outage of candidate c fails the top.
        std::vector<unsigned char> heatMap;
        std::vector<std::vector<int>> spofsPerTop; // event indices whose single outage fails the top
        std::vector<int> spofs; // events whose single outage fails at least one top
        // Per top: size of the smallest failing combination (0: fails with no outage at all;
        // -1: none up to maxOrder) and the first such combination found (event indices).
        std::vector<int> smallestCut;
        std::vector<std::vector<int>> smallestCutExample;
        // failedTopHistogram[k][f]: combinations of exactly k events under which f tops fail.
        std::vector<std::vector<qint64>> failedTopHistogram;

        // Mean fraction of top events that work, over all combinations of exactly k events.
        double survival(int k) const;
    };

    static Result run(const FaultTree& tree, const Options& options, ProgressSink& progress);
};

} // namespace nameplan
