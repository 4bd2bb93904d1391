// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecheckrequest.h"

#include "liveprobe.h"

namespace nameplan {

namespace {
// Each server on the chain path is asked its zone's DNSKEY and the DS of the zone below.
int chainQueries(const LiveZoneTarget& zone)
{
    int count = 0;
    for (const LiveChainZone& above : zone.chainPath)
        count += int(2 * above.servers.size());
    return count;
}
} // namespace

int LiveCheckRequest::queryCount() const
{
    int count = 0;
    // With anchors, each authority is asked the DNSKEY set and every name again with DO.
    const int signedFactor = anchors ? 2 : 1;
    const int signedFixed = anchors ? 1 : 0;
    for (const LiveZoneTarget& zone : zones) {
        count += int(zone.authorities.size()
                * (LiveProbe::fixedProbesPerAuthority + signedFixed + signedFactor * zone.names.size())
            + zone.parentServers.size());
        if (!anchors)
            continue;
        count += chainQueries(zone);
        // Each followed CNAME: its zone's DNSKEY and the target from every authority, and its chain.
        for (const LiveCnameLink& link : zone.cnames)
            count += int(2 * link.holder.authorities.size()) + chainQueries(link.holder);
    }
    return count;
}

std::chrono::milliseconds LiveCheckRequest::worstCase() const
{
    QueryOptions query;
    query.attemptTimeout = options.attemptTimeout;
    query.attempts = options.attempts;
    // Queries run in waves of at most maxInFlight; each wave takes at most one query's worst case.
    const int waves = 1 + queryCount() / qMax(1, options.maxInFlight);
    return query.worstCase() * waves;
}

} // namespace nameplan
