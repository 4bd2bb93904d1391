// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3hash.h"

#include "digests.h"
#include "dsdigest.h"
#include "opensslhandles.h"

#include <array>

namespace nameplan {

namespace {

// One H(data || salt) step into out, reusing the caller's context between iterations.
bool hashStep(EVP_MD_CTX* ctx, const EVP_MD* md, QByteArrayView data, QByteArrayView salt, char* out)
{
    unsigned int size = 0;
    return EVP_DigestInit_ex2(ctx, md, nullptr) == 1
        && EVP_DigestUpdate(ctx, data.data(), static_cast<size_t>(data.size())) == 1
        && EVP_DigestUpdate(ctx, salt.data(), static_cast<size_t>(salt.size())) == 1
        && EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(out), &size) == 1 && size == Nsec3Hash::sha1Size;
}

} // namespace

Nsec3Hash::Result::Status Nsec3Hash::computeInto(quint8 hashAlgorithm, QByteArrayView ownerWire, QByteArrayView salt,
    quint16 iterations, quint16 iterationLimit, Digest& out)
{
    using Status = Result::Status;
    if (hashAlgorithm != sha1)
        return Status::UnsupportedHashAlgorithm;
    if (iterations > iterationLimit)
        return Status::IterationsOverLimit;
    const EVP_MD* md = fetchedDigest(HashFunction::Sha1);
    // One context per thread, reset by every step: a zone check hashes every name of the zone.
    thread_local const MdCtxPtr ctx(EVP_MD_CTX_new());
    std::array<char, 255> owner;
    if (ownerWire.size() > qsizetype(owner.size()))
        return Status::CryptoError;
    canonicalNameWireInto(ownerWire, owner.data());
    if (!md || !ctx || !hashStep(ctx.get(), md, QByteArrayView(owner.data(), ownerWire.size()), salt, out.data()))
        return Status::CryptoError;
    for (quint16 i = 0; i < iterations; ++i) {
        if (!hashStep(ctx.get(), md, QByteArrayView(out.data(), sha1Size), salt, out.data()))
            return Status::CryptoError;
    }
    return Status::Ok;
}

Nsec3Hash::Result Nsec3Hash::compute(
    quint8 hashAlgorithm, QByteArrayView ownerWire, QByteArrayView salt, quint16 iterations, quint16 iterationLimit)
{
    Digest digest;
    const Result::Status status = computeInto(hashAlgorithm, ownerWire, salt, iterations, iterationLimit, digest);
    if (status != Result::Status::Ok)
        return { status, {} };
    return { status, QByteArray(digest.data(), sha1Size) };
}

} // namespace nameplan
