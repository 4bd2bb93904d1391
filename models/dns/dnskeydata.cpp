// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnskeydata.h"

#include "wirereader.h"

namespace nameplan {

std::optional<DnskeyData> DnskeyData::fromRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    DnskeyData d;
    d.flags = reader.u16();
    d.protocol = reader.u8();
    d.algorithm = reader.u8();
    d.publicKey = reader.bytes(reader.remaining()).toByteArray();
    if (!reader.ok())
        return std::nullopt;
    return d;
}

std::uint16_t DnskeyData::keyTag(QByteArrayView rdata)
{
    std::uint32_t accumulator = 0;
    for (qsizetype i = 0; i < rdata.size(); ++i) {
        const auto octet = static_cast<std::uint8_t>(rdata[i]);
        accumulator += (i & 1) ? octet : std::uint32_t(octet) << 8;
    }
    accumulator += (accumulator >> 16) & 0xFFFF;
    return static_cast<std::uint16_t>(accumulator & 0xFFFF);
}

} // namespace nameplan
