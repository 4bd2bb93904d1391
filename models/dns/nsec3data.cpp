// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3data.h"

#include "binarytext.h"
#include "typebitmap.h"
#include "wirereader.h"

namespace nameplan {

namespace {
void readParameters(WireReader& reader, Nsec3Data& d)
{
    d.hashAlgorithm = reader.u8();
    d.flags = reader.u8();
    d.iterations = reader.u16();
    d.salt = reader.bytes(reader.u8()).toByteArray();
}
} // namespace

std::optional<Nsec3Data> Nsec3Data::fromRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    Nsec3Data d;
    readParameters(reader, d);
    const std::uint8_t hashLength = reader.u8();
    d.nextHashedOwner = reader.bytes(hashLength).toByteArray();
    if (!reader.ok() || hashLength == 0)
        return std::nullopt;
    auto types = TypeBitmap::decode(reader.bytes(reader.remaining()));
    if (!types)
        return std::nullopt;
    d.types = std::move(*types);
    return d;
}

std::optional<Nsec3Data> Nsec3Data::fromParamRdata(QByteArrayView rdata)
{
    WireReader reader(rdata);
    Nsec3Data d;
    readParameters(reader, d);
    if (!reader.ok() || reader.remaining() != 0)
        return std::nullopt;
    return d;
}

QByteArray Nsec3Data::nextHashedOwnerBase32() const
{
    QByteArray out;
    BinaryText::appendBase32Hex(out, nextHashedOwner);
    return out;
}

} // namespace nameplan
