// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rrset.h"
#include "rrsigdata.h"
#include "validatorconfig.h"
#include "verdict.h"
#include "zonekeyset.h"

#include <QByteArray>
#include <QList>

namespace nameplan {

// Checks the signatures of one RRset with one zone's keys (RFC 4035 §5.3): a pure function of
// the evidence and `now`, thread-safe, so that a whole zone can be split over the cores.
class RrsetVerifier {
public:
    // Contract: keys and config outlive the verifier.
    RrsetVerifier(const ZoneKeySet& keys, const ValidatorConfig& config);

    // Judges set with the RRSIG RDATAs found at its owner; RRSIGs covering other types are
    // ignored. Any one valid signature makes the set secure (RFC 4035 §5.3.3, RFC 6840 §5.4).
    // With none: insecure when every signature uses an algorithm this build or the policy
    // cannot validate and so does every key of the zone (RFC 4035 §5.2, RFC 8624 §3.1);
    // bogus (RRSIGs missing) when the zone has a key the validator can use, since the set then
    // lacks the signature that key's path requires (RFC 6840 §5.11; otherwise relabelling
    // RRSIGs would downgrade any answer to insecure); otherwise bogus with the most telling
    // reason (expired, not yet valid, invalid, key missing...), or indeterminate when a budget
    // or OpenSSL stopped the work. now: seconds since the epoch.
    Verdict verify(const RrSet& set, const QList<QByteArray>& rrsigs, qint64 now) const;

    // The signed data of RFC 4034 §3.1.8.1 for rrsig over set: RRSIG RDATA without the
    // signature, then the canonical RRset with the original TTL and, when rrsig's Labels field
    // is smaller than the owner's label count, the owner rewritten to the wildcard that was
    // expanded (RFC 4035 §5.3.2). nullopt when Labels exceeds the owner's label count.
    static std::optional<QByteArray> signedData(const RrSet& set, const RrsigData& rrsig);

private:
    // Outcomes of one RRSIG, in the order a failure is preferred for the report.
    enum class Attempt {
        Valid,
        Expired,
        NotYetValid,
        KeyBudget, // more keys share the RRSIG's tag than maxKeysPerSignature, and those tried failed
        Invalid,
        KeyMissing,
        NoZoneKey,
        Malformed,
        CryptoError,
        Policy,
        Unsupported,
    };
    struct Result {
        Attempt attempt = Attempt::Malformed;
        QString detail;
        qint64 validUntil = 0;
    };

    Result tryOne(const RrSet& set, const RrsigData& rrsig, qint64 now) const;
    Result tryKeys(const RrSet& set, const RrsigData& rrsig, qint64 now) const;
    bool algorithmAllowed(std::uint8_t algorithm) const;
    // RFC 8624 §3.1, RFC 3110 §2: false for an RSA key under the configured minimum size.
    bool sizeAllowed(const ZoneKeySet::Key& key) const;
    // A key that can make an RRSIG valid: zone key, protocol 3, not revoked, allowed.
    bool usable(const ZoneKeySet::Key& key) const;
    Verdict judge(const RrSet& set, const Result& best, int considered, int total) const;

    const ZoneKeySet& m_keys;
    const ValidatorConfig& m_config;
    bool m_anyUsableKey = false;
};

} // namespace nameplan
