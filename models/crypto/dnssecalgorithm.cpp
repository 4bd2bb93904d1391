// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecalgorithm.h"

#include "algorithmtraits.h"
#include "opensslhandles.h"

#include <openssl/err.h>

#include <array>

namespace nameplan {

namespace {

using Family = AlgorithmTraits::Family;

// Key sizes: RFC 6605 §4 (P-256 and P-384 coordinates are 32 and 48 octets), RFC 8080 §3
// (Ed25519 and Ed448 public keys are 32 and 57 octets).
constexpr std::array<AlgorithmTraits, 8> allTraits { {
    { DnssecAlgorithm::RsaSha1, Family::Rsa, "RSA", "RSA", nullptr, HashFunction::Sha1, 0, "RSASHA1" },
    { DnssecAlgorithm::RsaSha1Nsec3Sha1, Family::Rsa, "RSA", "RSA", nullptr, HashFunction::Sha1, 0,
        "RSASHA1-NSEC3-SHA1" },
    { DnssecAlgorithm::RsaSha256, Family::Rsa, "RSA", "RSA", nullptr, HashFunction::Sha256, 0, "RSASHA256" },
    { DnssecAlgorithm::RsaSha512, Family::Rsa, "RSA", "RSA", nullptr, HashFunction::Sha512, 0, "RSASHA512" },
    { DnssecAlgorithm::EcdsaP256Sha256, Family::Ecdsa, "EC", "ECDSA", "prime256v1", HashFunction::Sha256, 32,
        "ECDSAP256SHA256" },
    { DnssecAlgorithm::EcdsaP384Sha384, Family::Ecdsa, "EC", "ECDSA", "secp384r1", HashFunction::Sha384, 48,
        "ECDSAP384SHA384" },
    { DnssecAlgorithm::Ed25519, Family::Eddsa, "ED25519", "ED25519", nullptr, HashFunction::Sha512, 32, "ED25519" },
    { DnssecAlgorithm::Ed448, Family::Eddsa, "ED448", "ED448", nullptr, HashFunction::Sha512, 57, "ED448" },
} };

bool providerHas(const AlgorithmTraits& traits)
{
    OpenSslPtr<EVP_KEYMGMT, &EVP_KEYMGMT_free> keys(EVP_KEYMGMT_fetch(nullptr, traits.keyType, nullptr));
    OpenSslPtr<EVP_SIGNATURE, &EVP_SIGNATURE_free> scheme(EVP_SIGNATURE_fetch(nullptr, traits.signatureName, nullptr));
    const bool hashed = traits.family == Family::Eddsa || fetchedDigest(traits.hash);
    return keys && scheme && hashed;
}

QList<quint8> detectSupported()
{
    QList<quint8> supported;
    for (const AlgorithmTraits& traits : allTraits) {
        if (providerHas(traits))
            supported.append(static_cast<quint8>(traits.algorithm));
    }
    // A failed fetch leaves errors on the queue; they describe a probe, not a failure.
    ERR_clear_error();
    return supported;
}

} // namespace

const AlgorithmTraits* algorithmTraits(quint8 number)
{
    for (const AlgorithmTraits& traits : allTraits) {
        if (static_cast<quint8>(traits.algorithm) == number)
            return &traits;
    }
    return nullptr;
}

std::optional<DnssecAlgorithm> dnssecAlgorithmFromNumber(quint8 number)
{
    const AlgorithmTraits* traits = algorithmTraits(number);
    return traits ? std::optional(traits->algorithm) : std::nullopt;
}

QString dnssecAlgorithmMnemonic(quint8 number)
{
    const AlgorithmTraits* traits = algorithmTraits(number);
    return traits ? QString::fromLatin1(traits->mnemonic) : QStringLiteral("ALGORITHM%1").arg(number);
}

const QList<quint8>& supportedDnssecAlgorithms()
{
    // Returned by reference: every signature check asks, from both cores, and a copy's
    // reference count would be one cache line the two fight over.
    static const QList<quint8> supported = detectSupported();
    return supported;
}

bool isDnssecAlgorithmSupported(quint8 number)
{
    return supportedDnssecAlgorithms().contains(number);
}

} // namespace nameplan
