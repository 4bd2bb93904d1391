// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace nameplan {

// The fields of NSEC RDATA (RFC 4034 §4.1) as views into the RDATA, read without a copy: the
// whole-zone chain check reads every NSEC of the zone, where NsecData's name and decoded type
// list would cost more than the check. NsecData is made from these, so both accept exactly the
// same RDATA. The views live as long as the RDATA.
struct NsecFields {
    QByteArrayView nextName; // a valid uncompressed wire name (DnsName::fromWire takes it)
    QByteArrayView typeBitmap; // valid (TypeBitmap::isValid)

    // nullopt when the name is invalid (compression is not allowed here, RFC 3597 §4) or
    // truncated, or the bitmap is invalid.
    static std::optional<NsecFields> fromRdata(QByteArrayView rdata);
};

} // namespace nameplan
