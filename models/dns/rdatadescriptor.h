// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <string_view>

namespace nameplan {

// The kinds of field RDATA is made of. Every codec operation (reading from a message,
// validation, presentation, parsing presentation, canonical form) is one walk over a type's
// fields, so a type is described once (Knot's descriptor.c idea, STYLE item 7).
enum class RdataField : std::uint8_t {
    End, // terminates a field list
    DecompressibleName, // name that may arrive compressed (RFC 3597 §4)
    FixedName, // name that must not be compressed (RFC 3597 §4, RFC 4034 §3.1.7/§4.1.1)
    U8,
    U16,
    U32,
    Ttl, // 32-bit seconds; presentation accepts units ("1h30m", as BIND does)
    Time, // 32-bit seconds since the epoch shown as YYYYMMDDHHmmSS (RFC 4034 §3.2)
    TypeCode, // 16-bit RR type shown as its mnemonic (RRSIG type covered)
    Ipv4, // 4 octets (RFC 1035 §3.4.1)
    Ipv6, // 16 octets (RFC 3596 §2.2)
    CharString, // one length-prefixed string (RFC 1035 §3.3)
    CharStringList, // one or more, to the end (TXT)
    Tag, // length-prefixed, shown unquoted (CAA tag, RFC 8659 §4.1.1)
    StringRest, // the remaining octets shown as one quoted string (CAA value)
    Base64Rest, // the remaining octets in base64 (keys, signatures)
    HexRest, // the remaining octets in hex (DS digest)
    HexWithLength, // length octet then octets, hex or "-" when empty (NSEC3 salt, RFC 5155 §3.3)
    Base32HexWithLength, // length octet then octets in base32hex (NSEC3 next hash, RFC 5155 §3.3)
    TypeBitmap, // window blocks to the end (RFC 4034 §4.1.2)
    EdnsOptions, // {code, length, data} to the end (RFC 6891 §6.1.2)
};

struct RdataDescriptor {
    std::uint16_t type;
    std::string_view mnemonic;
    std::array<RdataField, 10> fields;
    // RFC 4034 §6.2 item 3 (as amended by RFC 6840 §5.1): whether embedded names are
    // lowercased in canonical form.
    bool lowercaseNames;

    // The descriptor of a type, or nullptr for a type Nameplan treats as opaque (RFC 3597).
    static const RdataDescriptor* find(std::uint16_t type);
    // Look-up by mnemonic, ASCII case-insensitive; nullptr when unknown.
    static const RdataDescriptor* findByMnemonic(QByteArrayView mnemonic);
};

} // namespace nameplan
