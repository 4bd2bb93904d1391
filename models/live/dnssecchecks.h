// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"
#include "liveprobe.h"
#include "livereport.h"

#include <QList>

namespace nameplan {

// Validates every authority's DNSSEC answers on their own (issue 5 item 3): the zone's DNSKEY
// set as that authority serves it, against the trust anchor, then each requested RRset with
// those keys. A secondary serving stale signatures is caught even when the primary is fine,
// because no answer of one authority vouches for another's.
//
// The anchor must be at the zone itself (a private anchor, as labs and private zones use).
// An anchor above the zone needs the DS from the parent, which comes with the delegation
// lookup (DelegationSource); until it is plugged in, such zones are reported indeterminate
// rather than guessed.
class DnssecChecks {
public:
    // Pure: probes from LiveProbe::plan(request) with their answers; now in seconds since the
    // epoch. Appends one verdict per checked RRset per authority, the remaining validity per
    // zone and authority, and one "dnssec" finding per authority.
    static void judge(const LiveCheckRequest& request, const QList<LiveProbe>& probes, qint64 now, LiveReport& report);
};

} // namespace nameplan
