// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdatafieldparser.h"

#include "binarytext.h"
#include "dnsmnemonics.h"
#include "rdatatext.h"
#include "typebitmap.h"

#include <QVarLengthArray>

#include <arpa/inet.h>

#include <cstring>

namespace nameplan {

namespace {
using F = RdataField;

constexpr std::uint32_t maxU32 = 0xFFFFFFFFu;

void appendU16(QByteArray& out, std::uint32_t v)
{
    const char octets[2] = { static_cast<char>(v >> 8), static_cast<char>(v) };
    out.append(octets, sizeof octets);
}

void appendU32(QByteArray& out, std::uint32_t v)
{
    const char octets[4]
        = { static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v) };
    out.append(octets, sizeof octets);
}

bool parseIp(int family, QByteArrayView text, QByteArray& out)
{
    char buffer[INET6_ADDRSTRLEN + 1];
    if (text.size() >= static_cast<qsizetype>(sizeof buffer))
        return false;
    std::memcpy(buffer, text.data(), static_cast<size_t>(text.size()));
    buffer[text.size()] = '\0';
    unsigned char address[16];
    if (inet_pton(family, buffer, address) != 1)
        return false;
    out.append(reinterpret_cast<const char*>(address), family == AF_INET ? 4 : 16);
    return true;
}

QString fieldName(RdataField kind)
{
    switch (kind) {
    case F::DecompressibleName:
    case F::FixedName:
        return QStringLiteral("domain name");
    case F::U8:
    case F::U16:
    case F::U32:
        return QStringLiteral("number");
    case F::Ttl:
        return QStringLiteral("time interval");
    case F::Time:
        return QStringLiteral("timestamp");
    case F::TypeCode:
        return QStringLiteral("record type");
    case F::Ipv4:
        return QStringLiteral("IPv4 address");
    case F::Ipv6:
        return QStringLiteral("IPv6 address");
    case F::CharString:
    case F::CharStringList:
    case F::StringRest:
        return QStringLiteral("character string");
    case F::Tag:
        return QStringLiteral("tag");
    case F::Base64Rest:
        return QStringLiteral("base64 data");
    case F::HexRest:
    case F::HexWithLength:
        return QStringLiteral("hex data");
    case F::Base32HexWithLength:
        return QStringLiteral("base32hex data");
    case F::TypeBitmap:
        return QStringLiteral("type list");
    case F::EdnsOptions:
        return QStringLiteral("EDNS option");
    case F::End:
        break;
    }
    return QStringLiteral("field");
}

// One record's RDATA tokens parsed field by field into wire octets, appended to out.
class FieldParser {

public:
    FieldParser(QByteArray& out, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error)
        : m_out(out)
        , m_tokens(tokens)
        , m_origin(origin)
        , m_error(error)
    {
    }

    bool parse(const RdataDescriptor& descriptor)
    {
        for (const RdataField kind : descriptor.fields) {
            if (kind == F::End)
                break;
            if (!parseField(kind))
                return false;
        }
        if (m_next < m_tokens.size())
            return fail(QStringLiteral("unexpected \"%1\" after the RDATA").arg(text(m_tokens[m_next].text)));
        return true;
    }

private:
    static QString text(QByteArrayView t) { return QString::fromUtf8(t.data(), t.size()); }

    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }
    bool invalid(RdataField kind, QByteArrayView t)
    {
        return fail(QStringLiteral("invalid %1 \"%2\"").arg(fieldName(kind), text(t)));
    }

    // The remaining tokens joined (base64 and hex may be split by blanks, RFC 4034 §2.2).
    QByteArray joinedRest() const
    {
        qsizetype size = 0;
        for (size_t i = m_next; i < m_tokens.size(); ++i)
            size += m_tokens[i].text.size();
        QByteArray joined;
        joined.reserve(size);
        for (size_t i = m_next; i < m_tokens.size(); ++i)
            joined.append(m_tokens[i].text);
        return joined;
    }

    // The remaining tokens as base64. Split at quantum boundaries, as signers write it, the
    // tokens decode one by one straight into the RDATA (only the last may end in padding);
    // else they are joined first.
    bool appendBase64Rest()
    {
        size_t last = m_tokens.size();
        while (last > m_next && m_tokens[last - 1].text.isEmpty())
            --last;
        qsizetype total = 0;
        for (size_t i = m_next; i < last; ++i) {
            if (i + 1 < last && m_tokens[i].text.size() % 4 != 0)
                return BinaryText::appendFromBase64(m_out, joinedRest());
            total += m_tokens[i].text.size();
        }
        const qsizetype before = m_out.size();
        m_out.resize(before + total / 4 * 3);
        char* p = m_out.data() + before;
        for (size_t i = m_next; i < last; ++i) {
            const qsizetype written = BinaryText::decodeBase64(m_tokens[i].text, p, i + 1 == last);
            if (written < 0) {
                m_out.resize(before);
                return false;
            }
            p += written;
        }
        m_out.resize(p - m_out.constData());
        return true;
    }

    bool appendCharString(RdataField kind, QByteArrayView t, int minimumLength)
    {
        const auto decoded = RdataText::decodeString(t);
        if (!decoded || decoded->size() > 255 || decoded->size() < minimumLength)
            return invalid(kind, t);
        m_out.append(static_cast<char>(decoded->size()));
        m_out.append(*decoded);
        return true;
    }

    bool parseRest(RdataField kind)
    {
        switch (kind) {
        case F::CharStringList:
            if (m_next >= m_tokens.size())
                return fail(QStringLiteral("missing %1").arg(fieldName(kind)));
            for (; m_next < m_tokens.size(); ++m_next) {
                if (!appendCharString(kind, m_tokens[m_next].text, 0))
                    return false;
            }
            return true;
        case F::Base64Rest:
            if (!appendBase64Rest())
                return invalid(kind, joinedRest());
            m_next = m_tokens.size();
            return true;
        case F::HexRest: {
            const QByteArray joined = joinedRest();
            if (!BinaryText::appendFromHex(m_out, joined))
                return invalid(kind, joined);
            m_next = m_tokens.size();
            return true;
        }
        case F::TypeBitmap: {
            QVarLengthArray<std::uint16_t, 64> types;
            for (; m_next < m_tokens.size(); ++m_next) {
                const auto type = DnsMnemonics::typeFromText(m_tokens[m_next].text);
                if (!type)
                    return invalid(kind, m_tokens[m_next].text);
                types.append(*type);
            }
            TypeBitmap::appendEncoded(m_out, types);
            return true;
        }
        case F::EdnsOptions:
            for (; m_next < m_tokens.size(); ++m_next) {
                if (!appendOption(m_tokens[m_next].text))
                    return invalid(kind, m_tokens[m_next].text);
            }
            return true;
        default:
            return false;
        }
    }

    bool appendOption(QByteArrayView t)
    {
        const qsizetype colon = t.indexOf(':');
        if (colon < 0)
            return false;
        const auto code = RdataText::parseNumber(t.first(colon), 0xFFFF);
        const auto data = BinaryText::fromHex(t.sliced(colon + 1));
        if (!code || !data || data->size() > 0xFFFF)
            return false;
        appendU16(m_out, static_cast<std::uint32_t>(*code));
        appendU16(m_out, static_cast<std::uint32_t>(data->size()));
        m_out.append(*data);
        return true;
    }

    bool parseField(RdataField kind)
    {
        if (kind == F::CharStringList || kind == F::Base64Rest || kind == F::HexRest || kind == F::TypeBitmap
            || kind == F::EdnsOptions)
            return parseRest(kind);
        if (m_next >= m_tokens.size())
            return fail(QStringLiteral("missing %1").arg(fieldName(kind)));
        const QByteArrayView t = m_tokens[m_next++].text;
        return parseSingle(kind, t);
    }

    bool parseSingle(RdataField kind, QByteArrayView t)
    {
        switch (kind) {
        case F::DecompressibleName:
        case F::FixedName: {
            DnsName::TextError nameError;
            if (!DnsName::appendWireFromText(m_out, t, m_origin, &nameError))
                return fail(QStringLiteral("%1: \"%2\"").arg(DnsName::textErrorMessage(nameError), text(t)));
            return true;
        }
        case F::U8:
        case F::U16:
        case F::U32: {
            const std::uint64_t maximum = kind == F::U8 ? 0xFF : kind == F::U16 ? 0xFFFF : maxU32;
            const auto value = RdataText::parseNumber(t, maximum);
            if (!value)
                return invalid(kind, t);
            if (kind == F::U8)
                m_out.append(static_cast<char>(*value));
            else if (kind == F::U16)
                appendU16(m_out, static_cast<std::uint32_t>(*value));
            else
                appendU32(m_out, static_cast<std::uint32_t>(*value));
            return true;
        }
        case F::Ttl:
        case F::Time: {
            const auto value = kind == F::Ttl ? RdataText::parseTtl(t) : RdataText::parseTime(t);
            if (!value)
                return invalid(kind, t);
            appendU32(m_out, *value);
            return true;
        }
        case F::TypeCode: {
            const auto type = DnsMnemonics::typeFromText(t);
            if (!type)
                return invalid(kind, t);
            appendU16(m_out, *type);
            return true;
        }
        case F::Ipv4:
        case F::Ipv6:
            return parseIp(kind == F::Ipv4 ? AF_INET : AF_INET6, t, m_out) || invalid(kind, t);
        case F::CharString:
            return appendCharString(kind, t, 0);
        case F::Tag:
            return appendCharString(kind, t, 1);
        case F::StringRest: {
            const auto decoded = RdataText::decodeString(t);
            if (!decoded)
                return invalid(kind, t);
            m_out.append(*decoded);
            return true;
        }
        case F::HexWithLength:
        case F::Base32HexWithLength: {
            if (kind == F::HexWithLength && t == "-") {
                m_out.append('\0');
                return true;
            }
            const qsizetype at = m_out.size();
            m_out.append('\0'); // the length, known once decoded
            const bool decoded = kind == F::HexWithLength ? BinaryText::appendFromHex(m_out, t)
                                                          : BinaryText::appendFromBase32Hex(m_out, t);
            const qsizetype length = m_out.size() - at - 1;
            if (!decoded || length == 0 || length > 255)
                return invalid(kind, t);
            m_out[at] = static_cast<char>(length);
            return true;
        }
        default:
            return false;
        }
    }

    QByteArray& m_out;
    std::span<const ZoneToken> m_tokens;
    const DnsName& m_origin;
    QString* m_error;
    size_t m_next = 0;
};

} // namespace

std::optional<QByteArray> RdataFieldParser::parse(
    const RdataDescriptor& descriptor, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error)
{
    QByteArray out;
    if (!append(out, descriptor, tokens, origin, error))
        return std::nullopt;
    return out;
}

bool RdataFieldParser::append(QByteArray& out, const RdataDescriptor& descriptor, std::span<const ZoneToken> tokens,
    const DnsName& origin, QString* error)
{
    const qsizetype before = out.size();
    FieldParser parser(out, tokens, origin, error);
    if (parser.parse(descriptor))
        return true;
    out.resize(before);
    return false;
}

} // namespace nameplan
