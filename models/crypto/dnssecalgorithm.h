// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace nameplan {

// The DNSSEC signing algorithms this facade implements (IANA "DNS Security Algorithm Numbers";
// RFC 8624 §3.1 lists which a validator must, should or may support).
enum class DnssecAlgorithm : quint8 {
    RsaSha1 = 5, // RFC 3110
    RsaSha1Nsec3Sha1 = 7, // RFC 5155 §2: RSA/SHA-1, the alias that signals NSEC3
    RsaSha256 = 8, // RFC 5702
    RsaSha512 = 10, // RFC 5702
    EcdsaP256Sha256 = 13, // RFC 6605
    EcdsaP384Sha384 = 14, // RFC 6605
    Ed25519 = 15, // RFC 8080
    Ed448 = 16, // RFC 8080
};

// The algorithm for a DNSKEY/RRSIG algorithm number, or nullopt when this facade does not
// implement it (RSA/MD5, DSA, GOST, private algorithms...).
std::optional<DnssecAlgorithm> dnssecAlgorithmFromNumber(quint8 number);

// The IANA mnemonic ("RSASHA256", "ECDSAP256SHA256", ...), or "ALGORITHM<n>" for others.
QString dnssecAlgorithmMnemonic(quint8 number);

// True when this process can verify signatures of this algorithm number: the facade implements
// it and the OpenSSL build provides its key type, signature scheme and hash. Detected once by
// fetching them from OpenSSL's providers, never assumed (Ed448, for one, is absent from some
// builds, and a FIPS-only provider lacks the Edwards curves).
bool isDnssecAlgorithmSupported(quint8 number);

// All supported algorithm numbers, ascending.
const QList<quint8>& supportedDnssecAlgorithms();

} // namespace nameplan
