// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalform.h"

#include "rdatacodec.h"

#include <algorithm>

namespace nameplan {

QByteArray CanonicalForm::rdata(std::uint16_t type, QByteArrayView rdata)
{
    return RdataCodec::canonical(type, rdata);
}

QList<QByteArray> CanonicalForm::sortedRdatas(std::uint16_t type, const QList<QByteArray>& rdatas)
{
    QList<QByteArray> sorted;
    sorted.reserve(rdatas.size());
    for (const QByteArray& r : rdatas)
        sorted.append(RdataCodec::canonical(type, r));
    // QByteArray's operator< compares octets as unsigned, shorter prefix first: §6.3 exactly.
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

QByteArray CanonicalForm::recordWire(const ResourceRecord& record, std::uint32_t originalTtl)
{
    const ResourceRecord canonical { record.owner.lowercased(), record.type, record.rrClass, originalTtl,
        RdataCodec::canonical(record.type, record.rdata) };
    QByteArray out;
    canonical.appendWire(out);
    return out;
}

QByteArray CanonicalForm::rrsetWire(const RrSet& set, std::uint32_t originalTtl)
{
    QByteArray out;
    const DnsName owner = set.owner.lowercased();
    for (const QByteArray& r : sortedRdatas(set.type, set.rdatas))
        ResourceRecord { owner, set.type, set.rrClass, originalTtl, r }.appendWire(out);
    return out;
}

} // namespace nameplan
