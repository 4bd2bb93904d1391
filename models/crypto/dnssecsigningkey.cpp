// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecsigningkey.h"

#include "algorithmtraits.h"
#include "dnskeyrdata.h"
#include "ecdsasignature.h"
#include "opensslerror.h"
#include "opensslhandles.h"

#include <openssl/core_names.h>
#include <openssl/rsa.h>

#include <array>

namespace nameplan {

using Family = AlgorithmTraits::Family;

struct DnssecSigningKey::State {
    const AlgorithmTraits* traits = nullptr;
    PkeyPtr key;
    QByteArray publicKeyField;
};

namespace {

constexpr int minRsaBits = 512;
constexpr int maxRsaBits = 4096;

PkeyPtr generateKey(const AlgorithmTraits& traits, int rsaBits)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, traits.keyType, nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return nullptr;
    if (traits.family == Family::Rsa && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), rsaBits) != 1)
        return nullptr;
    if (traits.family == Family::Ecdsa) {
        std::array<OSSL_PARAM, 2> params {
            OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(traits.curve), 0),
            OSSL_PARAM_construct_end(),
        };
        if (EVP_PKEY_CTX_set_params(ctx.get(), params.data()) != 1)
            return nullptr;
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1)
        return nullptr;
    return PkeyPtr(key);
}

QByteArray bigNumParam(const EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BigNumPtr number(raw);
    QByteArray bytes(BN_num_bytes(number.get()), Qt::Uninitialized);
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char*>(bytes.data()));
    return bytes;
}

// RFC 3110 §2: exponent length (1 octet, or 0 and 2 octets), exponent, modulus.
QByteArray rsaField(const EVP_PKEY* key)
{
    const QByteArray exponent = bigNumParam(key, OSSL_PKEY_PARAM_RSA_E);
    const QByteArray modulus = bigNumParam(key, OSSL_PKEY_PARAM_RSA_N);
    if (exponent.isEmpty() || modulus.isEmpty())
        return {};
    QByteArray field;
    if (exponent.size() <= 255) {
        field.append(static_cast<char>(exponent.size()));
    } else {
        field.append('\0');
        field.append(static_cast<char>(exponent.size() >> 8));
        field.append(static_cast<char>(exponent.size() & 0xff));
    }
    return field + exponent + modulus;
}

QByteArray octetParam(const EVP_PKEY* key, const char* name)
{
    size_t size = 0;
    if (EVP_PKEY_get_octet_string_param(key, name, nullptr, 0, &size) != 1)
        return {};
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_PKEY_get_octet_string_param(key, name, reinterpret_cast<unsigned char*>(bytes.data()), size, &size) != 1)
        return {};
    return bytes;
}

QByteArray publicField(const AlgorithmTraits& traits, const EVP_PKEY* key)
{
    switch (traits.family) {
    case Family::Rsa:
        return rsaField(key);
    case Family::Ecdsa: {
        // Ask for the uncompressed point (0x04 || x || y) and drop the prefix (RFC 6605 §4).
        const QByteArray point = octetParam(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY);
        return point.size() == 1 + 2 * traits.fieldBytes ? point.sliced(1) : QByteArray();
    }
    case Family::Eddsa:
        return octetParam(key, OSSL_PKEY_PARAM_PUB_KEY);
    }
    return {};
}

} // namespace

DnssecSigningKey DnssecSigningKey::generate(quint8 algorithm, int rsaBits)
{
    DnssecSigningKey result;
    const AlgorithmTraits* traits = algorithmTraits(algorithm);
    if (!traits || !isDnssecAlgorithmSupported(algorithm)) {
        result.m_error = QStringLiteral("DNSSEC algorithm %1 is not supported by this build").arg(algorithm);
        return result;
    }
    if (traits->family == Family::Rsa && (rsaBits < minRsaBits || rsaBits > maxRsaBits)) {
        result.m_error = QStringLiteral("RSA keys are 512 to 4096 bits (RFC 3110 §2), not %1").arg(rsaBits);
        return result;
    }
    auto state = std::make_shared<State>();
    state->traits = traits;
    state->key = generateKey(*traits, rsaBits);
    if (state->key)
        state->publicKeyField = publicField(*traits, state->key.get());
    if (state->publicKeyField.isEmpty()) {
        result.m_error
            = takeOpenSslErrors(QStringLiteral("generating a %1 key").arg(dnssecAlgorithmMnemonic(algorithm)));
        return result;
    }
    result.m_state = std::move(state);
    return result;
}

quint8 DnssecSigningKey::algorithm() const
{
    return m_state ? static_cast<quint8>(m_state->traits->algorithm) : 0;
}

QByteArray DnssecSigningKey::publicKeyField() const
{
    return m_state ? m_state->publicKeyField : QByteArray();
}

QByteArray DnssecSigningKey::dnskeyRdata(quint16 flags) const
{
    constexpr quint8 dnssecProtocol = 3; // RFC 4034 §2.1.2
    return m_state ? DnskeyRdata::build(flags, dnssecProtocol, algorithm(), m_state->publicKeyField) : QByteArray();
}

std::optional<QByteArray> DnssecSigningKey::sign(QByteArrayView signedData) const
{
    if (!m_state)
        return std::nullopt;
    const AlgorithmTraits& traits = *m_state->traits;
    // EdDSA takes no digest (RFC 8080 §4); RSA and ECDSA hash with the algorithm's digest.
    const EVP_MD* md = traits.family == Family::Eddsa ? nullptr : fetchedDigest(traits.hash);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t size = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(signedData.data());
    if (!ctx
        || EVP_DigestSignInit_ex(
               ctx.get(), nullptr, md ? EVP_MD_get0_name(md) : nullptr, nullptr, nullptr, m_state->key.get(), nullptr)
            != 1
        || EVP_DigestSign(ctx.get(), nullptr, &size, data, static_cast<size_t>(signedData.size())) != 1) {
        clearOpenSslErrors();
        return std::nullopt;
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, data,
            static_cast<size_t>(signedData.size()))
        != 1) {
        clearOpenSslErrors();
        return std::nullopt;
    }
    signature.truncate(static_cast<qsizetype>(size));
    if (traits.family == Family::Ecdsa)
        return EcdsaSignature::derToRaw(signature, traits.fieldBytes);
    return signature;
}

} // namespace nameplan
