// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace nameplan {

// One EDNS option (RFC 6891 §6.1.2): code and opaque data.
struct EdnsOption {
    static constexpr std::uint16_t extendedDnsError = 15; // RFC 8914 §2
    static constexpr std::uint16_t cookie = 10; // RFC 7873 §4
    static constexpr std::uint16_t nsid = 3; // RFC 5001 §2.3

    std::uint16_t code = 0;
    QByteArray data;

    bool operator==(const EdnsOption&) const = default;
};

} // namespace nameplan
