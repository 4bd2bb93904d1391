// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveprobe.h"

#include "querybuilder.h"

namespace nameplan {

namespace {
LiveProbe makeProbe(LiveProbe::Kind kind, int zone, int authority, int index, const ServerEndpoint& server,
    const DnsQuestion& question, int link = -1)
{
    LiveProbe probe;
    probe.kind = kind;
    probe.zone = zone;
    probe.authority = authority;
    probe.index = index;
    probe.link = link;
    probe.evidence.server = server;
    probe.evidence.question = question;
    probe.evidence.result.server = server;
    return probe;
}

// The chain path above the zone: every server of a path zone is asked its DNSKEY set and the
// DS of the next zone down (the checked zone below the last one).
void planChain(const LiveZoneTarget& target, int z, QList<LiveProbe>& probes, int link = -1)
{
    for (int i = 0; i < target.chainPath.size(); ++i) {
        const LiveChainZone& above = target.chainPath[i];
        const DnsName& below = i + 1 < target.chainPath.size() ? target.chainPath[i + 1].zone : target.zone;
        for (const ServerEndpoint& server : above.servers) {
            probes.append(makeProbe(
                LiveProbe::Kind::ChainDnskey, z, -1, i, server, { above.zone, rrtype::DNSKEY, rrclass::IN }, link));
            probes.append(
                makeProbe(LiveProbe::Kind::ChainDs, z, -1, i, server, { below, rrtype::DS, rrclass::IN }, link));
        }
    }
}

// Every followed CNAME: each authority of the zone holding the target is asked its DNSKEY set
// and the target with DO, as the checked zone's authorities are asked theirs.
void planLinks(const LiveZoneTarget& target, int z, QList<LiveProbe>& probes)
{
    for (int k = 0; k < target.cnames.size(); ++k) {
        const LiveZoneTarget& holder = target.cnames[k].holder;
        for (int a = 0; a < holder.authorities.size(); ++a) {
            const ServerEndpoint& server = holder.authorities[a].endpoint;
            probes.append(
                makeProbe(LiveProbe::Kind::Dnskey, z, a, -1, server, { holder.zone, rrtype::DNSKEY, rrclass::IN }, k));
            probes.append(makeProbe(LiveProbe::Kind::SignedName, z, a, -1, server, target.cnames[k].target, k));
        }
        planChain(holder, z, probes, k);
    }
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
        if (request.anchors) {
            planChain(target, z, probes);
            planLinks(target, z, probes);
        }
    }
    return probes;
}

} // namespace nameplan
