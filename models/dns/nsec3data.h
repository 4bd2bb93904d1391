// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <optional>

namespace nameplan {

// NSEC3 RDATA fields (RFC 5155 §3.2); NSEC3PARAM (§4.2) has the first four only:
//   | hash alg (8) | flags (8) | iterations (16) | salt length (8) | salt |
//   | hash length (8) | next hashed owner name | type bitmap |
struct Nsec3Data {
    static constexpr std::uint8_t optOutFlag = 0x01; // RFC 5155 §3.1.2.1

    std::uint8_t hashAlgorithm = 1;
    std::uint8_t flags = 0;
    std::uint16_t iterations = 0;
    QByteArray salt;
    QByteArray nextHashedOwner; // raw hash octets
    QList<std::uint16_t> types;

    static std::optional<Nsec3Data> fromRdata(QByteArrayView rdata);
    // NSEC3PARAM RDATA: the hash parameters only (nextHashedOwner and types stay empty).
    static std::optional<Nsec3Data> fromParamRdata(QByteArrayView rdata);
    bool isOptOut() const { return flags & optOutFlag; }
    // The next hashed owner in base32hex, lowercase, unpadded: the form used as a label.
    QByteArray nextHashedOwnerBase32() const;
    bool hasType(std::uint16_t type) const { return types.contains(type); }
};

} // namespace nameplan
