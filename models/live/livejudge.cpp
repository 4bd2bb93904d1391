// SPDX-License-Identifier: GPL-3.0-or-later
#include "livejudge.h"

#include "consistencychecks.h"
#include "serverchecks.h"

namespace nameplan {

QList<LiveFinding> LiveJudge::judge(const LiveCheckRequest& request, const QList<LiveProbe>& probes)
{
    QList<LiveFinding> findings;
    for (int z = 0; z < request.zones.size(); ++z) {
        const ZoneEvidence zone = ZoneEvidence::collect(request, probes, z);
        for (int a = 0; a < zone.authorities.size(); ++a)
            ServerChecks::judge(zone, a, request.options, findings);
        ConsistencyChecks::judge(zone, findings);
    }
    return findings;
}

} // namespace nameplan
