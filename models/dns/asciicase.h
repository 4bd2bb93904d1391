// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace nameplan {

// DNS compares names ASCII case-insensitively and nothing else (RFC 4343 §3): only the 26
// letters fold, every other octet (including UTF-8 and length octets) compares as is.
constexpr std::uint8_t asciiLower(std::uint8_t c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<std::uint8_t>(c + ('a' - 'A')) : c;
}

// Lowercases octets in place, e.g. a name's wire form: its length octets (below 64) never change.
inline void asciiLowerInPlace(char* begin, char* end)
{
    for (char* p = begin; p != end; ++p)
        *p = static_cast<char>(asciiLower(static_cast<std::uint8_t>(*p)));
}

} // namespace nameplan
