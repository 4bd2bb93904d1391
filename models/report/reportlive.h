// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdata.h"

#include <QStringList>

namespace nameplan {

class Model;
class ProgressSink;

// The report's live checks (issue 7 item 3, `nameplan report --with-live`): every check of
// `nameplan check FILE` on every zone of the model, and per-authority DNSSEC validation when
// the model has trust anchors, sorted into the report per zone. Only called when the user asks
// for live work: without it the report never touches the network.
class ReportLive {
public:
    // Contract: needs a QCoreApplication, never on a GUI thread (blocking walk and checks);
    // fills data.liveZones, the run's times and raw observations, and sets data.liveStatus.
    // Reports its phase and answered probes to progress, and stops within about 50 ms of
    // progress.isCanceled() (data is then incomplete: drop it). Returns the checks that could
    // not be made (no request, authorities that never answered, a run cut at its deadline),
    // which the report also says; empty when every check was made.
    static QStringList run(const Model& model, ReportData& data, ProgressSink& progress);
};

} // namespace nameplan
