// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace nameplan {

// RRSIG RDATA fields (RFC 4034 §3.1):
//   | type covered (16) | algorithm (8) | labels (8) | original TTL (32) |
//   | signature expiration (32) | signature inception (32) | key tag (16) |
//   | signer's name (uncompressed) | signature ... |
struct RrsigData {
    std::uint16_t typeCovered = 0;
    std::uint8_t algorithm = 0;
    std::uint8_t labels = 0;
    std::uint32_t originalTtl = 0;
    std::uint32_t expiration = 0; // seconds since the epoch modulo 2^32 (RFC 4034 §3.1.5)
    std::uint32_t inception = 0;
    std::uint16_t keyTag = 0;
    DnsName signer;
    QByteArray signature;

    // nullopt unless rdata is exactly one well-formed RRSIG RDATA.
    static std::optional<RrsigData> fromRdata(QByteArrayView rdata);
    // RFC 4034 §3.1.8.1: the RDATA without the signature, signer lowercased (§6.2): the
    // first part of the data a signature covers.
    QByteArray signedPrefix() const;
    void appendSignedPrefix(QByteArray& out) const;
    qsizetype signedPrefixSize() const { return 18 + signer.wire().size(); }
};

} // namespace nameplan
