// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace nameplan {

// An Extended DNS Error (RFC 8914 §2): INFO-CODE and optional EXTRA-TEXT (UTF-8, not
// NUL-terminated; shown to people, never interpreted).
struct ExtendedDnsError {
    std::uint16_t infoCode = 0;
    QString extraText;

    bool operator==(const ExtendedDnsError&) const = default;
};

} // namespace nameplan
