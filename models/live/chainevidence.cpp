// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainevidence.h"

#include "responsedenial.h"
#include "zonekeyset.h"

namespace nameplan {

namespace {
// The RRset of that owner and type among sets; an empty one (owner and type set) when absent.
RrSet setAt(const QList<RrSet>& sets, const DnsName& owner, std::uint16_t type)
{
    for (const RrSet& set : sets) {
        if (set.type == type && set.owner == owner)
            return set;
    }
    return RrSet { owner, type, rrclass::IN, 0, {} };
}

Verdict trustAnchor(const DnsName& zone)
{
    return Verdict::make(
        Verdict::Status::Secure, Verdict::Reason::None, zone, rrtype::DS, zone, QStringLiteral("trust anchor"));
}
} // namespace

ChainEvidence::Found ChainEvidence::firstAnswer(
    const QList<LiveProbe>& probes, int zone, LiveProbe::Kind kind, int index) const
{
    // The first server in path order with an authoritative NOERROR answer is the one judged;
    // a referral, an error or silence from one server only means asking the next.
    for (const LiveProbe& probe : probes) {
        if (probe.zone != zone || probe.link != m_link || probe.kind != kind || probe.index != index || !probe.message)
            continue;
        if (probe.message->rcode() == 0 && probe.message->header.aa)
            return { &probe, RrSet::group(probe.message->answers) };
    }
    return {};
}

Verdict ChainEvidence::unreachable(const DnsName& zone, std::uint16_t type, const DnsName& asked, const QString& what)
{
    return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::NoReachableAuthority, zone, type, asked,
        QStringLiteral("no server of %1 gave an authoritative answer to the %2 query").arg(asked.toString(), what));
}

ChainEvidence ChainEvidence::collect(
    const LiveCheckRequest& request, const QList<LiveProbe>& probes, int zone, qint64 now, int link)
{
    ChainEvidence evidence;
    evidence.m_request = &request;
    evidence.m_now = now;
    evidence.m_link = link;
    const LiveZoneTarget& target = link < 0 ? request.zones[zone] : request.zones[zone].cnames[link].holder;
    evidence.m_target = &target;
    LiveChain& chain = evidence.m_chain;
    chain.zone = target.zone;
    chain.anchor = request.anchors->closestAnchor(target.zone);
    if (!chain.anchor) {
        chain.error = QStringLiteral("no trust anchor at or above the zone");
        return evidence;
    }
    if (*chain.anchor == target.zone) {
        // The anchor vouches for the zone's keys directly: a chain of one link.
        chain.links.append({ target.zone, std::nullopt, trustAnchor(target.zone), {}, {}, {}, {} });
        return evidence;
    }
    evidence.m_followsPath = true;
    if (target.chainPath.isEmpty()) {
        chain.error = target.chainPathError;
        if (chain.error.isEmpty()) // nothing was walked (--ns without --roots)
            chain.error = QStringLiteral("the zones between the anchor and the zone are not known: they are found by "
                                         "walking from the roots (--roots, or no --ns)");
        return evidence;
    }
    for (int i = 0; i <= target.chainPath.size() && !evidence.m_missingDs && !evidence.m_missingKeys; ++i)
        evidence.addLink(probes, zone, i);
    evidence.judge();
    return evidence;
}

void ChainEvidence::addLink(const QList<LiveProbe>& probes, int z, int i)
{
    const LiveZoneTarget& target = *m_target;
    const bool checked = i == target.chainPath.size();
    const DnsName zone = checked ? target.zone : target.chainPath[i].zone;
    ChainOfTrust::Link link;
    link.dnskeys = RrSet { zone, rrtype::DNSKEY, rrclass::IN, 0, {} };
    LiveChainLink shown { zone, std::nullopt, {}, {}, {}, {}, {} };
    std::optional<Verdict> proof;
    if (i > 0) {
        const DnsName& parent = target.chainPath[i - 1].zone;
        shown.parent = parent;
        const Found ds = firstAnswer(probes, z, LiveProbe::Kind::ChainDs, i - 1);
        if (!ds.probe) {
            m_missingDs = unreachable(zone, rrtype::DS, parent, QStringLiteral("DS"));
        } else {
            shown.dsServer = ds.probe->evidence.server.toString();
            link.ds = setAt(ds.sets, zone, rrtype::DS);
            link.dsRrsigs = setAt(ds.sets, zone, rrtype::RRSIG).rdatas;
            if (link.ds.rdatas.isEmpty()) {
                const RrSet& parentKeys = m_links.last().dnskeys;
                const ZoneKeySet keys(parent, parentKeys.rdatas, m_request->validator);
                proof = ResponseDenial(parent, keys, m_request->validator)
                            .judgeDsAbsence(*ds.probe->message, zone, m_now);
                link.dsAbsenceProven = proof->status == Verdict::Status::Insecure;
            }
        }
    }
    if (!checked && !m_missingDs) {
        const Found keys = firstAnswer(probes, z, LiveProbe::Kind::ChainDnskey, i);
        if (!keys.probe) {
            m_missingKeys = unreachable(zone, rrtype::DNSKEY, zone, QStringLiteral("DNSKEY"));
        } else {
            shown.dnskeyServer = keys.probe->evidence.server.toString();
            link.dnskeys = setAt(keys.sets, zone, rrtype::DNSKEY);
            link.dnskeyRrsigs = setAt(keys.sets, zone, rrtype::RRSIG).rdatas;
        }
    }
    m_links.append(link);
    m_dsProofs.append(proof);
    m_chain.links.append(shown);
}

void ChainEvidence::judge()
{
    const QList<ChainOfTrust::LinkVerdicts> judged
        = ChainOfTrust::judgeLinks(*m_request->anchors, m_links, m_now, m_request->validator);
    for (qsizetype i = 0; i < judged.size(); ++i) {
        LiveChainLink& shown = m_chain.links[i];
        shown.ds = judged[i].ds;
        shown.dnskey = judged[i].dnskey;
        const bool ownLink = i == 0 || judged[i - 1].dnskey.isSecure(); // not inherited from above
        if (!ownLink)
            continue;
        // The proof's own verdict says more than "no DS and no proof" (which NSEC failed, how).
        if (m_dsProofs[i] && !shown.ds.isSecure())
            shown.ds = shown.dnskey = *m_dsProofs[i];
        if (i + 1 == judged.size() && m_missingDs)
            shown.ds = shown.dnskey = *m_missingDs;
        else if (i + 1 == judged.size() && m_missingKeys && shown.ds.isSecure())
            shown.dnskey = *m_missingKeys;
    }
    // Below a zone that could not be asked, the zone itself inherits its verdict.
    if (!(m_chain.links.last().zone == m_chain.zone)) {
        const Verdict& above = m_chain.links.last().dnskey;
        m_chain.links.append(
            { m_chain.zone, m_target->chainPath.last().zone, ChainOfTrust::inherit(above, m_chain.zone, rrtype::DS),
                ChainOfTrust::inherit(above, m_chain.zone, rrtype::DNSKEY), {}, {}, {} });
    }
}

Verdict ChainEvidence::keys(const RrSet& dnskeys, const QList<QByteArray>& rrsigs) const
{
    if (m_chain.links.isEmpty())
        return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::NoTrustAnchor, m_chain.zone,
            rrtype::DNSKEY, m_chain.zone, m_chain.error);
    const LiveChainLink& own = m_chain.links.last();
    if (!own.ds.isSecure()) {
        // The key set is what is judged here; it is only as good as the DS above it.
        Verdict keys = own.ds;
        keys.type = rrtype::DNSKEY;
        return keys;
    }
    QList<ChainOfTrust::Link> links = m_links;
    links.last().dnskeys = dnskeys;
    links.last().dnskeyRrsigs = rrsigs;
    return ChainOfTrust::judgeLinks(*m_request->anchors, links, m_now, m_request->validator).last().dnskey;
}

LiveChain ChainEvidence::report(const QList<Verdict>& authorityKeys) const
{
    LiveChain chain = m_chain;
    if (chain.links.isEmpty() || authorityKeys.isEmpty())
        return chain;
    LiveChainLink& own = chain.links.last();
    own.authorityKeys = authorityKeys;
    own.dnskey = authorityKeys.first();
    for (const Verdict& verdict : authorityKeys)
        own.dnskey = Verdict::worse(own.dnskey, verdict);
    return chain;
}

} // namespace nameplan
