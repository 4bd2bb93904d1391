// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalform.h"

#include "asciicase.h"
#include "rdatacodec.h"

#include <algorithm>

namespace nameplan {

QByteArray CanonicalForm::rdata(std::uint16_t type, const QByteArray& rdata)
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
    appendRrsetWire(out, set, set.owner, originalTtl);
    return out;
}

void CanonicalForm::appendRrsetWire(QByteArray& out, const RrSet& set, const DnsName& owner, std::uint32_t originalTtl)
{
    const auto append = [&](const QByteArray& canonicalRdata) {
        const qsizetype ownerStart = out.size();
        out.append(owner.wire());
        asciiLowerInPlace(out.data() + ownerStart, out.data() + out.size());
        ResourceRecord::appendWireAfterOwner(out, set.type, set.rrClass, originalTtl, canonicalRdata);
    };
    const qsizetype fixedSize = owner.wire().size() + ResourceRecord::fixedWireSize;
    // Most RRsets hold one record: nothing to sort, no list to build.
    if (set.rdatas.size() == 1) {
        const QByteArray r = RdataCodec::canonical(set.type, set.rdatas.first());
        out.reserve(out.size() + fixedSize + r.size());
        append(r);
        return;
    }
    const QList<QByteArray> sorted = sortedRdatas(set.type, set.rdatas);
    qsizetype size = out.size();
    for (const QByteArray& r : sorted)
        size += fixedSize + r.size();
    out.reserve(size);
    for (const QByteArray& r : sorted)
        append(r);
}

} // namespace nameplan
