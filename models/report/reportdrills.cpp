// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdrills.h"

#include "countednoun.h"
#include "drillrunner.h"
#include "model.h"
#include "progresssink.h"

namespace nameplan {

QStringList ReportDrills::run(
    const Model& model, const ReportBuilder::Options& options, ReportData& data, ProgressSink& progress)
{
    struct Planned {
        QString id;
        QString name;
        QStringList outages;
        std::optional<qint64> duration;
    };
    std::vector<Planned> planned;
    if (!options.outages.isEmpty())
        planned.push_back(
            { QStringLiteral("requested"), QStringLiteral("Requested outage"), options.outages, options.duration });
    for (const Scenario& scenario : model.scenarios)
        planned.push_back({ scenario.id, scenario.name.isEmpty() ? scenario.id : scenario.name, scenario.outages,
            scenario.duration });
    int disagreeing = 0;
    QStringList problems;
    for (size_t i = 0; i < planned.size() && !progress.isCanceled(); ++i) {
        const Planned& p = planned[i];
        progress.setPhase(QStringLiteral("Drill %1 of %2: %3…").arg(i + 1).arg(planned.size()).arg(p.name));
        progress.setProgress(qint64(i), qint64(planned.size()));
        DrillRunner::Options drill;
        drill.outages = p.outages;
        drill.durationSeconds = p.duration;
        drill.cancelled = [&progress] { return progress.isCanceled(); };
        QString error;
        std::optional<DrillResult> result = DrillRunner::run(model, drill, &error);
        if (!result) {
            problems.append(QStringLiteral("%1: %2").arg(p.name, error));
            continue;
        }
        result->modelPath = data.modelFile;
        result->modelSha256 = data.modelSha256;
        disagreeing += result->agrees() ? 0 : 1;
        data.drills.push_back({ p.id, p.name, std::move(*result) });
    }
    data.drillStatus = planned.empty()
        ? QStringLiteral("No drill was run: the model names no scenarios and none was given with --outage.")
        : QStringLiteral("%1 run; model and reality disagree in %2.")
              .arg(countedNoun(qsizetype(data.drills.size()), QStringLiteral("drill")))
              .arg(disagreeing);
    if (!problems.isEmpty())
        data.drillStatus += QStringLiteral(" Not run: ") + problems.join(QStringLiteral("; "));
    return problems;
}

} // namespace nameplan
