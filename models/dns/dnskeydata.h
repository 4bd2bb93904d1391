// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace nameplan {

// DNSKEY (and CDNSKEY) RDATA fields (RFC 4034 §2.1):
//   | flags (16) | protocol (8) = 3 | algorithm (8) | public key ... |
struct DnskeyData {
    static constexpr std::uint16_t zoneKeyFlag = 0x0100; // RFC 4034 §2.1.1, bit 7
    static constexpr std::uint16_t revokeFlag = 0x0080; // RFC 5011 §3, bit 8
    static constexpr std::uint16_t sepFlag = 0x0001; // RFC 4034 §2.1.1, bit 15

    std::uint16_t flags = 0;
    std::uint8_t protocol = 3;
    std::uint8_t algorithm = 0;
    QByteArray publicKey;

    static std::optional<DnskeyData> fromRdata(QByteArrayView rdata);
    bool isZoneKey() const { return flags & zoneKeyFlag; }
    bool isSecureEntryPoint() const { return flags & sepFlag; }
    bool isRevoked() const { return flags & revokeFlag; }
    // RFC 4034 Appendix B key tag of the whole RDATA (algorithm 1 is obsolete and not
    // special-cased: RFC 8624 §3.1 says MUST NOT implement).
    static std::uint16_t keyTag(QByteArrayView rdata);
};

} // namespace nameplan
