// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verifyoutcome.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <memory>

namespace nameplan {

// A DNSKEY public key, ready to verify RRSIG signatures (RFC 4034 §3.1.8.1, RFC 4035 §5.3.3).
//
// Built once from (algorithm number, public key field) and then used for many signatures: the
// key is parsed and imported into OpenSSL (EVP_PKEY_fromdata) at construction only. verify()
// is const and thread-safe: each thread prepares its own OpenSSL verification context for a key
// on first use and keeps it for the next signatures (a few keys per thread), so one key may
// verify from several threads at once without locks. Copies share the same immutable key.
//
// Key formats: RSA (5, 7, 8, 10) RFC 3110 §2 — exponent length in 1 octet, or 0 then 2 octets,
// the exponent, then the modulus; ECDSA (13, 14) RFC 6605 §4 — the point's x || y; EdDSA
// (15, 16) RFC 8080 §3 — the RFC 8032 public key octets.
class DnssecKey {
public:
    // Never fails loudly: a key that cannot be built remembers why (loadOutcome()) and every
    // verify() reports that outcome.
    DnssecKey(quint8 algorithm, QByteArrayView publicKey);

    quint8 algorithm() const;

    // Valid when the key is usable; otherwise UnsupportedAlgorithm, MalformedKey or CryptoError.
    const VerifyOutcome& loadOutcome() const;
    bool isUsable() const { return loadOutcome().isValid(); }

    // The key size in bits as OpenSSL counts it (RSA modulus, curve size), 0 if unusable; for
    // algorithm policy such as RFC 8624 §3.1.
    int bits() const;

    // Checks signature (the RRSIG Signature field as it is on the wire) over signedData, which
    // the caller has already built in canonical form: RRSIG RDATA without the signature, then
    // the canonical RRset (RFC 4034 §3.1.8.1, §6.2, §6.3). ECDSA signatures are converted from
    // r || s to DER here. Thread-safe.
    VerifyOutcome verify(QByteArrayView signedData, QByteArrayView signature) const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
};

} // namespace nameplan
