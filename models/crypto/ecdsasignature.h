// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <optional>

namespace nameplan {

// ECDSA signature encodings. DNSSEC carries the raw concatenation r || s, each integer
// big-endian and left-padded to the curve's size (RFC 6605 §4); OpenSSL's EVP verify takes
// the DER form of SEQUENCE { INTEGER r, INTEGER s } (SEC 1 / RFC 3279 §2.2.3).
//
//   raw (P-256):  | r: 32 octets | s: 32 octets |
//   DER:          30 len | 02 len(r) [00] r-without-leading-zeros | 02 len(s) [00] s...
class EcdsaSignature {
public:
    // Large enough for P-384 (2 x (2 + 1 + 48) + 2); every length fits DER's short form.
    struct Der {
        std::array<unsigned char, 104> bytes {};
        std::size_t size = 0;
    };

    // Contract: raw is 2 x fieldBytes octets and fieldBytes <= 48, otherwise nullopt (the
    // caller reports a malformed signature). No allocation: this runs once per verification.
    static std::optional<Der> rawToDer(QByteArrayView raw, int fieldBytes);

    // The DNSSEC form of a DER signature from OpenSSL's signer; nullopt when der is not a
    // SEQUENCE of two non-negative INTEGERs that each fit in fieldBytes octets.
    static std::optional<QByteArray> derToRaw(QByteArrayView der, int fieldBytes);
};

} // namespace nameplan
