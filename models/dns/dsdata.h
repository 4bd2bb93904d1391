// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace nameplan {

// DS (and CDS) RDATA fields (RFC 4034 §5.1):
//   | key tag (16) | algorithm (8) | digest type (8) | digest ... |
struct DsData {
    std::uint16_t keyTag = 0;
    std::uint8_t algorithm = 0;
    std::uint8_t digestType = 0;
    QByteArray digest;

    static std::optional<DsData> fromRdata(QByteArrayView rdata);
};

} // namespace nameplan
