// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace nameplan {

class WireReader;

// The 12-octet message header (RFC 1035 §4.1.1, AD/CD from RFC 4035 §3.2):
//   | ID (16) |
//   | QR | OPCODE (4) | AA | TC | RD | RA | Z | AD | CD | RCODE (4) |
//   | QDCOUNT | ANCOUNT | NSCOUNT | ARCOUNT |
struct DnsHeader {
    static constexpr int size = 12;
    static constexpr std::uint8_t opcodeQuery = 0;

    std::uint16_t id = 0;
    bool qr = false;
    std::uint8_t opcode = opcodeQuery;
    bool aa = false;
    bool tc = false;
    bool rd = false;
    bool ra = false;
    bool z = false;
    bool ad = false;
    bool cd = false;
    std::uint8_t rcode = 0; // the low 4 bits; the rest comes from OPT (RFC 6891 §6.1.3)
    std::uint16_t qdcount = 0;
    std::uint16_t ancount = 0;
    std::uint16_t nscount = 0;
    std::uint16_t arcount = 0;

    std::uint16_t flags() const;
    void setFlags(std::uint16_t flags);
    // Reads 12 octets; a short read leaves the reader's Truncated error.
    static DnsHeader read(WireReader& reader);
    void appendWire(QByteArray& out) const;
};

} // namespace nameplan
