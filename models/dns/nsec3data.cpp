// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3data.h"

#include "binarytext.h"
#include "nsec3fields.h"
#include "typebitmap.h"

namespace nameplan {

namespace {
Nsec3Data parameters(const Nsec3Fields& f)
{
    Nsec3Data d;
    d.hashAlgorithm = f.hashAlgorithm;
    d.flags = f.flags;
    d.iterations = f.iterations;
    d.salt = f.salt.toByteArray();
    return d;
}
} // namespace

std::optional<Nsec3Data> Nsec3Data::fromRdata(QByteArrayView rdata)
{
    const auto fields = Nsec3Fields::fromRdata(rdata);
    if (!fields)
        return std::nullopt;
    Nsec3Data d = parameters(*fields);
    d.nextHashedOwner = fields->nextHashedOwner.toByteArray();
    d.types = TypeBitmap::decode(fields->typeBitmap).value_or(QList<std::uint16_t>());
    return d;
}

std::optional<Nsec3Data> Nsec3Data::fromParamRdata(QByteArrayView rdata)
{
    const auto fields = Nsec3Fields::fromParamRdata(rdata);
    if (!fields)
        return std::nullopt;
    return parameters(*fields);
}

QByteArray Nsec3Data::nextHashedOwnerBase32() const
{
    QByteArray out;
    BinaryText::appendBase32Hex(out, nextHashedOwner);
    return out;
}

} // namespace nameplan
