// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecdata.h"

#include "typebitmap.h"
#include "wirereader.h"

namespace nameplan {

std::optional<NsecData> NsecData::fromRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    NsecData d;
    d.nextName = DnsName::read(reader, false);
    if (!reader.ok())
        return std::nullopt;
    auto types = TypeBitmap::decode(reader.bytes(reader.remaining()));
    if (!types)
        return std::nullopt;
    d.types = std::move(*types);
    return d;
}

} // namespace nameplan
