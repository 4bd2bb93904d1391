// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveprobe.h"

#include "querybuilder.h"

namespace nameplan {

namespace {
LiveProbe makeProbe(
    LiveProbe::Kind kind, int zone, int authority, int index, const ServerEndpoint& server, const DnsQuestion& question)
{
    LiveProbe probe;
    probe.kind = kind;
    probe.zone = zone;
    probe.authority = authority;
    probe.index = index;
    probe.evidence.server = server;
    probe.evidence.question = question;
    probe.evidence.result.server = server;
    return probe;
}
} // namespace

QByteArray LiveProbe::query(quint16 id) const
{
    Edns edns;
    edns.dnssecOk = dnssecOk();
    return QueryBuilder(evidence.question.name, evidence.question.type, evidence.question.qclass)
        .setId(id)
        .setRecursionDesired(false)
        .setEdns(edns)
        .build();
}

QList<LiveProbe> LiveProbe::plan(const LiveCheckRequest& request)
{
    QList<LiveProbe> probes;
    for (int z = 0; z < request.zones.size(); ++z) {
        const LiveZoneTarget& target = request.zones[z];
        const DnsQuestion soa { target.zone, rrtype::SOA, rrclass::IN };
        const DnsQuestion ns { target.zone, rrtype::NS, rrclass::IN };
        for (int a = 0; a < target.authorities.size(); ++a) {
            const ServerEndpoint& server = target.authorities[a].endpoint;
            probes.append(makeProbe(Kind::SoaUdp, z, a, -1, server, soa));
            probes.append(makeProbe(Kind::SoaTcp, z, a, -1, server, soa));
            probes.append(makeProbe(Kind::NsUdp, z, a, -1, server, ns));
            for (int n = 0; n < target.names.size(); ++n)
                probes.append(makeProbe(Kind::Name, z, a, n, server, target.names[n]));
            if (request.anchors) {
                probes.append(makeProbe(Kind::Dnskey, z, a, -1, server, { target.zone, rrtype::DNSKEY, rrclass::IN }));
                for (int n = 0; n < target.names.size(); ++n)
                    probes.append(makeProbe(Kind::SignedName, z, a, n, server, target.names[n]));
            }
        }
        for (int p = 0; p < target.parentServers.size(); ++p)
            probes.append(makeProbe(Kind::ParentNs, z, -1, p, target.parentServers[p], ns));
    }
    return probes;
}

} // namespace nameplan
