// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <array>

namespace nameplan {

// The NSEC3 owner-name hash (RFC 5155 §5):
//   IH(salt, x, 0) = H(x || salt)
//   IH(salt, x, k) = H(IH(salt, x, k-1) || salt)
// with x the owner name in canonical wire form and H = SHA-1 (hash algorithm 1, RFC 5155 §11).
class Nsec3Hash {
public:
    static constexpr quint8 sha1 = 1;
    static constexpr int sha1Size = 20;
    using Digest = std::array<char, sha1Size>;

    struct Result {
        enum class Status {
            Ok,
            UnsupportedHashAlgorithm, // RFC 5155 §8.1: ignore such NSEC3 records
            IterationsOverLimit, // RFC 9276 §3.2: the validator decides (insecure or SERVFAIL)
            CryptoError,
        };
        Status status = Status::CryptoError;
        QByteArray hash; // 20 octets when Ok; base32hex of it is the NSEC3 owner's first label
    };

    // Contract: ownerWire is an uncompressed wire-format name; ASCII letters are lowered here
    // (RFC 5155 §5 hashes the canonical form). iterationLimit is the caller's work budget: more
    // iterations than that are refused before any hashing, so hostile NSEC3PARAMs cost nothing
    // (RFC 9276 §3.2 recommends validators cap them; the cap is policy, so it is a parameter).
    static Result compute(quint8 hashAlgorithm, QByteArrayView ownerWire, QByteArrayView salt, quint16 iterations,
        quint16 iterationLimit);
    // The same into out, allocating nothing: for whole-zone checks, which hash every name of the
    // zone. Contract as compute; ownerWire is at most 255 octets (RFC 1035 §2.3.4).
    static Result::Status computeInto(quint8 hashAlgorithm, QByteArrayView ownerWire, QByteArrayView salt,
        quint16 iterations, quint16 iterationLimit, Digest& out);
};

} // namespace nameplan
