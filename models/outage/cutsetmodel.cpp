// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutsetmodel.h"

#include "analysisresults.h"

namespace nameplan {

CutSetModel::CutSetModel(QObject* parent)
    : AnalysisTableModel({ tr("Service"), tr("Population"), tr("Cut set"), tr("Order") }, parent)
{
}

void CutSetModel::setResults(const AnalysisResults& results)
{
    std::vector<Row> rows;
    const FaultTree& tree = results.tree;
    const std::vector<CutSetFinder::Family>& families = results.cutSets.families;
    for (size_t top = 0; top < families.size() && top < tree.tops.size(); ++top) {
        for (const CutSetFinder::CutSet& set : families[top].cutSets) {
            QStringList members; // outage ids
            for (int event : set)
                members.append(tree.events[size_t(event)].id);
            // The empty set: the service fails with nothing out at all.
            const QString shown = members.isEmpty() ? tr("(always fails)") : members.join(QStringLiteral(" + "));
            rows.push_back(
                { { tree.tops[top].serviceId, tree.tops[top].populationId, shown, int(members.size()) }, members, {} });
        }
    }
    resetRows(std::move(rows));
}

} // namespace nameplan
