// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsseckey.h"

#include "algorithmtraits.h"
#include "ecdsasignature.h"
#include "opensslerror.h"
#include "opensslhandles.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>

#include <array>

namespace nameplan {

using Status = VerifyOutcome::Status;
using Family = AlgorithmTraits::Family;

struct DnssecKey::State {
    quint8 algorithm = 0;
    const AlgorithmTraits* traits = nullptr;
    PkeyPtr key;
    VerifyOutcome loadOutcome;
};

namespace {

// RFC 3110 §2 limits the modulus to 4096 bits; the bound also caps the work per signature.
constexpr qsizetype maxRsaModulusBytes = 4096 / 8;

struct RsaPublicKey {
    QByteArrayView exponent;
    QByteArrayView modulus;
};

// Splits an RFC 3110 §2 public key field, or explains why it is malformed:
//   | exp len (1) | exponent | modulus |            when exp len is 1..255
//   | 0 | exp len (2, big-endian) | exponent | modulus |
std::optional<RsaPublicKey> splitRsaKey(QByteArrayView field, QString& why)
{
    qsizetype offset = 1;
    qsizetype exponentLength = field.isEmpty() ? 0 : static_cast<unsigned char>(field[0]);
    if (!field.isEmpty() && exponentLength == 0 && field.size() >= 3) {
        exponentLength = static_cast<unsigned char>(field[1]) << 8 | static_cast<unsigned char>(field[2]);
        offset = 3;
    }
    if (exponentLength == 0 || offset + exponentLength >= field.size()) {
        why = QStringLiteral("RSA key field too short for its exponent and modulus (RFC 3110 §2)");
        return std::nullopt;
    }
    const RsaPublicKey key { field.sliced(offset, exponentLength), field.sliced(offset + exponentLength) };
    if (key.exponent.front() == 0 || key.modulus.front() == 0) {
        why = QStringLiteral("RSA exponent or modulus has a leading zero octet (RFC 3110 §2)");
        return std::nullopt;
    }
    if (key.modulus.size() > maxRsaModulusBytes) {
        why = QStringLiteral("RSA modulus longer than 4096 bits (RFC 3110 §2)");
        return std::nullopt;
    }
    return key;
}

// Imports public key parameters into a new EVP_PKEY of the given type (EVP_PKEY_fromdata).
PkeyPtr importPublicKey(const char* keyType, OSSL_PARAM* params)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
        return nullptr;
    return PkeyPtr(key);
}

PkeyPtr buildRsaKey(QByteArrayView field, QString& why)
{
    const std::optional<RsaPublicKey> parts = splitRsaKey(field, why);
    if (!parts)
        return nullptr;
    const auto bytes = [](QByteArrayView v) { return reinterpret_cast<const unsigned char*>(v.data()); };
    BigNumPtr n(BN_bin2bn(bytes(parts->modulus), static_cast<int>(parts->modulus.size()), nullptr));
    BigNumPtr e(BN_bin2bn(bytes(parts->exponent), static_cast<int>(parts->exponent.size()), nullptr));
    ParamBuildPtr build(OSSL_PARAM_BLD_new());
    if (!n || !e || !build || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1
        || OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(build.get()));
    return params ? importPublicKey("RSA", params.get()) : nullptr;
}

// RFC 6605 §4: x || y, which is SEC 1's uncompressed point without its 0x04 prefix.
PkeyPtr buildEcdsaKey(const AlgorithmTraits& traits, QByteArrayView field, QString& why)
{
    if (field.size() != 2 * traits.fieldBytes) {
        why = QStringLiteral("ECDSA key is %1 octets, expected %2 (RFC 6605 §4)")
                  .arg(field.size())
                  .arg(2 * traits.fieldBytes);
        return nullptr;
    }
    QByteArray point(1, '\x04');
    point.append(field);
    std::array<OSSL_PARAM, 3> params {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(traits.curve), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(), static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end(),
    };
    PkeyPtr key = importPublicKey(traits.keyType, params.data());
    if (key) {
        // The import decodes the point; this also proves it lies on the curve.
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1) {
            why = QStringLiteral("ECDSA key is not a point on %1").arg(QLatin1StringView(traits.curve));
            return nullptr;
        }
    } else {
        why = QStringLiteral("ECDSA key is not a point on %1").arg(QLatin1StringView(traits.curve));
    }
    return key;
}

// RFC 8080 §3: the RFC 8032 encoding of the public key, 32 or 57 octets.
PkeyPtr buildEddsaKey(const AlgorithmTraits& traits, QByteArrayView field, QString& why)
{
    if (field.size() != traits.fieldBytes) {
        why = QStringLiteral("%1 key is %2 octets, expected %3 (RFC 8080 §3)")
                  .arg(QLatin1StringView(traits.mnemonic))
                  .arg(field.size())
                  .arg(traits.fieldBytes);
        return nullptr;
    }
    QByteArray copy = field.toByteArray();
    std::array<OSSL_PARAM, 2> params {
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, copy.data(), static_cast<size_t>(copy.size())),
        OSSL_PARAM_construct_end(),
    };
    return importPublicKey(traits.keyType, params.data());
}

PkeyPtr buildKey(const AlgorithmTraits& traits, QByteArrayView field, QString& why)
{
    switch (traits.family) {
    case Family::Rsa:
        return buildRsaKey(field, why);
    case Family::Ecdsa:
        return buildEcdsaKey(traits, field, why);
    case Family::Eddsa:
        return buildEddsaKey(traits, field, why);
    }
    return nullptr;
}

VerifyOutcome interpret(int result, const char* operation)
{
    if (result == 1)
        return VerifyOutcome::valid();
    if (result == 0) {
        clearOpenSslErrors();
        return VerifyOutcome::failure(Status::SignatureInvalid, QStringLiteral("signature does not verify"));
    }
    return VerifyOutcome::failure(Status::CryptoError, takeOpenSslErrors(QString::fromLatin1(operation)));
}

// RSA and ECDSA: hash with the algorithm's digest, then verify the hash (RFC 3110 §3,
// RFC 5702 §3, RFC 6605 §4). The per-call context is local, so threads never share one.
VerifyOutcome verifyHashed(const AlgorithmTraits& traits, EVP_PKEY* key, QByteArrayView data,
    const unsigned char* signature, size_t signatureSize)
{
    const EVP_MD* md = fetchedDigest(traits.hash);
    std::array<unsigned char, EVP_MAX_MD_SIZE> hash {};
    unsigned int hashSize = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), hash.data(), &hashSize, md, nullptr) != 1)
        return interpret(-1, "hashing the signed data");
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1)
        return interpret(-1, "preparing verification");
    // RSA PKCS #1 v1.5 needs the digest to check the DigestInfo; ECDSA signs the bare hash.
    if (traits.family == Family::Rsa
        && (EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
            || EVP_PKEY_CTX_set_signature_md(ctx.get(), md) != 1))
        return interpret(-1, "preparing RSA verification");
    return interpret(EVP_PKEY_verify(ctx.get(), signature, signatureSize, hash.data(), hashSize), "verifying");
}

VerifyOutcome verifyRsa(const AlgorithmTraits& traits, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature)
{
    // RFC 3110 §3: the signature is exactly as long as the modulus.
    if (signature.size() != EVP_PKEY_get_size(key))
        return VerifyOutcome::failure(Status::SignatureInvalid,
            QStringLiteral("RSA signature is %1 octets, the modulus %2")
                .arg(signature.size())
                .arg(EVP_PKEY_get_size(key)));
    return verifyHashed(traits, key, data, reinterpret_cast<const unsigned char*>(signature.data()),
        static_cast<size_t>(signature.size()));
}

VerifyOutcome verifyEcdsa(const AlgorithmTraits& traits, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature)
{
    const std::optional<EcdsaSignature::Der> der = EcdsaSignature::rawToDer(signature, traits.fieldBytes);
    if (!der)
        return VerifyOutcome::failure(Status::SignatureInvalid,
            QStringLiteral("ECDSA signature is %1 octets, expected %2 (RFC 6605 §4)")
                .arg(signature.size())
                .arg(2 * traits.fieldBytes));
    return verifyHashed(traits, key, data, der->bytes.data(), der->size);
}

// EdDSA signs the message itself (RFC 8032 "pure" Ed25519/Ed448, RFC 8080 §4): one-shot
// EVP_DigestVerify with no digest.
VerifyOutcome verifyEddsa(const AlgorithmTraits& traits, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature)
{
    if (signature.size() != 2 * traits.fieldBytes)
        return VerifyOutcome::failure(Status::SignatureInvalid,
            QStringLiteral("%1 signature is %2 octets, expected %3 (RFC 8080 §4)")
                .arg(QLatin1StringView(traits.mnemonic))
                .arg(signature.size())
                .arg(2 * traits.fieldBytes));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key, nullptr) != 1)
        return interpret(-1, "preparing EdDSA verification");
    return interpret(EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                         static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(data.data()),
                         static_cast<size_t>(data.size())),
        "verifying");
}

} // namespace

DnssecKey::DnssecKey(quint8 algorithm, QByteArrayView publicKey)
{
    auto state = std::make_shared<State>();
    state->algorithm = algorithm;
    state->traits = algorithmTraits(algorithm);
    if (!state->traits || !isDnssecAlgorithmSupported(algorithm)) {
        state->loadOutcome = VerifyOutcome::failure(Status::UnsupportedAlgorithm,
            QStringLiteral("DNSSEC algorithm %1 (%2) is not supported by this build")
                .arg(algorithm)
                .arg(dnssecAlgorithmMnemonic(algorithm)));
    } else {
        QString why;
        state->key = buildKey(*state->traits, publicKey, why);
        if (state->key)
            state->loadOutcome = VerifyOutcome::valid();
        else if (!why.isEmpty()) {
            clearOpenSslErrors();
            state->loadOutcome = VerifyOutcome::failure(Status::MalformedKey, why);
        } else {
            state->loadOutcome = VerifyOutcome::failure(Status::MalformedKey,
                takeOpenSslErrors(QStringLiteral("%1 key rejected").arg(dnssecAlgorithmMnemonic(algorithm))));
        }
    }
    m_state = std::move(state);
}

quint8 DnssecKey::algorithm() const
{
    return m_state->algorithm;
}

const VerifyOutcome& DnssecKey::loadOutcome() const
{
    return m_state->loadOutcome;
}

int DnssecKey::bits() const
{
    return m_state->key ? EVP_PKEY_get_bits(m_state->key.get()) : 0;
}

VerifyOutcome DnssecKey::verify(QByteArrayView signedData, QByteArrayView signature) const
{
    if (!m_state->key)
        return m_state->loadOutcome;
    const AlgorithmTraits& traits = *m_state->traits;
    EVP_PKEY* key = m_state->key.get();
    switch (traits.family) {
    case Family::Rsa:
        return verifyRsa(traits, key, signedData, signature);
    case Family::Ecdsa:
        return verifyEcdsa(traits, key, signedData, signature);
    case Family::Eddsa:
        return verifyEddsa(traits, key, signedData, signature);
    }
    return VerifyOutcome::failure(Status::CryptoError, QStringLiteral("unknown algorithm family"));
}

} // namespace nameplan
