// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdatatext.h"

#include "binarytext.h"
#include "dnsmnemonics.h"
#include "rdatacodec.h"
#include "rdatafieldparser.h"
#include "typebitmap.h"

#include <arpa/inet.h>

#include <charconv>

namespace nameplan {

namespace {
using F = RdataField;

constexpr std::uint32_t maxU32 = 0xFFFFFFFFu;

std::uint32_t be16(QByteArrayView v, qsizetype at)
{
    return (std::uint32_t(static_cast<std::uint8_t>(v[at])) << 8) | static_cast<std::uint8_t>(v[at + 1]);
}

std::uint32_t be32(QByteArrayView v)
{
    return (be16(v, 0) << 16) | be16(v, 2);
}

void appendNumber(QByteArray& out, std::uint64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendTwoDigits(QByteArray& out, int value)
{
    out.append(static_cast<char>('0' + value / 10));
    out.append(static_cast<char>('0' + value % 10));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, UTC).
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, int& m, int& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2);
}

bool isAlphanumeric(QByteArrayView text)
{
    for (const char c : text) {
        if (!isDigit(c) && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return false;
    }
    return true;
}

void appendIp(QByteArray& out, int family, QByteArrayView octets)
{
    char buffer[INET6_ADDRSTRLEN];
    if (inet_ntop(family, octets.data(), buffer, sizeof buffer))
        out.append(buffer);
}

void appendBitmapText(QByteArray& out, QByteArrayView bitmap)
{
    const auto types = TypeBitmap::decode(bitmap);
    if (!types)
        return;
    for (qsizetype i = 0; i < types->size(); ++i) {
        if (i > 0)
            out.append(' ');
        out.append(DnsMnemonics::typeName(types->at(i)));
    }
}

// Nameplan's own form for EDNS options ("code:hex"), since OPT has no presentation format
// (RFC 6891 §6.1.1: it is a pseudo-RR that never appears in zone files).
void appendOptionsText(QByteArray& out, QByteArrayView options)
{
    qsizetype pos = 0;
    while (pos + 4 <= options.size()) {
        const std::uint32_t length = be16(options, pos + 2);
        if (pos > 0)
            out.append(' ');
        appendNumber(out, be16(options, pos));
        out.append(':');
        BinaryText::appendHex(out, options.sliced(pos + 4, length));
        pos += 4 + length;
    }
}

void appendField(QByteArray& out, RdataField kind, QByteArrayView v)
{
    switch (kind) {
    case F::End:
        break;
    case F::DecompressibleName:
    case F::FixedName:
        DnsName::appendWireText(out, v);
        break;
    case F::U8:
        appendNumber(out, static_cast<std::uint8_t>(v[0]));
        break;
    case F::U16:
        appendNumber(out, be16(v, 0));
        break;
    case F::U32:
    case F::Ttl:
        appendNumber(out, be32(v));
        break;
    case F::Time:
        RdataText::appendTime(out, be32(v));
        break;
    case F::TypeCode:
        out.append(DnsMnemonics::typeName(static_cast<std::uint16_t>(be16(v, 0))));
        break;
    case F::Ipv4:
        appendIp(out, AF_INET, v);
        break;
    case F::Ipv6:
        appendIp(out, AF_INET6, v);
        break;
    case F::CharString:
        RdataText::appendQuoted(out, v.sliced(1));
        break;
    case F::CharStringList:
        for (qsizetype pos = 0; pos < v.size(); pos += 1 + static_cast<std::uint8_t>(v[pos])) {
            if (pos > 0)
                out.append(' ');
            RdataText::appendQuoted(out, v.sliced(pos + 1, static_cast<std::uint8_t>(v[pos])));
        }
        break;
    case F::Tag:
        if (isAlphanumeric(v.sliced(1)))
            out.append(v.sliced(1));
        else
            RdataText::appendQuoted(out, v.sliced(1));
        break;
    case F::StringRest:
        RdataText::appendQuoted(out, v);
        break;
    case F::Base64Rest:
        BinaryText::appendBase64(out, v);
        break;
    case F::HexRest:
        BinaryText::appendHex(out, v);
        break;
    case F::HexWithLength:
        if (v.size() == 1)
            out.append('-');
        else
            BinaryText::appendHex(out, v.sliced(1));
        break;
    case F::Base32HexWithLength:
        BinaryText::appendBase32Hex(out, v.sliced(1));
        break;
    case F::TypeBitmap:
        appendBitmapText(out, v);
        break;
    case F::EdnsOptions:
        appendOptionsText(out, v);
        break;
    }
}

// RFC 3597 §5: "\#" <length> <hex>...
std::optional<QByteArray> parseGeneric(std::uint16_t type, std::span<const ZoneToken> tokens, QString* error)
{
    auto failWith = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (tokens.size() < 2)
        return failWith(QStringLiteral("missing length after \\#"));
    const auto length = RdataText::parseNumber(tokens[1].text, 0xFFFF);
    if (!length)
        return failWith(QStringLiteral("invalid length after \\#"));
    QByteArray hex;
    for (size_t i = 2; i < tokens.size(); ++i)
        hex.append(tokens[i].text);
    const auto data = BinaryText::fromHex(hex);
    if (!data)
        return failWith(QStringLiteral("invalid hex data after \\#"));
    if (static_cast<std::uint64_t>(data->size()) != *length)
        return failWith(
            QStringLiteral("\\# length %1 does not match %2 octets of data").arg(*length).arg(data->size()));
    if (!RdataCodec::isValid(type, *data))
        return failWith(QStringLiteral("\\# data is not valid RDATA for type %1")
                            .arg(QString::fromLatin1(DnsMnemonics::typeName(type))));
    return data;
}
} // namespace

void RdataText::appendGeneric(QByteArray& out, QByteArrayView rdata)
{
    out.append("\\# ");
    appendNumber(out, static_cast<std::uint64_t>(rdata.size()));
    if (!rdata.isEmpty()) {
        out.append(' ');
        BinaryText::appendHex(out, rdata);
    }
}

void RdataText::appendText(QByteArray& out, std::uint16_t type, QByteArrayView rdata)
{
    const RdataDescriptor* descriptor = RdataDescriptor::find(type);
    RdataCodec::FieldViews fields;
    if (!descriptor || !RdataCodec::splitFields(*descriptor, rdata, fields)) {
        appendGeneric(out, rdata);
        return;
    }
    for (size_t i = 0; i < fields.size() && descriptor->fields[i] != F::End; ++i) {
        if (i > 0)
            out.append(' ');
        appendField(out, descriptor->fields[i], fields[i]);
    }
    while (out.endsWith(' '))
        out.chop(1);
}

QString RdataText::toString(std::uint16_t type, QByteArrayView rdata)
{
    QByteArray out;
    appendText(out, type, rdata);
    return QString::fromLatin1(out);
}

std::optional<QByteArray> RdataText::fromText(
    std::uint16_t type, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error)
{
    QByteArray rdata;
    if (!appendFromText(rdata, type, tokens, origin, error))
        return std::nullopt;
    return rdata;
}

bool RdataText::appendFromText(
    QByteArray& out, std::uint16_t type, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error)
{
    if (!tokens.empty() && !tokens[0].quoted && tokens[0].text == "\\#") {
        const auto data = parseGeneric(type, tokens, error);
        if (data)
            out.append(*data);
        return data.has_value();
    }
    const RdataDescriptor* descriptor = RdataDescriptor::find(type);
    if (!descriptor) {
        if (error)
            *error = QStringLiteral("type %1 needs RDATA in the RFC 3597 form \\# <length> <hex>")
                         .arg(QString::fromLatin1(DnsMnemonics::typeName(type)));
        return false;
    }
    const qsizetype before = out.size();
    if (!RdataFieldParser::append(out, *descriptor, tokens, origin, error))
        return false;
    if (out.size() - before > 0xFFFF) {
        if (error)
            *error = QStringLiteral("RDATA longer than 65535 octets");
        out.resize(before);
        return false;
    }
    return true;
}

std::optional<std::uint64_t> RdataText::parseNumber(QByteArrayView text, std::uint64_t maximum)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
        if (value > maximum)
            return std::nullopt;
    }
    return value;
}

std::optional<std::uint32_t> RdataText::parseTtl(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    std::uint64_t total = 0;
    std::uint64_t current = 0;
    bool haveDigits = false;
    for (const char c : text) {
        if (isDigit(c)) {
            current = current * 10 + static_cast<std::uint64_t>(c - '0');
            haveDigits = true;
            if (current > maxU32)
                return std::nullopt;
            continue;
        }
        std::uint64_t unit = 0;
        switch (c | 0x20) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 604800;
            break;
        default:
            return std::nullopt;
        }
        if (!haveDigits)
            return std::nullopt;
        total += current * unit;
        current = 0;
        haveDigits = false;
        if (total > maxU32)
            return std::nullopt;
    }
    total += current;
    if (total > maxU32)
        return std::nullopt;
    return static_cast<std::uint32_t>(total);
}

std::optional<std::uint32_t> RdataText::parseTime(QByteArrayView text)
{
    if (text.size() != 14) {
        const auto value = text.size() <= 10 ? RdataText::parseNumber(text, maxU32) : std::nullopt;
        return value ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*value)) : std::nullopt;
    }
    for (const char c : text) {
        if (!isDigit(c))
            return std::nullopt;
    }
    auto number = [&text](int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(4, 2);
    const int day = number(6, 2);
    const int hour = number(8, 2);
    const int minute = number(10, 2);
    const int second = number(12, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const std::int64_t seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    // RFC 4034 §3.2: the field is the time modulo 2^32 (serial number arithmetic, RFC 1982).
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(seconds));
}

void RdataText::appendTime(QByteArray& out, std::uint32_t seconds)
{
    std::int64_t year;
    int month;
    int day;
    civilFromDays(seconds / 86400, year, month, day);
    const std::uint32_t inDay = seconds % 86400;
    appendNumber(out, static_cast<std::uint64_t>(year));
    appendTwoDigits(out, month);
    appendTwoDigits(out, day);
    appendTwoDigits(out, static_cast<int>(inDay / 3600));
    appendTwoDigits(out, static_cast<int>(inDay / 60 % 60));
    appendTwoDigits(out, static_cast<int>(inDay % 60));
}

std::optional<QByteArray> RdataText::decodeString(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\\') {
            if (i + 1 >= text.size())
                return std::nullopt;
            if (isDigit(text[i + 1])) {
                if (i + 3 >= text.size() || !isDigit(text[i + 2]) || !isDigit(text[i + 3]))
                    return std::nullopt;
                const int value = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                if (value > 255)
                    return std::nullopt;
                c = static_cast<char>(value);
                i += 3;
            } else {
                c = text[++i];
            }
        }
        out.append(c);
    }
    return out;
}

void RdataText::appendQuoted(QByteArray& out, QByteArrayView octets)
{
    out.append('"');
    for (const char ch : octets) {
        const auto c = static_cast<std::uint8_t>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20 || c > 0x7e) {
            const char escaped[4] = { '\\', static_cast<char>('0' + c / 100), static_cast<char>('0' + c / 10 % 10),
                static_cast<char>('0' + c % 10) };
            out.append(escaped, 4);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

} // namespace nameplan
