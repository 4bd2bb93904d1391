// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportbuilder.h"

namespace nameplan {

class Model;
class ProgressSink;

// The report's failover drills (issue 7 item 3, `nameplan report --with-live`): one drill per
// scenario the report shows, the requested outage first, then every saved scenario. Only
// called when the user asks for live work: without it the report never touches the network.
class ReportDrills {
public:
    // Contract: needs a QCoreApplication; appends to data.drills and sets data.drillStatus.
    // Reports "Drill i of n" to progress and stops within about 50 ms of
    // progress.isCanceled() (data is then incomplete: drop it). Returns the drills that could
    // not be run, with why, as data.drillStatus lists them.
    static QStringList run(
        const Model& model, const ReportBuilder::Options& options, ReportData& data, ProgressSink& progress);
};

} // namespace nameplan
