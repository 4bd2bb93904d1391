// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecchainrows.h"

#include "livereport.h"

#include <algorithm>

namespace nameplan {

DnssecChainLink::Kind DnssecChainRows::failingLink(Verdict::Reason reason)
{
    using R = Verdict::Reason;
    using K = DnssecChainLink::Kind;
    switch (reason) {
    case R::NoTrustAnchor:
        return K::TrustAnchor;
    case R::UnsupportedDsDigest:
    case R::InsecureDelegation:
    case R::UnsignedZone:
    case R::NoReachableAuthority:
        return K::Ds;
    case R::DnskeyMissing:
    case R::UnsupportedDnskeyAlgorithm:
    case R::NoZoneKeyBitSet:
    case R::AlgorithmPolicy:
        return K::Dnskey;
    case R::SignatureExpired:
    case R::SignatureNotYetValid:
    case R::RrsigsMissing:
    case R::Bogus:
    case R::CryptoError:
        return K::Rrsig;
    case R::None:
    case R::NsecMissing:
    case R::Nsec3IterationsTooHigh:
    case R::Malformed:
    case R::WorkBudgetExceeded:
    case R::Canceled:
        break;
    }
    return K::RrSet;
}

DnssecChain DnssecChainRows::chain(const Verdict& verdict, std::optional<DnssecChainLink::Kind> brokenAt)
{
    using K = DnssecChainLink::Kind;
    DnssecChain chain { verdict, {} };
    // A secure verdict has no failing link; every other one breaks exactly one.
    const std::optional<K> broken
        = verdict.isSecure() ? std::nullopt : std::optional(brokenAt.value_or(failingLink(verdict.reason)));
    for (const K kind : { K::TrustAnchor, K::Ds, K::Dnskey, K::Rrsig, K::RrSet }) {
        DnssecChainLink link;
        link.kind = kind;
        const bool beforeBreak = !broken || int(kind) < int(*broken);
        link.status = beforeBreak ? Verdict::Status::Secure : verdict.status;
        if (broken && kind == *broken) {
            link.failing = true;
            link.reason = verdict.reason;
            link.ede = verdict.edeCode();
            link.message = verdict.message;
        }
        chain.links.append(link);
    }
    return chain;
}

QList<DnssecChainLink> DnssecChainRows::path(const LiveChain& chain)
{
    using K = DnssecChainLink::Kind;
    QList<DnssecChainLink> links;
    const auto add = [&links](K kind, const DnsName& zone, const QString& server, const Verdict& verdict) {
        DnssecChainLink link;
        link.kind = kind;
        link.zone = zone;
        link.server = server;
        link.status = verdict.status;
        // The first link that is not secure is where the chain broke; the ones below inherit.
        const bool brokenAbove
            = std::any_of(links.cbegin(), links.cend(), [](const DnssecChainLink& above) { return above.failing; });
        if (!verdict.isSecure() && !brokenAbove) {
            link.failing = true;
            link.reason = verdict.reason;
            link.ede = verdict.edeCode();
            link.message = verdict.message;
        }
        links.append(link);
    };
    if (chain.links.size() < 2)
        return links; // the anchor is at the zone: the RRset chains say it all
    for (qsizetype i = 0; i < chain.links.size(); ++i) {
        const LiveChainLink& link = chain.links[i];
        add(i == 0 ? K::TrustAnchor : K::Ds, link.zone, link.dsServer, link.ds);
        if (i + 1 < chain.links.size())
            add(K::Dnskey, link.zone, link.dnskeyServer, link.dnskey);
    }
    return links;
}

DnssecChainAuthority DnssecChainRows::authorityRow(
    const LiveDnssecAuthority& authority, const LiveChain* followed, qint64 now)
{
    DnssecChainAuthority row;
    row.zone = authority.zone;
    row.authorityName = authority.authorityName;
    row.authorityAddress = authority.authorityAddress;
    row.validUntil = authority.validUntil;
    row.remainingSeconds = authority.validUntil ? qMax<qint64>(0, *authority.validUntil - now) : 0;
    // A name is only as good as its CNAME chain: a bogus target makes the authority's answer bogus.
    row.status = qMax(authority.verdicts.isEmpty() ? Verdict::Status::Indeterminate : Verdict::Status::Secure,
        authority.worstStatus());
    if (followed)
        row.path = path(*followed);
    // When the path broke above the zone, each RRset's chain breaks at its DS.
    const bool pathBroken
        = std::any_of(row.path.cbegin(), row.path.cend(), [](const DnssecChainLink& link) { return link.failing; });
    for (const Verdict& verdict : authority.verdicts)
        row.chains.append(chain(verdict, pathBroken ? std::optional(DnssecChainLink::Kind::Ds) : std::nullopt));
    return row;
}

QList<DnssecChainAuthority> DnssecChainRows::fromReport(const LiveReport& report)
{
    QList<DnssecChainAuthority> rows;
    const qint64 now = report.finishedAt.toSecsSinceEpoch();
    for (const LiveDnssecAuthority& authority : report.dnssec) {
        const auto followed = std::find_if(report.chains.cbegin(), report.chains.cend(),
            [&authority](const LiveChain& chain) { return chain.zone == authority.zone; });
        rows.append(authorityRow(authority, followed == report.chains.cend() ? nullptr : &*followed, now));
    }
    return rows;
}

QList<DnssecChainName> DnssecChainRows::names(const LiveReport& report, qsizetype authority)
{
    const LiveDnssecAuthority& asked = report.dnssec[authority];
    const qint64 now = report.finishedAt.toSecsSinceEpoch();
    Verdict::Status own = Verdict::Status::Secure;
    for (const Verdict& verdict : asked.verdicts)
        own = qMax(own, verdict.status);
    QList<DnssecChainName> names;
    for (const LiveNameVerdict& name : asked.names) {
        DnssecChainName row { name.name, name.verdict, {} };
        for (const LiveCnameResult& link : report.cnames) {
            if (!(link.checkedZone == asked.zone) || !(link.name == name.name))
                continue;
            DnssecChainHop hop { link.hop, link.owner, link.target, link.zone, link.verdict, {} };
            for (const LiveDnssecAuthority& holder : link.authorities)
                hop.authorities.append(authorityRow(holder, &link.chain, now));
            row.hops.append(hop);
        }
        if (!row.hops.isEmpty() || int(name.verdict.status) > int(own))
            names.append(row);
    }
    return names;
}

} // namespace nameplan
