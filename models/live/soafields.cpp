// SPDX-License-Identifier: GPL-3.0-or-later
#include "soafields.h"

#include <QtEndian>

namespace nameplan {

std::optional<SoaFields> SoaFields::fromRdata(QByteArrayView rdata)
{
    const qsizetype mnameLength = DnsName::wireLengthAt(rdata);
    if (mnameLength < 0)
        return std::nullopt;
    const qsizetype rnameLength = DnsName::wireLengthAt(rdata.sliced(mnameLength));
    if (rnameLength < 0 || rdata.size() != mnameLength + rnameLength + 20)
        return std::nullopt;
    SoaFields soa;
    soa.mname = *DnsName::fromWire(rdata.sliced(0, mnameLength));
    soa.rname = *DnsName::fromWire(rdata.sliced(mnameLength, rnameLength));
    const char* numbers = rdata.data() + mnameLength + rnameLength;
    std::uint32_t* fields[] = { &soa.serial, &soa.refresh, &soa.retry, &soa.expire, &soa.minimum };
    for (int i = 0; i < 5; ++i)
        *fields[i] = qFromBigEndian<quint32>(numbers + 4 * i);
    return soa;
}

std::optional<int> SoaFields::compareSerials(std::uint32_t a, std::uint32_t b)
{
    if (a == b)
        return 0;
    const std::uint32_t ahead = b - a; // modulo 2^32
    if (ahead == 0x80000000u)
        return std::nullopt;
    return ahead < 0x80000000u ? -1 : 1;
}

} // namespace nameplan
