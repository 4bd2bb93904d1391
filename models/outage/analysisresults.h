// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "combinationsearch.h"
#include "cutsetfinder.h"
#include "faulttree.h"
#include "independencereport.h"
#include "model.h"
#include "probabilityanalysis.h"

#include <QMetaType>

#include <optional>
#include <vector>

namespace nameplan {

// Everything one background analysis produced, as a value: the views' item models and charts
// read it on the GUI thread while the next analysis may already run.
struct AnalysisResults {
    Model model;
    std::optional<qint64> duration;
    FaultTree tree;
    CombinationSearch::Result search; // SPOFs, heat map, survival; up to search.maxOrder
    int cutSetOrder = 0;
    CutSetFinder::Result cutSets; // one family per top event, truncated at cutSetOrder
    std::vector<ProbabilityAnalysis::TopResult> probabilities; // per top event; empty when skipped
    std::vector<IndependenceReport::ZoneReport> independence;
};

} // namespace nameplan

Q_DECLARE_METATYPE(nameplan::AnalysisResults)
