// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdatacodec.h"

#include "asciicase.h"
#include "dnsname.h"
#include "typebitmap.h"
#include "wirereader.h"

namespace nameplan {

namespace {
// Length-prefixed strings to the end of rest: each {length, octets} must fit.
bool isCharStringSequence(QByteArrayView rest)
{
    qsizetype pos = 0;
    while (pos < rest.size())
        pos += 1 + static_cast<std::uint8_t>(rest[pos]);
    return pos == rest.size();
}

// RFC 6891 §6.1.2: {OPTION-CODE, OPTION-LENGTH, OPTION-DATA} to the end.
bool isOptionSequence(QByteArrayView rest)
{
    qsizetype pos = 0;
    while (pos + 4 <= rest.size())
        pos += 4 + ((static_cast<std::uint8_t>(rest[pos + 2]) << 8) | static_cast<std::uint8_t>(rest[pos + 3]));
    return pos == rest.size();
}

qsizetype lengthPrefixed(QByteArrayView rest, int minimumLength)
{
    if (rest.isEmpty())
        return RdataCodec::fieldTruncated;
    const int length = static_cast<std::uint8_t>(rest[0]);
    if (length < minimumLength)
        return RdataCodec::fieldInvalid;
    return 1 + length <= rest.size() ? 1 + length : RdataCodec::fieldTruncated;
}

qsizetype fixed(QByteArrayView rest, qsizetype size)
{
    return size <= rest.size() ? size : RdataCodec::fieldTruncated;
}
} // namespace

qsizetype RdataCodec::fieldSize(RdataField kind, QByteArrayView rest)
{
    switch (kind) {
    case RdataField::End:
        return 0;
    case RdataField::DecompressibleName:
    case RdataField::FixedName: {
        const qsizetype size = DnsName::wireLengthAt(rest);
        return size < 0 ? fieldInvalid : size;
    }
    case RdataField::U8:
        return fixed(rest, 1);
    case RdataField::U16:
    case RdataField::TypeCode:
        return fixed(rest, 2);
    case RdataField::U32:
    case RdataField::Ttl:
    case RdataField::Time:
    case RdataField::Ipv4:
        return fixed(rest, 4);
    case RdataField::Ipv6:
        return fixed(rest, 16);
    case RdataField::CharString:
    case RdataField::HexWithLength:
        return lengthPrefixed(rest, 0);
    case RdataField::Tag:
    case RdataField::Base32HexWithLength:
        return lengthPrefixed(rest, 1);
    case RdataField::CharStringList:
        if (rest.isEmpty())
            return fieldTruncated;
        return isCharStringSequence(rest) ? rest.size() : fieldInvalid;
    case RdataField::StringRest:
    case RdataField::Base64Rest:
    case RdataField::HexRest:
        return rest.size();
    case RdataField::TypeBitmap:
        return TypeBitmap::isValid(rest) ? rest.size() : fieldInvalid;
    case RdataField::EdnsOptions:
        return isOptionSequence(rest) ? rest.size() : fieldInvalid;
    }
    return fieldInvalid;
}

QByteArray RdataCodec::readFromMessage(WireReader& reader, std::uint16_t type, std::uint16_t rdlength)
{
    const qsizetype start = reader.offset();
    const qsizetype end = start + rdlength;
    if (end > reader.data().size()) {
        reader.fail(WireError::Kind::Truncated, start);
        return {};
    }
    const RdataDescriptor* descriptor = RdataDescriptor::find(type);
    if (!descriptor)
        return reader.bytes(rdlength).toByteArray();

    QByteArray out;
    out.reserve(rdlength + 16);
    for (const RdataField kind : descriptor->fields) {
        if (kind == RdataField::End || !reader.ok())
            break;
        const qsizetype fieldStart = reader.offset();
        if (isName(kind)) {
            const DnsName name = DnsName::read(reader, kind == RdataField::DecompressibleName);
            if (reader.ok() && reader.offset() > end)
                reader.fail(WireError::Kind::RdataLengthMismatch, fieldStart);
            out.append(name.wire());
            continue;
        }
        const qsizetype size = fieldSize(kind, reader.data().sliced(fieldStart, end - fieldStart));
        if (size == fieldTruncated)
            reader.fail(WireError::Kind::RdataLengthMismatch, fieldStart);
        else if (size == fieldInvalid)
            reader.fail(WireError::Kind::BadRdata, fieldStart);
        else
            out.append(reader.bytes(size));
    }
    if (reader.ok() && reader.offset() != end)
        reader.fail(WireError::Kind::RdataLengthMismatch, reader.offset());
    return reader.ok() ? out : QByteArray();
}

bool RdataCodec::splitFields(const RdataDescriptor& descriptor, QByteArrayView rdata, FieldViews& fields)
{
    qsizetype pos = 0;
    int index = 0;
    for (const RdataField kind : descriptor.fields) {
        if (kind == RdataField::End)
            break;
        const qsizetype size = fieldSize(kind, rdata.sliced(pos));
        if (size < 0)
            return false;
        fields[static_cast<size_t>(index++)] = rdata.sliced(pos, size);
        pos += size;
    }
    return pos == rdata.size();
}

bool RdataCodec::isValid(std::uint16_t type, QByteArrayView rdata)
{
    const RdataDescriptor* descriptor = RdataDescriptor::find(type);
    FieldViews fields;
    return !descriptor || splitFields(*descriptor, rdata, fields);
}

QByteArray RdataCodec::canonical(std::uint16_t type, const QByteArray& rdata)
{
    QByteArray out = rdata;
    const RdataDescriptor* descriptor = RdataDescriptor::find(type);
    FieldViews fields;
    if (!descriptor || !descriptor->lowercaseNames || !splitFields(*descriptor, rdata, fields))
        return out;
    for (size_t i = 0; i < fields.size() && descriptor->fields[i] != RdataField::End; ++i) {
        if (!isName(descriptor->fields[i]))
            continue;
        const qsizetype offset = fields[i].data() - rdata.data();
        for (qsizetype j = offset; j < offset + fields[i].size(); ++j)
            out[j] = static_cast<char>(asciiLower(static_cast<std::uint8_t>(out[j])));
    }
    return out;
}

} // namespace nameplan
