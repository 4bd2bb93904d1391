// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainpath.h"

namespace nameplan {

void ChainPath::discover(IterativeResolver& resolver, LiveZoneTarget& target, const TrustAnchorSet& anchors)
{
    const std::optional<DnsName> anchored = anchors.closestAnchor(target.zone);
    if (!anchored || *anchored == target.zone)
        return;
    if (!target.walk || !target.walk->ok()) {
        target.chainPathError
            = QStringLiteral("the zone was not found by walking from the roots, so the DS above it cannot be asked");
        return;
    }
    // Up the zone cuts the walk found: each parent's servers delegate (and hold the DS of) the
    // zone below. The walk bounds the depth; the loop stops at the anchor or past it.
    QList<LiveChainZone> path;
    ZoneAuthorities below = *target.walk;
    for (int depth = 0; depth < resolver.config().maxDelegationDepth; ++depth) {
        if (!(below.parent == *anchored) && !below.parent.isSubdomainOf(*anchored)) {
            target.chainPathError = QStringLiteral("the anchor's zone %1 is no zone cut above %2 (the cuts are at %3)")
                                        .arg(anchored->toString(), target.zone.toString(), below.parent.toString());
            return;
        }
        path.prepend({ below.parent, below.parentServers.mid(0, maxServersPerZone) });
        if (below.parent == *anchored) {
            target.chainPath = path;
            return;
        }
        below = resolver.findAuthorities(below.parent);
        if (!below.ok()) {
            target.chainPathError
                = QStringLiteral("walking to %1 failed: %2").arg(below.zone.toString(), below.error.message);
            return;
        }
    }
    target.chainPathError = QStringLiteral("more zone cuts between the anchor and the zone than a walk follows");
}

} // namespace nameplan
