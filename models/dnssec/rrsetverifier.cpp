// SPDX-License-Identifier: GPL-3.0-or-later
#include "rrsetverifier.h"

#include "canonicalform.h"
#include "dnssecalgorithm.h"
#include "signaturewindow.h"

#include <algorithm>

namespace nameplan {

namespace {
bool isRsa(std::uint8_t algorithm)
{
    return algorithm == 5 || algorithm == 7 || algorithm == 8 || algorithm == 10;
}

// RFC 4034 §2.1.1 zone key bit, §2.1.2 protocol 3; RFC 5011 §2.1 revoked keys sign nothing.
bool isSigningKey(const ZoneKeySet::Key& key)
{
    return (key.flags & 0x0100) && key.protocol == 3 && !(key.flags & 0x0080);
}

QString tagText(const RrsigData& rrsig)
{
    return QStringLiteral("RRSIG key tag %1, algorithm %2 (%3)")
        .arg(rrsig.keyTag)
        .arg(rrsig.algorithm)
        .arg(dnssecAlgorithmMnemonic(rrsig.algorithm));
}
} // namespace

RrsetVerifier::RrsetVerifier(const ZoneKeySet& keys, const ValidatorConfig& config)
    : m_keys(keys)
    , m_config(config)
{
    m_anyUsableKey = std::any_of(
        keys.keys().cbegin(), keys.keys().cend(), [this](const ZoneKeySet::Key& key) { return usable(key); });
}

std::optional<QByteArray> RrsetVerifier::signedData(const RrSet& set, const RrsigData& rrsig)
{
    const int ownerLabels = set.owner.rrsigLabelCount();
    if (rrsig.labels > ownerLabels)
        return std::nullopt;
    // One allocation: canonical RDATA is as long as the RDATA, and a wildcard owner no longer
    // than the owner it was expanded to.
    qsizetype size = rrsig.signedPrefixSize();
    for (const QByteArray& rdata : set.rdatas)
        size += set.owner.wire().size() + ResourceRecord::fixedWireSize + rdata.size();
    QByteArray data;
    data.reserve(size);
    rrsig.appendSignedPrefix(data);
    if (rrsig.labels == ownerLabels) {
        CanonicalForm::appendRrsetWire(data, set, set.owner, rrsig.originalTtl);
        return data;
    }
    // RFC 4035 §5.3.2: the RRset was synthesised from the wildcard "*." + the rightmost
    // Labels labels of the owner, and that is the owner that was signed.
    const auto star = DnsName::fromText("*", set.owner.suffix(rrsig.labels));
    if (!star)
        return std::nullopt;
    CanonicalForm::appendRrsetWire(data, set, *star, rrsig.originalTtl);
    return data;
}

bool RrsetVerifier::algorithmAllowed(std::uint8_t algorithm) const
{
    if (!m_config.acceptSha1Signatures && (algorithm == 5 || algorithm == 7))
        return false;
    return isDnssecAlgorithmSupported(algorithm);
}

bool RrsetVerifier::sizeAllowed(const ZoneKeySet::Key& key) const
{
    return !(isRsa(key.algorithm) && key.key.isUsable() && key.key.bits() < m_config.minRsaBits);
}

bool RrsetVerifier::usable(const ZoneKeySet::Key& key) const
{
    return isSigningKey(key) && algorithmAllowed(key.algorithm) && key.key.isUsable() && sizeAllowed(key);
}

RrsetVerifier::Result RrsetVerifier::tryOne(const RrSet& set, const RrsigData& rrsig, qint64 now) const
{
    // RFC 4035 §5.3.1: the signer is the zone whose keys judge the set, and the owner lies in it.
    if (!(rrsig.signer == m_keys.zone()) || !set.owner.isSubdomainOf(rrsig.signer))
        return { Attempt::KeyMissing, QStringLiteral("signer %1 is not the zone").arg(rrsig.signer.toString()), 0 };
    if (!algorithmAllowed(rrsig.algorithm))
        return { Attempt::Unsupported, tagText(rrsig) + QStringLiteral(": algorithm not supported"), 0 };
    switch (SignatureWindow::check(rrsig.inception, rrsig.expiration, now, m_config.clockSkewSeconds)) {
    case SignatureWindow::State::Current:
        break;
    case SignatureWindow::State::Expired:
        return { Attempt::Expired, tagText(rrsig) + QStringLiteral(": expired"), 0 };
    case SignatureWindow::State::NotYetValid:
        return { Attempt::NotYetValid, tagText(rrsig) + QStringLiteral(": inception in the future"), 0 };
    case SignatureWindow::State::Inverted:
        return { Attempt::Invalid, tagText(rrsig) + QStringLiteral(": inception not before expiration"), 0 };
    }
    return tryKeys(set, rrsig, now);
}

RrsetVerifier::Result RrsetVerifier::tryKeys(const RrSet& set, const RrsigData& rrsig, qint64 now) const
{
    const QList<int> candidates = m_keys.candidates(rrsig.algorithm, rrsig.keyTag);
    if (candidates.isEmpty())
        return { Attempt::KeyMissing, tagText(rrsig) + QStringLiteral(": no DNSKEY with this tag"), 0 };
    const auto data = signedData(set, rrsig);
    if (!data)
        return { Attempt::Invalid, tagText(rrsig) + QStringLiteral(": Labels exceeds the owner's labels"), 0 };
    // The texts are built only when a failure is kept: on the usual path no signature fails.
    Result best { Attempt::NoZoneKey, {}, 0 };
    const auto limit = std::min<qsizetype>(candidates.size(), m_config.maxKeysPerSignature);
    for (qsizetype i = 0; i < limit; ++i) {
        const ZoneKeySet::Key& key = m_keys.keys().at(candidates.at(i));
        if (!isSigningKey(key))
            continue;
        if (!sizeAllowed(key)) {
            best = { Attempt::Policy,
                tagText(rrsig) + QStringLiteral(": RSA key of %1 bits refused (RFC 8624)").arg(key.key.bits()), 0 };
            continue;
        }
        const VerifyOutcome outcome = key.key.verify(*data, rrsig.signature);
        if (outcome.isValid())
            return { Attempt::Valid, {}, SignatureWindow::absoluteTime(rrsig.expiration, now) };
        const Attempt attempt = outcome.status == VerifyOutcome::Status::CryptoError ? Attempt::CryptoError
            : outcome.status == VerifyOutcome::Status::UnsupportedAlgorithm          ? Attempt::Unsupported
                                                                                     : Attempt::Invalid;
        if (attempt < best.attempt)
            best = { attempt, tagText(rrsig) + QStringLiteral(": ") + outcome.detail, 0 };
    }
    // KeyTrap (CVE-2023-50387): an untried key might have made it valid, so a failure here is no
    // proof of forgery; the budget is the outcome.
    if (candidates.size() > limit)
        return { Attempt::KeyBudget,
            tagText(rrsig)
                + QStringLiteral(": %1 DNSKEYs share this tag, only %2 tried").arg(candidates.size()).arg(limit),
            0 };
    if (best.attempt == Attempt::NoZoneKey)
        best.detail = tagText(rrsig) + QStringLiteral(": the DNSKEY lacks the zone key flag");
    return best;
}

Verdict RrsetVerifier::verify(const RrSet& set, const QList<QByteArray>& rrsigs, qint64 now) const
{
    Result best { Attempt::Unsupported, {}, 0 };
    int considered = 0;
    int total = 0;
    bool any = false;
    for (const QByteArray& rdata : rrsigs) {
        const auto rrsig = RrsigData::fromRdata(rdata);
        if (rrsig && rrsig->typeCovered != set.type)
            continue;
        ++total;
        if (considered >= m_config.maxRrsigsPerRrset)
            continue;
        ++considered;
        any = true;
        const Result result = rrsig ? tryOne(set, *rrsig, now)
                                    : Result { Attempt::Malformed, QStringLiteral("malformed RRSIG RDATA"), 0 };
        if (result.attempt == Attempt::Valid) {
            Verdict verdict = Verdict::secure(set.owner, set.type, m_keys.zone());
            verdict.validUntil = result.validUntil;
            return verdict;
        }
        if (result.attempt < best.attempt || best.detail.isEmpty())
            best = result;
    }
    if (!any)
        return Verdict::make(Verdict::Status::Bogus, Verdict::Reason::RrsigsMissing, set.owner, set.type, m_keys.zone(),
            QStringLiteral("no RRSIG covers this RRset"));
    return judge(set, best, considered, total);
}

Verdict RrsetVerifier::judge(const RrSet& set, const Result& best, int considered, int total) const
{
    using S = Verdict::Status;
    using R = Verdict::Reason;
    auto make = [&](S status, R reason) {
        return Verdict::make(status, reason, set.owner, set.type, m_keys.zone(), best.detail);
    };
    if (considered < total && best.attempt != Attempt::Expired && best.attempt != Attempt::NotYetValid) {
        Verdict v = make(S::Indeterminate, R::WorkBudgetExceeded);
        v.message = QStringLiteral("%1 RRSIGs, only %2 considered; ").arg(total).arg(considered) + best.detail;
        return v;
    }
    switch (best.attempt) {
    case Attempt::Valid:
        break;
    case Attempt::Expired:
        return make(S::Bogus, R::SignatureExpired);
    case Attempt::NotYetValid:
        return make(S::Bogus, R::SignatureNotYetValid);
    case Attempt::KeyBudget:
        return make(S::Indeterminate, R::WorkBudgetExceeded);
    case Attempt::Invalid:
        return make(S::Bogus, R::Bogus);
    case Attempt::KeyMissing:
        return make(S::Bogus, R::DnskeyMissing);
    case Attempt::NoZoneKey:
        return make(S::Bogus, R::NoZoneKeyBitSet);
    case Attempt::Malformed:
        return make(S::Bogus, R::Malformed);
    case Attempt::CryptoError:
        return make(S::Indeterminate, R::CryptoError);
    case Attempt::Policy:
    case Attempt::Unsupported:
        if (m_anyUsableKey) {
            Verdict v = make(S::Bogus, R::RrsigsMissing);
            v.message
                = QStringLiteral("no RRSIG by a key this validator accepts, though the zone has one; ") + best.detail;
            return v;
        }
        return make(S::Insecure, best.attempt == Attempt::Policy ? R::AlgorithmPolicy : R::UnsupportedDnskeyAlgorithm);
    }
    return make(S::Indeterminate, R::CryptoError);
}

} // namespace nameplan
