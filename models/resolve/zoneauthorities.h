// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nameserver.h"
#include "resolveerror.h"
#include "serverendpoint.h"

#include <QList>
#include <QStringList>

namespace nameplan {

// What iteration from the roots learnt about one zone: who delegates it, what the delegation
// says (the evidence for the NS-consistency and glue checks), and the zone's authorities
// with the addresses the zone itself (or, out of bailiwick, resolution) gives for them.
struct ZoneAuthorities {
    DnsName zone;
    DnsName parent; // the zone whose servers delegate `zone` (the root for a TLD and for ".")
    QList<ServerEndpoint> parentServers; // every address of the parent zone's servers
    ServerEndpoint referralFrom; // the parent server whose referral was followed
    QList<NameServer> delegation; // that referral's NS set; addresses: its glue (may be empty)
    QList<DnsName> apexNs; // the zone's own NS RRset, as an authority of the zone answers it
    // The union of the delegation's and the apex's NS names (delegation order, then names only
    // the apex lists) with authoritative addresses; never glue. A name whose addresses could
    // not be found has none (the trace says why).
    QList<NameServer> authorities;
    ResolveError error;
    QStringList trace; // one line per query: server, question, outcome
    int queries = 0;

    bool ok() const { return !error.isError(); }
};

} // namespace nameplan
