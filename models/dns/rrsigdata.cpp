// SPDX-License-Identifier: GPL-3.0-or-later
#include "rrsigdata.h"

#include "asciicase.h"
#include "wirereader.h"

namespace nameplan {

std::optional<RrsigData> RrsigData::fromRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    RrsigData d;
    d.typeCovered = reader.u16();
    d.algorithm = reader.u8();
    d.labels = reader.u8();
    d.originalTtl = reader.u32();
    d.expiration = reader.u32();
    d.inception = reader.u32();
    d.keyTag = reader.u16();
    d.signer = DnsName::read(reader, false);
    d.signature = reader.bytes(reader.remaining()).toByteArray();
    if (!reader.ok())
        return std::nullopt;
    return d;
}

QByteArray RrsigData::signedPrefix() const
{
    QByteArray out;
    out.reserve(signedPrefixSize());
    appendSignedPrefix(out);
    return out;
}

void RrsigData::appendSignedPrefix(QByteArray& out) const
{
    auto u16 = [&out](std::uint32_t v) {
        out.append(static_cast<char>(v >> 8));
        out.append(static_cast<char>(v));
    };
    u16(typeCovered);
    out.append(static_cast<char>(algorithm));
    out.append(static_cast<char>(labels));
    for (const std::uint32_t v : { originalTtl, expiration, inception }) {
        u16(v >> 16);
        u16(v & 0xFFFF);
    }
    u16(keyTag);
    const qsizetype signerStart = out.size();
    out.append(signer.wire());
    asciiLowerInPlace(out.data() + signerStart, out.data() + out.size());
}

} // namespace nameplan
