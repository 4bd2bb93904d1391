// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/types.h>

#include <QByteArray>
#include <QByteArrayView>

namespace nameplan {

// The hash functions DNSSEC uses (RFC 3110, RFC 5702, RFC 6605, RFC 4034 §5.1.4, RFC 4509,
// RFC 5155 §5). Private to models/crypto.
enum class HashFunction { Sha1, Sha256, Sha384, Sha512 };

// The digest implementation, fetched once per process and shared by all threads. OpenSSL 3
// otherwise looks the algorithm up by name on every EVP_DigestInit (an implicit fetch behind a
// lock), which costs measurable time per signature on two cores. Null when this build lacks it.
const EVP_MD* fetchedDigest(HashFunction function);

// The hash of data; empty on a crypto failure (which then stays on the thread's error queue).
QByteArray hashOf(HashFunction function, QByteArrayView data);

} // namespace nameplan
