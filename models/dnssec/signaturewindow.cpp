// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturewindow.h"

namespace nameplan {

bool SignatureWindow::serialLess(std::uint32_t a, std::uint32_t b)
{
    const std::uint32_t distance = b - a;
    return distance != 0 && distance < 0x80000000u;
}

SignatureWindow::State SignatureWindow::check(
    std::uint32_t inception, std::uint32_t expiration, qint64 now, qint64 skew)
{
    if (!serialLess(inception, expiration))
        return State::Inverted;
    const auto early = static_cast<std::uint32_t>(now + skew);
    const auto late = static_cast<std::uint32_t>(now - skew);
    if (serialLess(early, inception))
        return State::NotYetValid;
    if (serialLess(expiration, late))
        return State::Expired;
    return State::Current;
}

qint64 SignatureWindow::absoluteTime(std::uint32_t serialTime, qint64 now)
{
    // The signed 32-bit distance from now's low bits, added to now.
    const auto distance = static_cast<std::int32_t>(serialTime - static_cast<std::uint32_t>(now));
    return now + distance;
}

} // namespace nameplan
