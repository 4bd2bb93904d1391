// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace nameplan {

// The fields of SOA RDATA (RFC 1035 §3.3.13) and the serial arithmetic they need.
struct SoaFields {
    DnsName mname;
    DnsName rname;
    std::uint32_t serial = 0;
    std::uint32_t refresh = 0;
    std::uint32_t retry = 0;
    std::uint32_t expire = 0;
    std::uint32_t minimum = 0;

    // From uncompressed RDATA (as ResourceRecord keeps it); nullopt when it does not hold two
    // names and five 32-bit numbers exactly.
    static std::optional<SoaFields> fromRdata(QByteArrayView rdata);

    // RFC 1982 §3.2 comparison of serials: -1 when a < b, 0 when equal, 1 when a > b, and
    // nullopt when the two are exactly 2^31 apart (the RFC leaves that undefined).
    static std::optional<int> compareSerials(std::uint32_t a, std::uint32_t b);
    // How far b is ahead of a in serial space (RFC 1982 §3.1 addition), 0..2^31-1.
    static std::uint32_t serialDistance(std::uint32_t a, std::uint32_t b) { return b - a; }
};

} // namespace nameplan
