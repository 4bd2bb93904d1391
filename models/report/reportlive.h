// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdata.h"

namespace nameplan {

class Model;

// The report's live checks (issue 7 item 3, `nameplan report --with-live`): every check of
// `nameplan check FILE` on every zone of the model, and per-authority DNSSEC validation when
// the model has trust anchors, sorted into the report per zone. Only called when the user asks
// for live work: without it the report never touches the network.
class ReportLive {
public:
    // Contract: needs a QCoreApplication, never on a GUI thread (blocking walk and checks);
    // fills data.liveZones, the run's times and raw observations, and sets data.liveStatus.
    static void run(const Model& model, ReportData& data);
};

} // namespace nameplan
