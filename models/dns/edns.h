// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ednsoption.h"
#include "extendeddnserror.h"

#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <optional>

namespace nameplan {

// The EDNS(0) information an OPT pseudo-RR carries (RFC 6891 §6.1.3):
//   CLASS = requestor's UDP payload size
//   TTL   = | EXTENDED-RCODE (8) | VERSION (8) | DO (1) | Z (15) |
//   RDATA = options
struct Edns {
    std::uint16_t udpPayloadSize = 1232;
    std::uint8_t extendedRcode = 0; // upper 8 bits of the 12-bit RCODE
    std::uint8_t version = 0;
    bool dnssecOk = false; // RFC 3225 §3
    std::uint16_t z = 0; // the other 15 flag bits, kept for evidence
    QList<EdnsOption> options;

    // The OPT TTL field built from extendedRcode, version, dnssecOk and z.
    std::uint32_t ttlField() const;
    // Option RDATA: each option as {code, length, data}.
    QByteArray optionsWire() const;
    // From an OPT record's CLASS, TTL and RDATA; nullopt when the options overrun the RDATA or
    // an Extended DNS Error option is shorter than its 2-octet INFO-CODE (RFC 8914 §2).
    static std::optional<Edns> fromOpt(std::uint16_t rrClass, std::uint32_t ttl, QByteArrayView rdata);
    // Every Extended DNS Error option, in order (RFC 8914 §3 allows several).
    QList<ExtendedDnsError> extendedErrors() const;
};

} // namespace nameplan
