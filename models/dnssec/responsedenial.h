// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsmessage.h"
#include "rrset.h"
#include "validatorconfig.h"
#include "verdict.h"
#include "zonekeyset.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace nameplan {

// Judges the authenticated denial of existence carried by one authoritative response (RFC 4035
// §5.4, RFC 5155 §8): the NSEC or NSEC3 RRsets of its authority section are first verified with
// the zone's keys (RrsetVerifier), then the proof they make for the question is judged by
// NsecProof or Nsec3Proof. The live checks use it per authority, so that a server that strips
// or garbles its proofs is caught even when the others are fine.
//
// Contract: keys are the zone's DNSKEYs, already proven secure by the caller; keys and config
// outlive the object. Every verdict names the question (owner and type), the zone, and says in
// its message which kind of answer was judged. Pure: a function of the response and `now`.
class ResponseDenial {
public:
    ResponseDenial(const DnsName& zone, const ZoneKeySet& keys, const ValidatorConfig& config);

    // A response with no answer record for the question: NXDOMAIN (RCODE 3), NODATA (RCODE 0,
    // the zone's SOA in the authority section), or a referral to a child zone (NS below the
    // apex, RFC 4035 §5.2): to a signed child (a DS set at the cut) secure when the DS set's
    // signature holds with the zone's keys, otherwise bogus with the verifier's reason (RRSIGs
    // missing, expired, tampered...); to an unsigned one insecure when the parent proves the DS
    // absent. Any other RCODE is indeterminate: there is nothing to validate.
    Verdict judgeDenial(const DnsMessage& response, const DnsQuestion& question, qint64 now) const;
    // A positive answer set whose RRSIG has fewer labels than its owner was synthesised from a
    // wildcard (RFC 4035 §5.3.4, RFC 5155 §8.8): the response must prove that the exact name does
    // not exist. nullopt when the answer is not a wildcard expansion.
    std::optional<Verdict> judgeWildcard(
        const DnsMessage& response, const RrSet& answer, const QList<QByteArray>& rrsigs, qint64 now) const;
    // The zone's answer to "cut DS" without a DS (the parent side of a cut, asked with DO):
    // insecure when its NSEC at the cut shows NS without DS and SOA (RFC 6840 §4.4), an NSEC3
    // matches likewise or an opt-out NSEC3 covers it (RFC 5155 §8.6); otherwise the failing
    // verdict (a signature's, or NsecMissing, EDE 12). The chain of trust judges each link so.
    Verdict judgeDsAbsence(const DnsMessage& response, const DnsName& cut, qint64 now) const;

private:
    // The zone's NSEC/NSEC3 records of the authority section with their signatures verified.
    struct Proof {
        QList<ResourceRecord> records;
        bool nsec3 = false;
        std::optional<Verdict> failure; // the worst signature verdict when one is not secure
        std::optional<qint64> validUntil; // the earliest expiry of the signatures that held
    };

    Proof collect(const DnsMessage& response, qint64 now) const;
    // A referral without DS: the proof must show the DS absent at cut.
    Verdict insecureReferral(const Proof& proof, const DnsName& cut) const;
    // A referral with the DS set at cut (present in response): that set's signature verified,
    // its validUntil kept.
    Verdict signedReferral(const DnsMessage& response, const DnsName& cut, qint64 now) const;
    // The verdict relabelled to the question, the kind of answer in front of its message; a
    // secure one keeps the earliest expiry of its own and the proof's signatures.
    Verdict finish(Verdict verdict, const Proof& proof, const DnsQuestion& question, const QString& kind) const;

    DnsName m_zone;
    const ZoneKeySet& m_keys;
    const ValidatorConfig& m_config;
};

} // namespace nameplan
