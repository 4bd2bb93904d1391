// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecchainrows.h"

#include "livereport.h"

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

DnssecChain DnssecChainRows::chain(const Verdict& verdict)
{
    using K = DnssecChainLink::Kind;
    DnssecChain chain { verdict, {} };
    // A secure verdict has no failing link; every other one breaks exactly one.
    const std::optional<K> broken = verdict.isSecure() ? std::nullopt : std::optional(failingLink(verdict.reason));
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

QList<DnssecChainAuthority> DnssecChainRows::fromReport(const LiveReport& report)
{
    QList<DnssecChainAuthority> rows;
    const qint64 now = report.finishedAt.toSecsSinceEpoch();
    for (const LiveDnssecAuthority& authority : report.dnssec) {
        DnssecChainAuthority row;
        row.zone = authority.zone;
        row.authorityName = authority.authorityName;
        row.authorityAddress = authority.authorityAddress;
        row.validUntil = authority.validUntil;
        row.remainingSeconds = authority.validUntil ? qMax<qint64>(0, *authority.validUntil - now) : 0;
        row.status = authority.verdicts.isEmpty() ? Verdict::Status::Indeterminate : Verdict::Status::Secure;
        for (const Verdict& verdict : authority.verdicts) {
            row.status = qMax(row.status, verdict.status);
            row.chains.append(chain(verdict));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace nameplan
