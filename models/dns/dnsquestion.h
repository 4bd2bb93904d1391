// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "rrtype.h"

#include <cstdint>

namespace nameplan {

// One question entry (RFC 1035 §4.1.2).
struct DnsQuestion {
    DnsName name;
    std::uint16_t type = rrtype::A;
    std::uint16_t qclass = rrclass::IN;

    bool operator==(const DnsQuestion&) const = default;
};

} // namespace nameplan
