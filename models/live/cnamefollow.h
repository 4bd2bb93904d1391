// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iterativeresolver.h"
#include "livecheckrequest.h"
#include "trustanchorset.h"

namespace nameplan {

// Finds the CNAME chain of every checked name as a validating resolver follows it (RFC 1034
// §3.6.2, RFC 4035 §5), so that each target is asked of the zone that holds it and validated
// from that zone's own chain of trust (DnssecChecks). The I/O half: the walk from the roots
// (IterativeResolver::resolve, bounded by ResolverConfig::maxCnameChain and its loop check)
// gives the chain; each target's zone is the closest zone cut at or above it, walked like the
// checked zone (authorities, chain path from the anchor).
class CnameFollow {
public:
    // Blocking. Fills target.cnames for target.names (types other than CNAME): one link per
    // CNAME followed, and a link with an error where the chain is cut (a loop, more CNAMEs than
    // maxCnameChain, a failure after the first CNAME, a target zone that cannot be walked).
    static void discover(IterativeResolver& resolver, LiveZoneTarget& target, const TrustAnchorSet& anchors);

private:
    // The zone holding link.target, walked; link.error when it cannot be found.
    static void hold(
        IterativeResolver& resolver, const LiveZoneTarget& target, LiveCnameLink& link, const TrustAnchorSet& anchors);
};

} // namespace nameplan
