// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsdata.h"

#include "wirereader.h"

namespace nameplan {

std::optional<DsData> DsData::fromRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    DsData d;
    d.keyTag = reader.u16();
    d.algorithm = reader.u8();
    d.digestType = reader.u8();
    d.digest = reader.bytes(reader.remaining()).toByteArray();
    if (!reader.ok())
        return std::nullopt;
    return d;
}

} // namespace nameplan
