// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace nameplan {

// A freshly generated DNSSEC private key, for tests and fixtures (signing zones made up on the
// spot, then checking the validator against them). Production zones are signed by real signers.
// The private key never leaves this object: there is no export, and errors never contain it.
class DnssecSigningKey {
public:
    // A new key for algorithm 5, 7, 8, 10, 13, 14, 15 or 16; rsaBits applies to RSA only
    // (RFC 3110 §2 allows 512..4096). On failure the key isNull() and error() says why.
    static DnssecSigningKey generate(quint8 algorithm, int rsaBits = 2048);

    bool isNull() const { return !m_state; }
    QString error() const { return m_error; }
    quint8 algorithm() const;

    // The DNSKEY public key field in DNS format: RFC 3110 §2 (RSA), RFC 6605 §4 (x || y),
    // RFC 8080 §3 (EdDSA).
    QByteArray publicKeyField() const;

    // The whole DNSKEY RDATA with protocol 3 (flags 256 = zone key, 257 = zone key + SEP).
    QByteArray dnskeyRdata(quint16 flags) const;

    // The RRSIG Signature field over already canonical signed data (RFC 4034 §3.1.8.1): the
    // PKCS #1 v1.5 signature for RSA, r || s for ECDSA, the RFC 8032 signature for EdDSA.
    std::optional<QByteArray> sign(QByteArrayView signedData) const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
    QString m_error;
};

} // namespace nameplan
