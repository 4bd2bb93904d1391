// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "rrtype.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace nameplan {

// One resource record (RFC 1035 §3.2.1). rdata is uncompressed wire octets (names in it are
// full names), so the record can be written, compared and put in canonical form as is.
struct ResourceRecord {
    DnsName owner;
    std::uint16_t type = 0;
    std::uint16_t rrClass = rrclass::IN;
    std::uint32_t ttl = 0;
    QByteArray rdata;

    // "owner TTL CLASS TYPE rdata", the zone-file presentation form (RFC 1035 §5.1).
    QString toString() const;
    void appendText(QByteArray& out) const;
    // Uncompressed wire form: owner, type, class, TTL, RDLENGTH, RDATA (RFC 1035 §4.1.3).
    void appendWire(QByteArray& out) const;
    // What follows the owner in wire form: type, class, TTL, RDLENGTH (fixedWireSize octets), RDATA.
    static constexpr qsizetype fixedWireSize = 10;
    static void appendWireAfterOwner(
        QByteArray& out, std::uint16_t type, std::uint16_t rrClass, std::uint32_t ttl, QByteArrayView rdata);

    // Same owner (case-insensitively), type, class and RDATA octets: TTL is not part of an
    // RR's identity (RFC 2181 §5).
    bool sameData(const ResourceRecord& other) const;
    bool operator==(const ResourceRecord& other) const = default;
};

} // namespace nameplan
