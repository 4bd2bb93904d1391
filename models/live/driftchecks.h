// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoneevidence.h"

namespace nameplan {

// The drift check: the model against what live DNS says about a zone (LiveZoneTarget::modelled
// against LiveZoneTarget::walk): name servers missing from the model or extra in it, addresses
// that differ, a zone the model has and live DNS does not delegate, a parent zone that differs
// (a zone cut the model lacks or invents). Warnings: drift is a stale model, not a DNS failure.
class DriftChecks {
public:
    static void judge(const ZoneEvidence& zone, QList<LiveFinding>& out);

private:
    static void nameServers(const ZoneEvidence& zone, QList<LiveFinding>& out, int& drifts);
    static void parent(const ZoneEvidence& zone, QList<LiveFinding>& out, int& drifts);
};

} // namespace nameplan
