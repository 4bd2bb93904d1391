// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>

namespace nameplan {

// The RRSIG validity window (RFC 4034 §3.1.5, RFC 4035 §5.3.1). The fields are 32-bit
// serial numbers (RFC 1982): times are compared in serial-number arithmetic, so the window
// works across the 2106 wrap, as Unbound's check_dates does.
class SignatureWindow {
public:
    enum class State { Current, Expired, NotYetValid, Inverted };

    // Contract: now is seconds since the epoch; skew >= 0 widens the window on both ends.
    // Inverted when inception is not before expiration (serially): such a signature is never valid.
    static State check(std::uint32_t inception, std::uint32_t expiration, qint64 now, qint64 skew);
    // The absolute time (seconds since the epoch) of expiration, taken as the value nearest to
    // now that has these low 32 bits: the remaining validity is that minus now.
    static qint64 absoluteTime(std::uint32_t serialTime, qint64 now);
    // RFC 1982 §3.2: true when a is less than b (a different and b - a in (0, 2^31)).
    static bool serialLess(std::uint32_t a, std::uint32_t b);
};

} // namespace nameplan
