// SPDX-License-Identifier: GPL-3.0-or-later
#include "spofmodel.h"

#include "analysisresults.h"
#include "componentkind.h"

#include <algorithm>

namespace nameplan {

SpofModel::SpofModel(QObject* parent)
    : AnalysisTableModel({ tr("Component"), tr("Kind"), tr("Services"), tr("Takes down") }, parent)
{
}

void SpofModel::setResults(const AnalysisResults& results)
{
    std::vector<Row> rows;
    const FaultTree& tree = results.tree;
    for (int event : results.search.spofs) {
        const QString& id = tree.events[size_t(event)].id;
        QStringList services;
        for (size_t top = 0; top < results.search.spofsPerTop.size(); ++top) {
            const std::vector<int>& spofs = results.search.spofsPerTop[top];
            const QString& service = tree.tops[top].serviceId;
            if (std::find(spofs.begin(), spofs.end(), event) != spofs.end() && !services.contains(service))
                services.append(service);
        }
        rows.push_back(
            { { id, ComponentKind::of(results.model, id), int(services.size()), services.join(QStringLiteral(", ")) },
                { id }, tree.events[size_t(event)].label });
    }
    resetRows(std::move(rows));
}

} // namespace nameplan
