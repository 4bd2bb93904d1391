// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecchecks.h"

#include "chainevidence.h"
#include "dnskeyvalidator.h"
#include "responsedenial.h"
#include "rrsetverifier.h"
#include "rrtype.h"
#include "zoneevidence.h"
#include "zonekeyset.h"

#include <algorithm>

namespace nameplan {

namespace {

struct Authority {
    const LiveProbe* dnskey = nullptr;
    QList<const LiveProbe*> names;
};

QList<RrSet> answerSets(const LiveProbe* probe)
{
    if (!probe || !probe->message)
        return {};
    return RrSet::group(probe->message->answers);
}

// The DNSKEY set one authority served, judged against the anchor at the zone, or through the
// parents' DS down from an anchor above it (ChainEvidence).
Verdict keysVerdict(const LiveCheckRequest& request, const DnsName& zone, const Authority& authority,
    const QList<RrSet>& sets, const ChainEvidence& chain, qint64 now)
{
    const std::optional<DnsName> anchored = request.anchors->closestAnchor(zone);
    if (!anchored)
        return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::NoTrustAnchor, zone, rrtype::DNSKEY, zone,
            QStringLiteral("no trust anchor at or above the zone"));
    if (!authority.dnskey || !authority.dnskey->message)
        return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::None, zone, rrtype::DNSKEY, zone,
            QStringLiteral("no usable answer to the DNSKEY query"));
    const auto keys = std::find_if(sets.cbegin(), sets.cend(),
        [&zone](const RrSet& set) { return set.type == rrtype::DNSKEY && set.owner == zone; });
    const RrSet dnskeys = keys == sets.cend() ? RrSet { zone, rrtype::DNSKEY, rrclass::IN, 0, {} } : *keys;
    if (chain.followsPath())
        return chain.keys(dnskeys, RrSet::rrsigsAt(sets, zone));
    return DnskeyValidator::validate(dnskeys, RrSet::rrsigsAt(sets, zone), request.anchors->rdatas(zone, rrtype::DS),
        request.anchors->rdatas(zone, rrtype::DNSKEY), now, request.validator);
}

// Each RRset answering a name, verified with the keys, and the denial proof of a wildcard
// expansion or of an answer without records (ResponseDenial); when the keys are not secure the
// answer inherits their verdict (nothing below an unproven key set can be more than that).
QList<Verdict> answerVerdicts(const LiveCheckRequest& request, const DnsName& zone, const LiveProbe* probe,
    const Verdict& keys, const ZoneKeySet& keySet, qint64 now)
{
    const DnsQuestion& asked = probe->evidence.question;
    if (!probe->message)
        return { Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::None, asked.name, asked.type, zone,
            QStringLiteral("no usable answer to validate")) };
    const QList<RrSet> sets = answerSets(probe);
    auto inherited = [&](const DnsName& owner, std::uint16_t type) {
        return Verdict::make(keys.status, keys.reason, owner, type, zone,
            QStringLiteral("the zone's DNSKEY set is not secure: ") + keys.message);
    };
    QList<Verdict> verdicts;
    const RrsetVerifier verifier(keySet, request.validator);
    const ResponseDenial denial(zone, keySet, request.validator);
    for (const RrSet& set : sets) {
        // Data of another zone (a CNAME's target the server also serves) is no evidence here:
        // the target is asked of its own zone and judged with its keys (CnameFollow).
        if (set.type == rrtype::RRSIG || !set.owner.isSubdomainOf(zone))
            continue;
        if (!keys.isSecure()) {
            verdicts.append(inherited(set.owner, set.type));
            continue;
        }
        verdicts.append(verifier.verify(set, RrSet::rrsigsAt(sets, set.owner), now));
        if (!verdicts.last().isSecure())
            continue;
        if (const auto wildcard = denial.judgeWildcard(*probe->message, set, RrSet::rrsigsAt(sets, set.owner), now))
            verdicts.append(*wildcard);
    }
    if (verdicts.isEmpty())
        verdicts.append(
            keys.isSecure() ? denial.judgeDenial(*probe->message, asked, now) : inherited(asked.name, asked.type));
    return verdicts;
}

// The worst of verdicts; the first wins ties (Verdict::worse).
Verdict worst(const QList<Verdict>& verdicts)
{
    Verdict found = verdicts.first();
    for (const Verdict& verdict : verdicts)
        found = Verdict::worse(found, verdict);
    return found;
}

LiveFinding authorityFinding(const ZoneEvidence& evidence, int a, const Authority& probes,
    const QList<Verdict>& verdicts, const std::optional<qint64>& validUntil, qint64 now)
{
    const Verdict worse = worst(verdicts);
    static constexpr LiveSeverity bySeverity[]
        = { LiveSeverity::Ok, LiveSeverity::Info, LiveSeverity::Warning, LiveSeverity::Error };
    const LiveSeverity severity = bySeverity[int(worse.status)];
    QString text = worse.isSecure()
        ? QStringLiteral("%1 RRsets secure").arg(verdicts.size())
        : QStringLiteral("%1 of %2 RRsets %3: %4")
              .arg(std::count_if(verdicts.cbegin(), verdicts.cend(),
                  [&worse](const Verdict& verdict) { return verdict.status == worse.status; }))
              .arg(verdicts.size())
              .arg(Verdict::statusName(worse.status), worse.toString());
    if (validUntil)
        text += QStringLiteral("; signatures valid for %1 s more").arg(*validUntil - now);
    const QString advice = worse.status == Verdict::Status::Bogus
        ? QStringLiteral("This authority's answers fail validation: resolvers will refuse them (SERVFAIL). "
                         "Re-sign or re-transfer the zone on it, or the zone a CNAME leads to.")
        : QString();
    return evidence.finding(
        QStringLiteral("dnssec"), severity, a, text, advice, QList { probes.dnskey } + probes.names);
}

// One authority of a zone judged on its own: its DNSKEY set first, then per name probe the
// verdicts of its answer (in probe order).
struct AuthorityVerdicts {
    Verdict keys;
    QList<QList<Verdict>> answers;

    // The DNSKEY verdict, then every answer's, as the report lists an authority's verdicts.
    QList<Verdict> all() const
    {
        QList<Verdict> verdicts { keys };
        for (const QList<Verdict>& answer : answers)
            verdicts += answer;
        return verdicts;
    }
};

AuthorityVerdicts judgeAuthority(const LiveCheckRequest& request, const DnsName& zone, const Authority& authority,
    const ChainEvidence& chain, qint64 now)
{
    const QList<RrSet> keySets = answerSets(authority.dnskey);
    AuthorityVerdicts judged { keysVerdict(request, zone, authority, keySets, chain, now), {} };
    const auto dnskeys = std::find_if(keySets.cbegin(), keySets.cend(),
        [&zone](const RrSet& set) { return set.type == rrtype::DNSKEY && set.owner == zone; });
    const ZoneKeySet keySet
        = dnskeys == keySets.cend() ? ZoneKeySet {} : ZoneKeySet(zone, dnskeys->rdatas, request.validator);
    for (const LiveProbe* probe : authority.names)
        judged.answers.append(answerVerdicts(request, zone, probe, judged.keys, keySet, now));
    return judged;
}

// The probes of one zone's authorities: the checked zone's (link -1) or a followed CNAME's.
QList<Authority> authorityProbes(const QList<LiveProbe>& probes, int z, int link, qsizetype count)
{
    QList<Authority> authorities(count);
    for (const LiveProbe& probe : probes) {
        if (probe.zone != z || probe.link != link || probe.authority < 0)
            continue;
        if (probe.kind == LiveProbe::Kind::Dnskey)
            authorities[probe.authority].dnskey = &probe;
        else if (probe.kind == LiveProbe::Kind::SignedName)
            authorities[probe.authority].names.append(&probe);
    }
    return authorities;
}

// The earliest expiry among the secure verdicts, each stamped with the authority that served it.
std::optional<qint64> stamp(QList<Verdict>& verdicts, const LiveAuthority& who)
{
    std::optional<qint64> validUntil;
    for (Verdict& verdict : verdicts) {
        verdict.authority = who.endpoint.toString();
        if (verdict.isSecure() && verdict.validUntil)
            validUntil = validUntil ? std::min(*validUntil, *verdict.validUntil) : *verdict.validUntil;
    }
    return validUntil;
}

// A followed CNAME (LiveCnameLink): its target judged at every authority of the zone holding
// it, through that zone's own chain of trust; the link's verdict is the worst of them.
LiveCnameResult judgeLink(const LiveCheckRequest& request, const QList<LiveProbe>& probes, int z, int k, qint64 now)
{
    const LiveZoneTarget& target = request.zones[z];
    const LiveCnameLink& link = target.cnames[k];
    const LiveZoneTarget& holder = link.holder;
    LiveCnameResult result { target.zone, target.names[link.name], link.hop, link.owner, link.target.name, holder.zone,
        {}, {}, {} };
    if (!link.error.isEmpty() || holder.authorities.isEmpty()) {
        result.verdict = Verdict::make(Verdict::Status::Indeterminate,
            link.error.isEmpty() ? Verdict::Reason::NoReachableAuthority : Verdict::Reason::None, link.owner,
            rrtype::CNAME, holder.zone,
            link.error.isEmpty() ? QStringLiteral("no authority of %1 has an address to ask for the CNAME's target")
                                       .arg(holder.zone.toString())
                                 : link.error);
        return result;
    }
    const ChainEvidence chain = ChainEvidence::collect(request, probes, z, now, k);
    const QList<Authority> authorities = authorityProbes(probes, z, k, holder.authorities.size());
    QList<Verdict> all;
    QList<Verdict> authorityKeys;
    for (int a = 0; a < authorities.size(); ++a) {
        const AuthorityVerdicts judged = judgeAuthority(request, holder.zone, authorities[a], chain, now);
        QList<Verdict> verdicts = judged.all();
        const LiveAuthority& who = holder.authorities[a];
        const std::optional<qint64> validUntil = stamp(verdicts, who);
        result.authorities.append({ holder.zone, who.name, who.endpoint.toString(), verdicts, validUntil, {} });
        authorityKeys.append(verdicts.first());
        all += verdicts;
    }
    result.verdict = worst(all);
    result.chain = chain.report(authorityKeys);
    return result;
}

// One name as one authority of the checked zone answers it, combined with every link of its
// CNAME chain (RFC 4035 §5: the chain is as good as its worst link): bogus if a link is bogus,
// else indeterminate, else insecure, else secure. The message names the link that decided.
Verdict nameVerdict(const LiveZoneTarget& target, int n, const QList<Verdict>& own, const QList<LiveCnameResult>& links,
    const LiveProbe* probe)
{
    const DnsQuestion& asked = target.names[n];
    Verdict combined = worst(own);
    int hops = 0;
    for (const LiveCnameResult& link : links) {
        if (!(link.name == asked))
            continue;
        ++hops;
        if (int(link.verdict.status) <= int(combined.status))
            continue;
        combined = link.verdict;
        combined.message = QStringLiteral("CNAME %1 → %2 (hop %3, zone %4): %5")
                               .arg(link.owner.toString(), link.target.toString())
                               .arg(link.hop)
                               .arg(link.zone.toString(), link.verdict.message);
    }
    const bool cname = probe && probe->message
        && std::any_of(
            probe->message->answers.cbegin(), probe->message->answers.cend(), [&asked](const ResourceRecord& record) {
                return record.type == rrtype::CNAME && record.owner == asked.name;
            });
    if (hops == 0 && cname && asked.type != rrtype::CNAME && int(combined.status) < int(Verdict::Status::Indeterminate))
        return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::None, asked.name, asked.type, target.zone,
            QStringLiteral("the answer is a CNAME whose target was not followed: it is found by walking from the "
                           "roots (--roots, or no --ns)"));
    if (combined.isSecure())
        return Verdict::make(Verdict::Status::Secure, Verdict::Reason::None, asked.name, asked.type, target.zone,
            hops == 0 ? QStringLiteral("secure") : QStringLiteral("secure through %1 CNAMEs").arg(hops));
    return combined;
}

} // namespace

void DnssecChecks::judge(
    const LiveCheckRequest& request, const QList<LiveProbe>& probes, qint64 now, LiveReport& report)
{
    if (!request.anchors)
        return;
    report.dnssecChecked = true;
    for (int z = 0; z < request.zones.size(); ++z) {
        const LiveZoneTarget& target = request.zones[z];
        QList<LiveCnameResult> links;
        for (int k = 0; k < target.cnames.size(); ++k)
            links.append(judgeLink(request, probes, z, k, now));
        const ZoneEvidence evidence = ZoneEvidence::collect(request, probes, z);
        const ChainEvidence chain = ChainEvidence::collect(request, probes, z, now);
        QList<Verdict> authorityKeys;
        const QList<Authority> authorities = authorityProbes(probes, z, -1, target.authorities.size());
        for (int a = 0; a < authorities.size(); ++a) {
            const AuthorityVerdicts judged = judgeAuthority(request, target.zone, authorities[a], chain, now);
            QList<Verdict> verdicts = judged.all();
            const LiveAuthority& who = target.authorities[a];
            const std::optional<qint64> validUntil = stamp(verdicts, who);
            QList<LiveNameVerdict> names;
            QList<Verdict> judgedHere = verdicts;
            for (int n = 0; n < judged.answers.size(); ++n) {
                Verdict name = nameVerdict(
                    target, n, QList { judged.keys } + judged.answers[n], links, authorities[a].names.value(n));
                if (name.authority.isEmpty())
                    name.authority = who.endpoint.toString();
                // The finding covers the names' chains too: a bogus CNAME target fails the check.
                if (!name.isSecure())
                    judgedHere.append(name);
                names.append({ target.names[n], name });
            }
            report.dnssec.append({ target.zone, who.name, who.endpoint.toString(), verdicts, validUntil, names });
            report.findings.append(authorityFinding(evidence, a, authorities[a], judgedHere, validUntil, now));
            authorityKeys.append(verdicts.first());
        }
        report.chains.append(chain.report(authorityKeys));
        report.cnames += links;
    }
}

} // namespace nameplan
