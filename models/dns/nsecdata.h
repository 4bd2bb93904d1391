// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <optional>

namespace nameplan {

// NSEC RDATA fields (RFC 4034 §4.1): next domain name (uncompressed, case kept: RFC 6840
// §5.1) and the type bitmap, decoded.
struct NsecData {
    DnsName nextName;
    QList<std::uint16_t> types;

    static std::optional<NsecData> fromRdata(QByteArrayView rdata);
    bool hasType(std::uint16_t type) const { return types.contains(type); }
};

} // namespace nameplan
