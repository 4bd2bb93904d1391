// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace nameplan {

// The judgement on one piece of DNSSEC evidence (an RRset, a DNSKEY set, a denial proof, a
// chain link, a whole zone). Never a bare bool (STYLE item 9): an ordered status, a specific
// reason aligned with the RFC 8914 Extended DNS Error codes, the data concerned and a message
// for people. The chain view, the JSON and the PDF all render this one structure.
struct Verdict {
    // RFC 4035 §4.3 states, ordered from best to worst so that combining takes the maximum.
    enum class Status { Secure, Insecure, Indeterminate, Bogus };

    // Why. The numbers are not the EDE codes: edeCode() maps them (RFC 8914 §4).
    enum class Reason {
        None, // secure, nothing to report
        UnsupportedDnskeyAlgorithm, // EDE 1: RFC 4035 §5.2, RFC 6840 §5.2: insecure
        UnsupportedDsDigest, // EDE 2: RFC 4035 §5.2: insecure
        Bogus, // EDE 6: a signature or a proof does not hold
        SignatureExpired, // EDE 7
        SignatureNotYetValid, // EDE 8
        DnskeyMissing, // EDE 9: no DNSKEY matches the DS / the RRSIG's key tag
        RrsigsMissing, // EDE 10
        NoZoneKeyBitSet, // EDE 11: RFC 4034 §2.1.1
        NsecMissing, // EDE 12: no NSEC/NSEC3 where the proof or the chain needs one
        Nsec3IterationsTooHigh, // EDE 27 (RFC 9276 §3.2): insecure
        AlgorithmPolicy, // EDE 1: RFC 8624 forbids validating with this key (e.g. RSA < 1024 bits)
        NoTrustAnchor, // EDE 5 (indeterminate): no anchor covers the zone
        UnsignedZone, // no EDE: provably or by configuration unsigned (RFC 4035 §4.3 insecure)
        InsecureDelegation, // no EDE: a DS absence proven by NSEC/NSEC3 (RFC 4035 §5.2)
        WorkBudgetExceeded, // EDE 0: a ValidatorConfig budget stopped the work (indeterminate)
        CryptoError, // EDE 0: OpenSSL failed; the data was never judged (indeterminate)
        Malformed, // EDE 6: records that cannot be parsed
        Canceled, // EDE 0: the caller canceled (indeterminate)
        NoReachableAuthority, // EDE 22: no server of a zone on the chain answered (indeterminate)
    };

    Status status = Status::Indeterminate;
    Reason reason = Reason::None;
    DnsName owner; // the RRset (or proof, or zone apex) concerned
    std::uint16_t type = 0; // its type; 0 when the verdict is about a whole zone
    DnsName zone; // the zone whose keys judged it
    QString authority; // the authority that served the evidence; empty for a zone file
    QString message; // English, for logs and the JSON evidence; views translate reasons
    // Absolute time (seconds since the epoch) when the signature that made this secure expires:
    // what the signer's downtime is measured against (issue 5 item 3).
    std::optional<qint64> validUntil;

    static Verdict secure(const DnsName& owner, std::uint16_t type, const DnsName& zone);
    static Verdict make(Status status, Reason reason, const DnsName& owner, std::uint16_t type, const DnsName& zone,
        const QString& message);

    bool isSecure() const { return status == Status::Secure; }
    // The RFC 8914 INFO-CODE for the reason, nullopt for None, UnsignedZone and InsecureDelegation.
    std::optional<std::uint16_t> edeCode() const;
    // Of two verdicts, the worse (higher status); the first wins ties so callers keep the earliest.
    static const Verdict& worse(const Verdict& a, const Verdict& b);

    // Stable identifiers for JSON and tests: "secure", "bogus", ...; "signature-expired", ...
    static QString statusName(Status status);
    static QString reasonName(Reason reason);
    // {"status","reason","ede","owner","type","zone","authority","message","validUntil"}.
    QJsonObject toJson() const;
    // "bogus (signature-expired, EDE 7) www.example. A: message" for logs and the terminal.
    QString toString() const;
};

} // namespace nameplan
