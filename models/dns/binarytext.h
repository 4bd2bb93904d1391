// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace nameplan {

// Binary <-> text encodings used in presentation formats. Decoders return nullopt on any
// character outside the alphabet or a bad length; they never guess.
class BinaryText {
public:
    // Lowercase hex; decoding accepts either case and needs an even number of digits.
    static void appendHex(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromHex(QByteArrayView text);
    // RFC 4648 §7 "base32hex", lowercase and without padding as NSEC3 uses it (RFC 5155 §3.3);
    // decoding accepts either case and rejects padding and non-zero trailing bits.
    static void appendBase32Hex(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromBase32Hex(QByteArrayView text);
    // RFC 4648 §4 base64 with padding.
    static void appendBase64(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromBase64(QByteArrayView text);
};

} // namespace nameplan
