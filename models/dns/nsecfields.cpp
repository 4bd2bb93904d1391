// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecfields.h"

#include "dnsname.h"
#include "typebitmap.h"

namespace nameplan {

std::optional<NsecFields> NsecFields::fromRdata(QByteArrayView rdata)
{
    // | next domain name (uncompressed) | type bitmap |
    const qsizetype nameLength = DnsName::wireLengthAt(rdata);
    if (nameLength < 0)
        return std::nullopt;
    const NsecFields f { rdata.first(nameLength), rdata.sliced(nameLength) };
    if (!TypeBitmap::isValid(f.typeBitmap))
        return std::nullopt;
    return f;
}

} // namespace nameplan
