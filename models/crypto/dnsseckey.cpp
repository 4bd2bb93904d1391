// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsseckey.h"

#include "algorithmtraits.h"
#include "ecdsasignature.h"
#include "opensslerror.h"
#include "opensslhandles.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>

#include <array>
#include <atomic>

namespace nameplan {

using Status = VerifyOutcome::Status;
using Family = AlgorithmTraits::Family;

struct DnssecKey::State {
    quint64 id = 0; // unique per built key, names its prepared contexts in every thread
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

// A verification context prepared for one key: EVP_PKEY_verify_init (with RSA padding and
// digest) or EVP_DigestVerifyInit_ex done. In OpenSSL 3.0 preparing costs about as much as an
// RSA-2048 verification (provider look-ups behind locks, which two threads contend for), so
// each thread keeps the contexts of the keys it used last and reuses them: OpenSSL allows
// repeated EVP_PKEY_verify / one-shot EVP_DigestVerify calls on one initialised context. A
// context is only ever used by the thread that owns it, and so is its copy of the key: every
// RSA verification takes the key's lock and reads its Montgomery context, and with one key
// shared by both cores that cache line moves between them on every signature (about a tenth of
// the time on two cores; openssl speed -multi 2 runs one process per core).
struct PreparedContext {
    quint64 keyId = 0;
    PkeyPtr key; // this thread's copy, declared first so that it outlives the contexts
    PkeyCtxPtr hashed; // RSA and ECDSA: verifies a digest
    MdCtxPtr message; // EdDSA: verifies the message itself
};

struct ThreadContexts {
    std::array<PreparedContext, 8> slots; // enough for the keys of a zone and its parent
    std::size_t next = 0; // round-robin eviction
    MdCtxPtr digest; // reused for every hash: EVP_Digest makes and wipes a context per call
};

thread_local ThreadContexts t_contexts;

bool prepare(PreparedContext& slot, const AlgorithmTraits& traits, EVP_PKEY* shared)
{
    slot.key.reset(EVP_PKEY_dup(shared));
    EVP_PKEY* key = slot.key.get();
    if (!key)
        return false;
    if (traits.family == Family::Eddsa) {
        slot.message.reset(EVP_MD_CTX_new());
        return slot.message
            && EVP_DigestVerifyInit_ex(slot.message.get(), nullptr, nullptr, nullptr, nullptr, key, nullptr) == 1;
    }
    slot.hashed.reset(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!slot.hashed || EVP_PKEY_verify_init(slot.hashed.get()) != 1)
        return false;
    // RSA PKCS #1 v1.5 needs the digest to check the DigestInfo; ECDSA verifies the bare hash.
    return traits.family != Family::Rsa
        || (EVP_PKEY_CTX_set_rsa_padding(slot.hashed.get(), RSA_PKCS1_PADDING) == 1
            && EVP_PKEY_CTX_set_signature_md(slot.hashed.get(), fetchedDigest(traits.hash)) == 1);
}

// This thread's prepared context for the key, preparing it on first use; nullptr on failure.
PreparedContext* preparedContext(quint64 keyId, const AlgorithmTraits& traits, EVP_PKEY* key)
{
    for (PreparedContext& slot : t_contexts.slots) {
        if (slot.keyId == keyId)
            return &slot;
    }
    PreparedContext& slot = t_contexts.slots[t_contexts.next];
    t_contexts.next = (t_contexts.next + 1) % t_contexts.slots.size();
    slot = PreparedContext {};
    if (!prepare(slot, traits, key)) {
        slot = PreparedContext {};
        return nullptr;
    }
    slot.keyId = keyId;
    return &slot;
}

// RSA and ECDSA hash with the algorithm's digest, then verify the hash (RFC 3110 §3, RFC 5702
// §3, RFC 6605 §4); EdDSA verifies the message itself (RFC 8032 "pure" mode, RFC 8080 §4).
int verifyPrepared(const AlgorithmTraits& traits, PreparedContext& context, QByteArrayView data,
    const unsigned char* signature, size_t signatureSize)
{
    const auto* message = reinterpret_cast<const unsigned char*>(data.data());
    if (traits.family == Family::Eddsa)
        return EVP_DigestVerify(
            context.message.get(), signature, signatureSize, message, static_cast<size_t>(data.size()));
    std::array<unsigned char, EVP_MAX_MD_SIZE> hash {};
    unsigned int hashSize = 0;
    if (!t_contexts.digest)
        t_contexts.digest.reset(EVP_MD_CTX_new());
    EVP_MD_CTX* digest = t_contexts.digest.get();
    if (!digest || EVP_DigestInit_ex2(digest, fetchedDigest(traits.hash), nullptr) != 1
        || EVP_DigestUpdate(digest, message, static_cast<size_t>(data.size())) != 1
        || EVP_DigestFinal_ex(digest, hash.data(), &hashSize) != 1)
        return -1;
    return EVP_PKEY_verify(context.hashed.get(), signature, signatureSize, hash.data(), hashSize);
}

// The signature as OpenSSL takes it, or why its length is wrong: RSA signatures are as long as
// the modulus (RFC 3110 §3), ECDSA ones are r || s (RFC 6605 §4, converted to DER here), EdDSA
// ones are 64 or 114 octets (RFC 8080 §4).
struct SignatureBytes {
    EcdsaSignature::Der der; // holds the converted ECDSA signature
    const unsigned char* data = nullptr;
    size_t size = 0;
    QString wrongLength;
};

SignatureBytes signatureBytes(const AlgorithmTraits& traits, EVP_PKEY* key, QByteArrayView signature)
{
    SignatureBytes bytes;
    bytes.data = reinterpret_cast<const unsigned char*>(signature.data());
    bytes.size = static_cast<size_t>(signature.size());
    const qsizetype expected = traits.family == Family::Rsa ? EVP_PKEY_get_size(key) : 2 * traits.fieldBytes;
    if (signature.size() != expected) {
        bytes.wrongLength = QStringLiteral("%1 signature is %2 octets, expected %3")
                                .arg(QLatin1StringView(traits.mnemonic))
                                .arg(signature.size())
                                .arg(expected);
    } else if (traits.family == Family::Ecdsa) {
        bytes.der = *EcdsaSignature::rawToDer(signature, traits.fieldBytes);
        bytes.data = bytes.der.bytes.data();
        bytes.size = bytes.der.size;
    }
    return bytes;
}

} // namespace

DnssecKey::DnssecKey(quint8 algorithm, QByteArrayView publicKey)
{
    static std::atomic<quint64> nextId = 1;
    auto state = std::make_shared<State>();
    state->id = nextId++;
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
    const SignatureBytes bytes = signatureBytes(traits, m_state->key.get(), signature);
    if (!bytes.wrongLength.isEmpty())
        return VerifyOutcome::failure(Status::SignatureInvalid, bytes.wrongLength);
    PreparedContext* context = preparedContext(m_state->id, traits, m_state->key.get());
    if (!context)
        return interpret(-1, "preparing verification");
    const int result = verifyPrepared(traits, *context, signedData, bytes.data, bytes.size);
    if (result < 0)
        *context = PreparedContext {}; // do not reuse a context that failed unexpectedly
    return interpret(result, "verifying");
}

} // namespace nameplan
