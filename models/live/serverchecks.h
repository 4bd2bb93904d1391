// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoneevidence.h"

namespace nameplan {

// The checks of one authority address on its own answers: reachable-udp, reachable-tcp,
// authoritative, edns, latency. Pure functions of the evidence.
class ServerChecks {
public:
    // Appends the findings about authority a. A check whose evidence is missing because the
    // server gave no answer at all adds nothing: reachability already reports that once.
    static void judge(const ZoneEvidence& zone, int a, const LiveCheckOptions& options, QList<LiveFinding>& out);

private:
    static LiveFinding reachable(const ZoneEvidence& zone, int a, const LiveProbe* probe, bool tcp);
    static std::optional<LiveFinding> authoritative(const ZoneEvidence& zone, int a);
    static std::optional<LiveFinding> edns(const ZoneEvidence& zone, int a);
    static std::optional<LiveFinding> latency(const ZoneEvidence& zone, int a, const LiveCheckOptions& options);
};

} // namespace nameplan
