// SPDX-License-Identifier: GPL-3.0-or-later
#include "digests.h"

#include "opensslhandles.h"

#include <array>

namespace nameplan {

namespace {

struct FetchedDigests {
    std::array<MdPtr, 4> digests {
        MdPtr(EVP_MD_fetch(nullptr, "SHA1", nullptr)),
        MdPtr(EVP_MD_fetch(nullptr, "SHA2-256", nullptr)),
        MdPtr(EVP_MD_fetch(nullptr, "SHA2-384", nullptr)),
        MdPtr(EVP_MD_fetch(nullptr, "SHA2-512", nullptr)),
    };
};

} // namespace

const EVP_MD* fetchedDigest(HashFunction function)
{
    // A function-local static: initialised once, thread-safely, on first use (C++11 §6.7).
    static const FetchedDigests fetched;
    return fetched.digests[static_cast<std::size_t>(function)].get();
}

QByteArray hashOf(HashFunction function, QByteArrayView data)
{
    const EVP_MD* md = fetchedDigest(function);
    if (!md)
        return {};
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
            md, nullptr)
        != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace nameplan
