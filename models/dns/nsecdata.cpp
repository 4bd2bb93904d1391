// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecdata.h"

#include "nsecfields.h"
#include "typebitmap.h"

namespace nameplan {

std::optional<NsecData> NsecData::fromRdata(QByteArrayView rdata)
{
    const auto fields = NsecFields::fromRdata(rdata);
    if (!fields)
        return std::nullopt;
    NsecData d;
    d.nextName = DnsName::fromWire(fields->nextName).value_or(DnsName());
    d.types = TypeBitmap::decode(fields->typeBitmap).value_or(QList<std::uint16_t>());
    return d;
}

} // namespace nameplan
