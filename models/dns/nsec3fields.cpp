// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3fields.h"

#include "typebitmap.h"
#include "wirereader.h"

namespace nameplan {

namespace {
// | hash alg (8) | flags (8) | iterations (16) | salt length (8) | salt |
Nsec3Fields readParameters(WireReader& reader)
{
    Nsec3Fields f;
    f.hashAlgorithm = reader.u8();
    f.flags = reader.u8();
    f.iterations = reader.u16();
    f.salt = reader.bytes(reader.u8());
    return f;
}
} // namespace

std::optional<Nsec3Fields> Nsec3Fields::fromRdata(QByteArrayView rdata)
{
    // ... | hash length (8) | next hashed owner name | type bitmap |
    WireReader reader(rdata);
    Nsec3Fields f = readParameters(reader);
    const std::uint8_t hashLength = reader.u8();
    f.nextHashedOwner = reader.bytes(hashLength);
    if (!reader.ok() || hashLength == 0)
        return std::nullopt;
    f.typeBitmap = reader.bytes(reader.remaining());
    if (!TypeBitmap::isValid(f.typeBitmap))
        return std::nullopt;
    return f;
}

std::optional<Nsec3Fields> Nsec3Fields::fromParamRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    const Nsec3Fields f = readParameters(reader);
    if (!reader.ok() || reader.remaining() != 0)
        return std::nullopt;
    return f;
}

} // namespace nameplan
