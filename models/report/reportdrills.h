// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportbuilder.h"

namespace nameplan {

class Model;

// The report's failover drills (issue 7 item 3, `nameplan report --with-live`): one drill per
// scenario the report shows, the requested outage first, then every saved scenario. Only
// called when the user asks for live work: without it the report never touches the network.
class ReportDrills {
public:
    // Contract: needs a QCoreApplication; appends to data.drills and sets data.drillStatus.
    static void run(const Model& model, const ReportBuilder::Options& options, ReportData& data);
};

} // namespace nameplan
