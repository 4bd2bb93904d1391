// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsmessage.h"
#include "livecheckrequest.h"
#include "liveevidence.h"

#include <optional>

namespace nameplan {

// One query of a live-check run and, once it is answered, its evidence. LiveChecker sends
// them; LiveJudge reads them. Collecting evidence first and judging it afterwards with pure
// functions lets a stored run be judged again (STYLE 10).
struct LiveProbe {
    enum class Kind {
        SoaUdp, // apex SOA over UDP with EDNS: reachability, AA/lameness, serial, EDNS, latency
        SoaTcp, // apex SOA over TCP only (RFC 7766 §5: TCP support is required)
        NsUdp, // apex NS: the child's view of the NS set
        Name, // a requested NAME/TYPE (index into LiveZoneTarget::names)
        ParentNs, // the delegation from a parent server (index into parentServers)
        Dnskey, // apex DNSKEY with DO, when the request has trust anchors
        SignedName, // a requested NAME/TYPE with DO, when the request has trust anchors
        ChainDnskey, // DNSKEY of a zone on the chain path (index into chainPath) from one of its servers
        ChainDs, // DS of the zone below chainPath[index], from a server of chainPath[index]
    };
    static constexpr int fixedProbesPerAuthority = 3; // SoaUdp, SoaTcp, NsUdp

    Kind kind = Kind::SoaUdp;
    int zone = 0;
    int authority = -1; // index into the zone's authorities; -1 for ParentNs and the chain probes
    int index = -1; // the name, parent server or chain path index, -1 otherwise
    // Dnskey, SignedName and the chain probes of a followed CNAME: index into the zone's cnames;
    // authority and index are then the link's holder's. -1: the checked zone's own probes.
    int link = -1;
    LiveEvidence evidence; // server and question filled from the start, result when answered
    std::optional<DnsMessage> message; // the response, when one arrived and parsed cleanly

    bool forceTcp() const { return kind == Kind::SoaTcp; }
    // DO set (RFC 3225) only on the DNSSEC probes, so the other checks see the plain answers.
    bool dnssecOk() const
    {
        return kind == Kind::Dnskey || kind == Kind::SignedName || kind == Kind::ChainDnskey || kind == Kind::ChainDs;
    }
    // The wire query with the given DNS ID: RD clear (authorities are asked directly), EDNS(0)
    // with a 1232-octet payload size (RFC 6891 §6.2.5, the DNS flag day 2020 value), DO as
    // dnssecOk() says.
    QByteArray query(quint16 id) const;
    // Every probe of the request, in zone, authority, kind order, then per zone the parents and
    // (with trust anchors) the chain path, then each followed CNAME's.
    static QList<LiveProbe> plan(const LiveCheckRequest& request);
};

} // namespace nameplan
