// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdatadescriptor.h"

#include "asciicase.h"
#include "rrtype.h"

#include <array>
#include <cstddef>

namespace nameplan {

namespace {
using F = RdataField;

// The one description of every known type's RDATA. Wire layouts are in the cited RFCs.
constexpr RdataDescriptor descriptors[] = {
    { rrtype::A, "A", { F::Ipv4 }, false }, // RFC 1035 §3.4.1
    { rrtype::NS, "NS", { F::DecompressibleName }, true }, // RFC 1035 §3.3.11
    { rrtype::CNAME, "CNAME", { F::DecompressibleName }, true }, // RFC 1035 §3.3.1
    { rrtype::SOA, "SOA", // RFC 1035 §3.3.13: mname rname serial refresh retry expire minimum
        { F::DecompressibleName, F::DecompressibleName, F::U32, F::Ttl, F::Ttl, F::Ttl, F::Ttl }, true },
    { rrtype::PTR, "PTR", { F::DecompressibleName }, true }, // RFC 1035 §3.3.12
    { rrtype::MX, "MX", { F::U16, F::DecompressibleName }, true }, // RFC 1035 §3.3.9
    { rrtype::TXT, "TXT", { F::CharStringList }, false }, // RFC 1035 §3.3.14
    { rrtype::AAAA, "AAAA", { F::Ipv6 }, false }, // RFC 3596 §2.2
    // RFC 2782: priority weight port target; decompressed on receipt as RFC 3597 §4 advises.
    { rrtype::SRV, "SRV", { F::U16, F::U16, F::U16, F::DecompressibleName }, true },
    { rrtype::DNAME, "DNAME", { F::FixedName }, true }, // RFC 6672 §2.1
    { rrtype::OPT, "OPT", { F::EdnsOptions }, false }, // RFC 6891 §6.1.2
    { rrtype::DS, "DS", { F::U16, F::U8, F::U8, F::HexRest }, false }, // RFC 4034 §5.1
    { rrtype::RRSIG, "RRSIG", // RFC 4034 §3.1
        { F::TypeCode, F::U8, F::U8, F::U32, F::Time, F::Time, F::U16, F::FixedName, F::Base64Rest }, true },
    { rrtype::NSEC, "NSEC", { F::FixedName, F::TypeBitmap }, false }, // RFC 4034 §4.1, RFC 6840 §5.1
    { rrtype::DNSKEY, "DNSKEY", { F::U16, F::U8, F::U8, F::Base64Rest }, false }, // RFC 4034 §2.1
    { rrtype::NSEC3, "NSEC3", // RFC 5155 §3.2
        { F::U8, F::U8, F::U16, F::HexWithLength, F::Base32HexWithLength, F::TypeBitmap }, false },
    { rrtype::NSEC3PARAM, "NSEC3PARAM", { F::U8, F::U8, F::U16, F::HexWithLength }, false }, // RFC 5155 §4.2
    { rrtype::CDS, "CDS", { F::U16, F::U8, F::U8, F::HexRest }, false }, // RFC 7344 §3.1
    { rrtype::CDNSKEY, "CDNSKEY", { F::U16, F::U8, F::U8, F::Base64Rest }, false }, // RFC 7344 §3.2
    { rrtype::CAA, "CAA", { F::U8, F::Tag, F::StringRest }, false }, // RFC 8659 §4.1
};

// findByMnemonic's table: descriptor indices hashed by length and first and last letter, with
// linear probing (a zone file names a type per record, RRSIG and NSEC3 records name more).
constexpr std::size_t mnemonicSlots = 64;
constexpr std::uint8_t noDescriptor = 0xFF;

constexpr std::size_t mnemonicHash(std::size_t size, char first, char last)
{
    return (size * 5 + asciiLower(static_cast<std::uint8_t>(first)) * 3u + asciiLower(static_cast<std::uint8_t>(last)))
        % mnemonicSlots;
}

constexpr std::array<std::uint8_t, mnemonicSlots> mnemonicTable = [] {
    std::array<std::uint8_t, mnemonicSlots> table {};
    table.fill(noDescriptor);
    for (std::size_t i = 0; i < std::size(descriptors); ++i) {
        const std::string_view mnemonic = descriptors[i].mnemonic;
        std::size_t slot = mnemonicHash(mnemonic.size(), mnemonic.front(), mnemonic.back());
        while (table[slot] != noDescriptor)
            slot = (slot + 1) % mnemonicSlots;
        table[slot] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

bool equalsIgnoringCase(std::string_view a, QByteArrayView b)
{
    if (static_cast<qsizetype>(a.size()) != b.size())
        return false;
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (asciiLower(static_cast<std::uint8_t>(a[static_cast<size_t>(i)]))
            != asciiLower(static_cast<std::uint8_t>(b[i])))
            return false;
    }
    return true;
}
} // namespace

const RdataDescriptor* RdataDescriptor::find(std::uint16_t type)
{
    for (const RdataDescriptor& d : descriptors) {
        if (d.type == type)
            return &d;
    }
    return nullptr;
}

const RdataDescriptor* RdataDescriptor::findByMnemonic(QByteArrayView mnemonic)
{
    if (mnemonic.isEmpty())
        return nullptr;
    for (std::size_t slot = mnemonicHash(static_cast<std::size_t>(mnemonic.size()), mnemonic.front(), mnemonic.back());
         mnemonicTable[slot] != noDescriptor; slot = (slot + 1) % mnemonicSlots) {
        const RdataDescriptor& d = descriptors[mnemonicTable[slot]];
        if (equalsIgnoringCase(d.mnemonic, mnemonic))
            return &d;
    }
    return nullptr;
}

} // namespace nameplan
