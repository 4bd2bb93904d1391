// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace nameplan {

// The fields of NSEC3 RDATA (RFC 5155 §3.2) and NSEC3PARAM RDATA (§4.2) as views into the
// RDATA, read without a copy: the whole-zone chain check reads every NSEC3 of the zone, where
// Nsec3Data's copies and decoded type list would cost more than the check. Nsec3Data is made
// from these, so both accept exactly the same RDATA. The views live as long as the RDATA.
struct Nsec3Fields {
    std::uint8_t hashAlgorithm = 0;
    std::uint8_t flags = 0;
    std::uint16_t iterations = 0;
    QByteArrayView salt;
    QByteArrayView nextHashedOwner; // raw hash octets, never empty
    QByteArrayView typeBitmap; // valid (TypeBitmap::isValid)

    // nullopt when the RDATA is truncated, the hash is empty or the bitmap is invalid.
    static std::optional<Nsec3Fields> fromRdata(QByteArrayView rdata);
    // The four parameter fields only, with nothing after them.
    static std::optional<Nsec3Fields> fromParamRdata(QByteArrayView rdata);
};

} // namespace nameplan
