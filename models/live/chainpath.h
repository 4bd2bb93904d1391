// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iterativeresolver.h"
#include "livecheckrequest.h"
#include "trustanchorset.h"

namespace nameplan {

// Finds the zones between a trust anchor and a checked zone below it, with their servers, so
// that the DNSSEC checks can ask each parent for the DS of the zone below (RFC 4035 §5:
// anchor → DNSKEY → DS → DNSKEY ... down to the zone). The I/O half of following the chain;
// ChainEvidence judges what the servers answer.
class ChainPath {
public:
    // Servers asked per path zone: the first addresses the walk found for it. The root's 13
    // servers need not all be asked for the chain; one usable answer is enough, and a zone
    // whose first few servers all fail is reported indeterminate.
    static constexpr int maxServersPerZone = 3;

    // Blocking (walks from the roots through resolver). Needs target.walk (ModelTargets::walk)
    // to have succeeded; sets target.chainPath from the anchored zone down to target's parent,
    // or target.chainPathError. Does nothing when no anchor is above the zone or it is at the
    // zone itself (the anchor then vouches for the zone's keys directly).
    static void discover(IterativeResolver& resolver, LiveZoneTarget& target, const TrustAnchorSet& anchors);
};

} // namespace nameplan
