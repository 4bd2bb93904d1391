// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace nameplan {

// Numbers of the record types and classes Nameplan knows by name (IANA "Resource Record (RR)
// TYPEs" and "DNS CLASSes" registries). Plain numbers, not an enum: any 16-bit value is a
// valid type on the wire (RFC 3597), and these only name the common ones.
namespace rrtype {
inline constexpr std::uint16_t A = 1;
inline constexpr std::uint16_t NS = 2;
inline constexpr std::uint16_t CNAME = 5;
inline constexpr std::uint16_t SOA = 6;
inline constexpr std::uint16_t PTR = 12;
inline constexpr std::uint16_t MX = 15;
inline constexpr std::uint16_t TXT = 16;
inline constexpr std::uint16_t AAAA = 28;
inline constexpr std::uint16_t SRV = 33;
inline constexpr std::uint16_t DNAME = 39;
inline constexpr std::uint16_t OPT = 41;
inline constexpr std::uint16_t DS = 43;
inline constexpr std::uint16_t RRSIG = 46;
inline constexpr std::uint16_t NSEC = 47;
inline constexpr std::uint16_t DNSKEY = 48;
inline constexpr std::uint16_t NSEC3 = 50;
inline constexpr std::uint16_t NSEC3PARAM = 51;
inline constexpr std::uint16_t CDS = 59;
inline constexpr std::uint16_t CDNSKEY = 60;
inline constexpr std::uint16_t IXFR = 251;
inline constexpr std::uint16_t AXFR = 252;
inline constexpr std::uint16_t ANY = 255;
inline constexpr std::uint16_t CAA = 257;
} // namespace rrtype

namespace rrclass {
inline constexpr std::uint16_t IN = 1;
inline constexpr std::uint16_t CH = 3;
inline constexpr std::uint16_t HS = 4;
inline constexpr std::uint16_t NONE = 254;
inline constexpr std::uint16_t ANY = 255;
} // namespace rrclass

} // namespace nameplan
