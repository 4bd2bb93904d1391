// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneevidence.h"

namespace nameplan {

ZoneEvidence ZoneEvidence::collect(const LiveCheckRequest& request, const QList<LiveProbe>& probes, int zone)
{
    ZoneEvidence evidence;
    evidence.target = &request.zones[zone];
    evidence.authorities.resize(evidence.target->authorities.size());
    for (Authority& authority : evidence.authorities)
        authority.names.resize(evidence.target->names.size());
    for (const LiveProbe& probe : probes) {
        if (probe.zone != zone || probe.link >= 0)
            continue; // another zone's, or a followed CNAME's (DnssecChecks)
        if (probe.kind == LiveProbe::Kind::ParentNs) {
            evidence.parents.append(&probe);
            continue;
        }
        if (probe.authority < 0)
            continue; // a chain probe, judged by ChainEvidence
        Authority& authority = evidence.authorities[probe.authority];
        switch (probe.kind) {
        case LiveProbe::Kind::SoaUdp:
            authority.soaUdp = &probe;
            break;
        case LiveProbe::Kind::SoaTcp:
            authority.soaTcp = &probe;
            break;
        case LiveProbe::Kind::NsUdp:
            authority.ns = &probe;
            break;
        case LiveProbe::Kind::Name:
            authority.names[probe.index] = &probe;
            break;
        case LiveProbe::Kind::ParentNs:
        case LiveProbe::Kind::Dnskey: // judged by DnssecChecks
        case LiveProbe::Kind::SignedName:
        case LiveProbe::Kind::ChainDnskey:
        case LiveProbe::Kind::ChainDs:
            break;
        }
    }
    return evidence;
}

const LiveProbe* ZoneEvidence::soaAnswer(int a) const
{
    const Authority& authority = authorities[a];
    if (authority.soaUdp && authority.soaUdp->evidence.result.ok())
        return authority.soaUdp;
    if (authority.soaTcp && authority.soaTcp->evidence.result.ok())
        return authority.soaTcp;
    return nullptr;
}

bool ZoneEvidence::serves(int a) const
{
    const LiveProbe* probe = soaAnswer(a);
    if (!probe || !probe->message)
        return false;
    const DnsMessage& message = *probe->message;
    if (message.rcode() != 0 || !message.header.aa)
        return false;
    return std::any_of(message.answers.cbegin(), message.answers.cend(),
        [this](const ResourceRecord& record) { return record.type == rrtype::SOA && record.owner == target->zone; });
}

LiveFinding ZoneEvidence::finding(const QString& checkId, LiveSeverity severity, int authority, const QString& text,
    const QString& advice, const QList<const LiveProbe*>& evidence) const
{
    LiveFinding finding;
    finding.checkId = checkId;
    finding.severity = severity;
    finding.zone = target->zone.toString();
    if (authority >= 0) {
        finding.authorityName = target->authorities[authority].name;
        finding.authorityAddress = target->authorities[authority].endpoint.toString();
    }
    finding.finding = text;
    finding.advice = advice;
    for (const LiveProbe* probe : evidence) {
        if (probe)
            finding.evidence.append(probe->evidence);
    }
    return finding;
}

} // namespace nameplan
