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
        if (set.type == rrtype::RRSIG)
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

LiveFinding authorityFinding(const ZoneEvidence& evidence, int a, const Authority& probes,
    const QList<Verdict>& verdicts, const std::optional<qint64>& validUntil, qint64 now)
{
    Verdict worst = verdicts.first();
    for (const Verdict& verdict : verdicts)
        worst = Verdict::worse(worst, verdict);
    static constexpr LiveSeverity bySeverity[]
        = { LiveSeverity::Ok, LiveSeverity::Info, LiveSeverity::Warning, LiveSeverity::Error };
    const LiveSeverity severity = bySeverity[int(worst.status)];
    QString text = worst.isSecure()
        ? QStringLiteral("%1 RRsets secure").arg(verdicts.size())
        : QStringLiteral("%1 of %2 RRsets %3: %4")
              .arg(std::count_if(verdicts.cbegin(), verdicts.cend(),
                  [&worst](const Verdict& verdict) { return verdict.status == worst.status; }))
              .arg(verdicts.size())
              .arg(Verdict::statusName(worst.status), worst.toString());
    if (validUntil)
        text += QStringLiteral("; signatures valid for %1 s more").arg(*validUntil - now);
    const QString advice = worst.status == Verdict::Status::Bogus
        ? QStringLiteral("This authority's answers fail validation: resolvers will refuse them (SERVFAIL). "
                         "Re-sign or re-transfer the zone on it.")
        : QString();
    return evidence.finding(
        QStringLiteral("dnssec"), severity, a, text, advice, QList { probes.dnskey } + probes.names);
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
        const ZoneEvidence evidence = ZoneEvidence::collect(request, probes, z);
        const ChainEvidence chain = ChainEvidence::collect(request, probes, z, now);
        QList<Verdict> authorityKeys;
        QList<Authority> authorities(target.authorities.size());
        for (const LiveProbe& probe : probes) {
            if (probe.zone != z || probe.authority < 0)
                continue;
            if (probe.kind == LiveProbe::Kind::Dnskey)
                authorities[probe.authority].dnskey = &probe;
            else if (probe.kind == LiveProbe::Kind::SignedName)
                authorities[probe.authority].names.append(&probe);
        }
        for (int a = 0; a < authorities.size(); ++a) {
            const QList<RrSet> keySets = answerSets(authorities[a].dnskey);
            const Verdict keys = keysVerdict(request, target.zone, authorities[a], keySets, chain, now);
            QList<Verdict> verdicts { keys };
            const auto dnskeys = std::find_if(keySets.cbegin(), keySets.cend(),
                [&target](const RrSet& set) { return set.type == rrtype::DNSKEY && set.owner == target.zone; });
            const ZoneKeySet keySet = dnskeys == keySets.cend()
                ? ZoneKeySet {}
                : ZoneKeySet(target.zone, dnskeys->rdatas, request.validator);
            for (const LiveProbe* probe : authorities[a].names)
                verdicts += answerVerdicts(request, target.zone, probe, keys, keySet, now);
            const LiveAuthority& who = target.authorities[a];
            std::optional<qint64> validUntil;
            for (Verdict& verdict : verdicts) {
                verdict.authority = who.endpoint.toString();
                if (verdict.isSecure() && verdict.validUntil)
                    validUntil = validUntil ? std::min(*validUntil, *verdict.validUntil) : *verdict.validUntil;
            }
            report.dnssec.append({ target.zone, who.name, who.endpoint.toString(), verdicts, validUntil });
            report.findings.append(authorityFinding(evidence, a, authorities[a], verdicts, validUntil, now));
            authorityKeys.append(verdicts.first());
        }
        report.chains.append(chain.report(authorityKeys));
    }
}

} // namespace nameplan
