// SPDX-License-Identifier: GPL-3.0-or-later
#include "ecdsasignature.h"

namespace nameplan {

namespace {

constexpr unsigned char derSequence = 0x30;
constexpr unsigned char derInteger = 0x02;
constexpr int maxFieldBytes = 48;

// Appends one INTEGER: minimal octets, plus a 0x00 when the top bit would read as a sign.
void appendInteger(EcdsaSignature::Der& der, QByteArrayView value)
{
    qsizetype skip = 0;
    while (skip + 1 < value.size() && value[skip] == 0)
        ++skip;
    const QByteArrayView digits = value.sliced(skip);
    const bool pad = static_cast<unsigned char>(digits.front()) & 0x80;
    der.bytes[der.size++] = derInteger;
    der.bytes[der.size++] = static_cast<unsigned char>(digits.size() + (pad ? 1 : 0));
    if (pad)
        der.bytes[der.size++] = 0;
    for (const char octet : digits)
        der.bytes[der.size++] = static_cast<unsigned char>(octet);
}

// Reads one INTEGER at offset into a left-padded field; false on any malformation.
bool readInteger(QByteArrayView der, qsizetype& offset, int fieldBytes, QByteArray& out)
{
    if (offset + 2 > der.size() || static_cast<unsigned char>(der[offset]) != derInteger)
        return false;
    const qsizetype length = static_cast<unsigned char>(der[offset + 1]);
    offset += 2;
    if (length == 0 || length >= 0x80 || offset + length > der.size())
        return false;
    QByteArrayView digits = der.sliced(offset, length);
    offset += length;
    if (static_cast<unsigned char>(digits.front()) & 0x80)
        return false; // negative: never produced for r or s
    while (digits.size() > 1 && digits.front() == 0)
        digits = digits.sliced(1);
    if (digits.size() > fieldBytes)
        return false;
    out.append(QByteArray(fieldBytes - digits.size(), '\0'));
    out.append(digits);
    return true;
}

} // namespace

std::optional<EcdsaSignature::Der> EcdsaSignature::rawToDer(QByteArrayView raw, int fieldBytes)
{
    if (fieldBytes <= 0 || fieldBytes > maxFieldBytes || raw.size() != 2 * fieldBytes)
        return std::nullopt;
    Der der;
    der.bytes[0] = derSequence;
    der.size = 2; // the content length goes into bytes[1] once known
    appendInteger(der, raw.first(fieldBytes));
    appendInteger(der, raw.sliced(fieldBytes));
    der.bytes[1] = static_cast<unsigned char>(der.size - 2);
    return der;
}

std::optional<QByteArray> EcdsaSignature::derToRaw(QByteArrayView der, int fieldBytes)
{
    if (der.size() < 2 || static_cast<unsigned char>(der[0]) != derSequence
        || static_cast<unsigned char>(der[1]) != der.size() - 2)
        return std::nullopt;
    QByteArray raw;
    raw.reserve(2 * fieldBytes);
    qsizetype offset = 2;
    if (!readInteger(der, offset, fieldBytes, raw) || !readInteger(der, offset, fieldBytes, raw)
        || offset != der.size())
        return std::nullopt;
    return raw;
}

} // namespace nameplan
