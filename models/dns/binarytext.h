// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace nameplan {

// Binary <-> text encodings used in presentation formats. Decoders return nullopt on any
// character outside the alphabet or a bad length; they never guess. The appendFrom* forms
// decode onto the end of out instead (a record's RDATA, with no temporary array) and return
// false, leaving out as it was, where the from* forms return nullopt.
class BinaryText {
public:
    // Lowercase hex; decoding accepts either case and needs an even number of digits.
    static void appendHex(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromHex(QByteArrayView text);
    static bool appendFromHex(QByteArray& out, QByteArrayView text);
    // RFC 4648 §7 "base32hex", lowercase and without padding as NSEC3 uses it (RFC 5155 §3.3);
    // decoding accepts either case and rejects padding and non-zero trailing bits.
    static void appendBase32Hex(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromBase32Hex(QByteArrayView text);
    static bool appendFromBase32Hex(QByteArray& out, QByteArrayView text);
    // The same decoding into out, which must have room for base32HexDecodedSize(text.size())
    // octets: for callers that decode many labels and keep none of them (no allocation). The
    // number of octets written, which is always that size, or -1 when text is invalid.
    static qsizetype decodeBase32Hex(QByteArrayView text, char* out);
    // Unpadded base32hex: 5 bits per character, the last partial octet dropped.
    static constexpr qsizetype base32HexDecodedSize(qsizetype textSize) { return textSize * 5 / 8; }
    // RFC 4648 §4 base64 with padding. With allowPadding false, text must be whole quanta of
    // four digits: a piece of a longer text that is not its end.
    static void appendBase64(QByteArray& out, QByteArrayView data);
    static std::optional<QByteArray> fromBase64(QByteArrayView text);
    static bool appendFromBase64(QByteArray& out, QByteArrayView text, bool allowPadding = true);
    // The same to out, which has room for text.size() / 4 * 3 octets (it may be written even
    // when text is invalid): the count of octets decoded, or -1 when text is invalid.
    static qsizetype decodeBase64(QByteArrayView text, char* out, bool allowPadding = true);
};

} // namespace nameplan
