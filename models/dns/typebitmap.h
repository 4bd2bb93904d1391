// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <optional>
#include <span>

namespace nameplan {

// The NSEC/NSEC3 type bitmap (RFC 4034 §4.1.2, RFC 5155 §3.2.1): window blocks, each a
// window number, a bitmap length 1..32 and the bitmap; windows strictly ascending. Trailing
// zero octets "MUST be omitted" by senders; readers here tolerate them, as resolvers do, since
// they change no meaning. An empty bitmap (no types) is valid.
class TypeBitmap {
public:
    static bool isValid(QByteArrayView bitmap);
    // Types in ascending order; nullopt when the bitmap is invalid.
    static std::optional<QList<std::uint16_t>> decode(QByteArrayView bitmap);
    // decode(bitmap) == types, without building the list: whole-zone checks compare the bitmap
    // of every NSEC/NSEC3 of a zone. False when the bitmap is invalid.
    static bool listsExactly(QByteArrayView bitmap, const QList<std::uint16_t>& types);
    // The bitmap of the given types (any order, duplicates allowed).
    static QByteArray encode(QList<std::uint16_t> types);
    // The same appended to out (a record's RDATA); sorts types in place.
    static void appendEncoded(QByteArray& out, std::span<std::uint16_t> types);
    static bool contains(QByteArrayView bitmap, std::uint16_t type);
};

} // namespace nameplan
