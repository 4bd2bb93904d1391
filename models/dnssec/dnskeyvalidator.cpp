// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnskeyvalidator.h"

#include "dnssecalgorithm.h"
#include "dsdata.h"
#include "dsdigest.h"
#include "rrsetverifier.h"
#include "zonekeyset.h"

#include <algorithm>

namespace nameplan {

namespace {
struct Trust {
    QList<int> keys; // indices into the ZoneKeySet vouched for
    int usableDs = 0;
    int unsupportedDigest = 0;
    int unsupportedAlgorithm = 0;
};

bool algorithmAllowed(std::uint8_t algorithm, const ValidatorConfig& config)
{
    if (!config.acceptSha1Signatures && (algorithm == 5 || algorithm == 7))
        return false;
    return isDnssecAlgorithmSupported(algorithm);
}

// RFC 4509 §3: with a usable SHA-256 (or, RFC 6605 §3, SHA-384) DS in the set, SHA-1 DS records
// are ignored, so that a forged or stale SHA-1 digest cannot stand in for a stronger one that
// fails (BIND's validator does the same).
bool hasStrongDigest(const QList<QByteArray>& ds, const ValidatorConfig& config)
{
    return std::any_of(ds.cbegin(), ds.cend(), [&config](const QByteArray& rdata) {
        const auto data = DsData::fromRdata(rdata);
        return data && (data->digestType == DsDigest::sha256 || data->digestType == DsDigest::sha384)
            && algorithmAllowed(data->algorithm, config);
    });
}

// RFC 4035 §5.2: a DS names a DNSKEY by tag and algorithm, and its digest must match.
void matchDs(const ZoneKeySet& keys, const QList<QByteArray>& ds, const ValidatorConfig& config, Trust& trust)
{
    const bool ignoreSha1 = hasStrongDigest(ds, config);
    for (const QByteArray& rdata : ds) {
        const auto data = DsData::fromRdata(rdata);
        if (!data || (ignoreSha1 && data->digestType == DsDigest::sha1))
            continue;
        if (!DsDigest::isSupported(data->digestType)) {
            ++trust.unsupportedDigest;
            continue;
        }
        if (!algorithmAllowed(data->algorithm, config)) {
            ++trust.unsupportedAlgorithm;
            continue;
        }
        ++trust.usableDs;
        for (int index : keys.candidates(data->algorithm, data->keyTag)) {
            const auto digest = DsDigest::compute(data->digestType, keys.zone().wire(), keys.keys().at(index).rdata);
            if (digest && *digest == data->digest && !trust.keys.contains(index))
                trust.keys.append(index);
        }
    }
}

void matchAnchorKeys(const ZoneKeySet& keys, const QList<QByteArray>& anchorKeys, Trust& trust)
{
    for (const QByteArray& anchor : anchorKeys) {
        for (int i = 0; i < keys.keys().size(); ++i) {
            if (keys.keys().at(i).rdata == anchor && !trust.keys.contains(i)) {
                trust.keys.append(i);
                ++trust.usableDs;
            }
        }
    }
}
} // namespace

Verdict DnskeyValidator::validate(const RrSet& dnskeys, const QList<QByteArray>& rrsigs, const QList<QByteArray>& ds,
    const QList<QByteArray>& anchorKeys, qint64 now, const ValidatorConfig& config)
{
    using S = Verdict::Status;
    using R = Verdict::Reason;
    const DnsName& zone = dnskeys.owner;
    auto make = [&](S status, R reason, const QString& message) {
        return Verdict::make(status, reason, zone, rrtype::DNSKEY, zone, message);
    };
    if (ds.isEmpty() && anchorKeys.isEmpty())
        return make(S::Indeterminate, R::NoTrustAnchor, QStringLiteral("no DS and no trusted DNSKEY for the zone"));
    const ZoneKeySet keys(zone, dnskeys.rdatas, config);
    // KeyTrap (CVE-2023-50387): a set over the budget is not judged at all. Judging the first
    // keys only would make the verdict depend on the order the server sent them in, and a key
    // left out would turn a well-signed answer bogus.
    if (keys.truncated())
        return make(S::Indeterminate, R::WorkBudgetExceeded,
            QStringLiteral("%1 DNSKEYs, more than the %2 a set may have")
                .arg(dnskeys.rdatas.size())
                .arg(config.maxDnskeys));
    Trust trust;
    matchDs(keys, ds, config, trust);
    matchAnchorKeys(keys, anchorKeys, trust);
    if (trust.usableDs == 0 && trust.keys.isEmpty()) {
        if (trust.unsupportedAlgorithm > 0)
            return make(S::Insecure, R::UnsupportedDnskeyAlgorithm, QStringLiteral("no DS uses a supported algorithm"));
        if (trust.unsupportedDigest > 0)
            return make(S::Insecure, R::UnsupportedDsDigest, QStringLiteral("no DS uses a supported digest type"));
        return make(S::Bogus, R::Malformed, QStringLiteral("no well-formed DS or trusted DNSKEY"));
    }
    if (keys.isEmpty())
        return make(S::Bogus, R::DnskeyMissing, QStringLiteral("the zone has no DNSKEY RRset"));
    if (trust.keys.isEmpty())
        return make(S::Bogus, R::DnskeyMissing, QStringLiteral("no DNSKEY matches the DS records"));
    Verdict failure;
    for (int index : trust.keys) {
        const ZoneKeySet single = keys.only(index);
        Verdict verdict = RrsetVerifier(single, config).verify(dnskeys, rrsigs, now);
        if (verdict.isSecure())
            return verdict;
        if (verdict.reason == R::DnskeyMissing) {
            // RFC 4035 §5.2: the key the DS names must itself sign the DNSKEY RRset.
            verdict.reason = R::RrsigsMissing;
            verdict.message = QStringLiteral("no RRSIG over the DNSKEY RRset by the key the DS names (tag %1)")
                                  .arg(keys.keys().at(index).keyTag);
        }
        if (failure.message.isEmpty())
            failure = verdict;
    }
    return failure;
}

} // namespace nameplan
