// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livefinding.h"
#include "liveprobe.h"
#include "zoneevidence.h"

namespace nameplan {

// Turns the evidence of a run into findings: per zone, the checks of each authority address
// (ServerChecks) and then the comparisons between them (ConsistencyChecks). A pure function:
// the same probes always give the same findings, so stored evidence can be judged again.
class LiveJudge {
public:
    // probes must be LiveProbe::plan(request) with their results filled in.
    static QList<LiveFinding> judge(const LiveCheckRequest& request, const QList<LiveProbe>& probes);

private:
    // The "delegation" check: how the walk from the roots went (LiveZoneTarget::walk).
    static void delegation(const ZoneEvidence& zone, QList<LiveFinding>& out);
};

} // namespace nameplan
