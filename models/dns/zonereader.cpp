// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonereader.h"

#include "dnsmnemonics.h"
#include "rdatatext.h"
#include "zonelexer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <span>

namespace nameplan {

namespace {
QString text(QByteArrayView t)
{
    return QString::fromUtf8(t.data(), t.size());
}

bool startsWithDigit(QByteArrayView t)
{
    return !t.isEmpty() && t[0] >= '0' && t[0] <= '9';
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The SOA MINIMUM field: the last 4 octets of SOA RDATA (RFC 1035 §3.3.13).
std::uint32_t soaMinimum(const QByteArray& rdata)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(rdata.constData()) + rdata.size() - 4;
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// Whether path lies at or below directory (both canonical, i.e. absolute with links resolved).
bool isWithin(const QString& path, const QString& directory)
{
    return path == directory || path.startsWith(directory.endsWith(u'/') ? directory : directory + u'/');
}
} // namespace

QString ZoneReader::Error::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

ZoneReader::ZoneReader(ZoneReaderOptions options)
    : m_options(std::move(options))
    , m_origin(m_options.origin)
    , m_defaultTtl(m_options.defaultTtl)
    , m_lastClass(m_options.defaultClass)
{
}

bool ZoneReader::fail(const QString& file, int line, const QString& message)
{
    if (!m_error)
        m_error = Error { file, line, message };
    return false;
}

bool ZoneReader::readFile(const QString& path)
{
    return readFileAt(path, 0);
}

bool ZoneReader::readBytes(QByteArrayView text, const QString& sourceName)
{
    return readText(text, sourceName, 0);
}

bool ZoneReader::readFileAt(const QString& path, int depth)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, 0, QStringLiteral("cannot open: %1").arg(file.errorString()));
    if (file.size() == 0)
        return true;
    // Mapping avoids a copy of what may be a large signed zone; fall back to reading.
    if (const uchar* mapped = file.map(0, file.size()))
        return readText(QByteArrayView(mapped, file.size()), path, depth);
    const QByteArray contents = file.readAll();
    return readText(contents, path, depth);
}

bool ZoneReader::readText(QByteArrayView input, const QString& sourceName, int depth)
{
    ZoneLexer lexer(input);
    ZoneLexer::Entry entry;
    if (depth == 0 && m_records.isEmpty())
        m_records.reserve(input.size() / 64);
    while (lexer.next(entry)) {
        const ZoneToken& first = entry.tokens.front();
        const bool ok = (!entry.startsWithBlank && !first.quoted && first.text.startsWith('$'))
            ? directive(entry.tokens, sourceName, entry.line, depth)
            : record(entry.tokens, entry.startsWithBlank, sourceName, entry.line);
        if (!ok)
            return false;
    }
    if (!lexer.error().isEmpty())
        return fail(sourceName, lexer.errorLine(), lexer.error());
    return true;
}

bool ZoneReader::directive(const std::vector<ZoneToken>& tokens, const QString& file, int line, int depth)
{
    const QByteArrayView name = tokens[0].text;
    if (equalsIgnoringCase(name, "$ORIGIN")) {
        if (tokens.size() != 2)
            return fail(file, line, QStringLiteral("$ORIGIN needs exactly one domain name"));
        DnsName::TextError error;
        const auto origin = DnsName::fromText(tokens[1].text, m_origin, &error);
        if (!origin)
            return fail(file, line, QStringLiteral("$ORIGIN: %1").arg(DnsName::textErrorMessage(error)));
        m_origin = *origin;
        return true;
    }
    if (equalsIgnoringCase(name, "$TTL")) {
        const auto ttl = tokens.size() == 2 ? RdataText::parseTtl(tokens[1].text) : std::nullopt;
        if (!ttl)
            return fail(file, line, QStringLiteral("$TTL needs exactly one TTL value"));
        m_defaultTtl = ttl;
        return true;
    }
    if (equalsIgnoringCase(name, "$INCLUDE"))
        return include(tokens, file, line, depth);
    return fail(file, line, QStringLiteral("unsupported directive %1").arg(text(name)));
}

bool ZoneReader::include(const std::vector<ZoneToken>& tokens, const QString& file, int line, int depth)
{
    if (!m_options.allowInclude)
        return fail(file, line, QStringLiteral("$INCLUDE is not allowed for this input"));
    if (tokens.size() < 2 || tokens.size() > 3)
        return fail(file, line, QStringLiteral("$INCLUDE needs a file name and at most an origin"));
    if (depth + 1 > m_options.maxIncludeDepth)
        return fail(file, line, QStringLiteral("$INCLUDE nested more than %1 deep").arg(m_options.maxIncludeDepth));
    const auto decoded = RdataText::decodeString(tokens[1].text);
    if (!decoded)
        return fail(file, line, QStringLiteral("$INCLUDE: invalid file name"));
    const QString requested = QString::fromUtf8(*decoded);
    const QString base = QFileInfo(file).exists() ? QFileInfo(file).absolutePath() : m_options.includeRoot;
    const QString target = QFileInfo(QDir(base), requested).canonicalFilePath();
    const QString root = QFileInfo(m_options.includeRoot).canonicalFilePath();
    if (target.isEmpty())
        return fail(file, line, QStringLiteral("$INCLUDE: cannot find \"%1\"").arg(requested));
    if (root.isEmpty() || !isWithin(target, root))
        return fail(file, line, QStringLiteral("$INCLUDE: \"%1\" is outside the allowed directory").arg(requested));

    // RFC 1035 §5.1: an origin given with $INCLUDE, or set inside the file, applies only there.
    const DnsName savedOrigin = m_origin;
    if (tokens.size() == 3) {
        const auto origin = DnsName::fromText(tokens[2].text, m_origin);
        if (!origin)
            return fail(file, line, QStringLiteral("$INCLUDE: invalid origin"));
        m_origin = *origin;
    }
    const bool ok = readFileAt(target, depth + 1);
    m_origin = savedOrigin;
    return ok;
}

bool ZoneReader::record(const std::vector<ZoneToken>& tokens, bool blankOwner, const QString& file, int line)
{
    size_t next = 0;
    ResourceRecord rr;
    if (blankOwner) {
        if (!m_lastOwner)
            return fail(file, line, QStringLiteral("blank owner with no previous owner"));
        rr.owner = *m_lastOwner;
    } else {
        DnsName::TextError error;
        const auto owner = DnsName::fromText(tokens[next].text, m_origin, &error);
        if (!owner)
            return fail(file, line,
                QStringLiteral("owner \"%1\": %2").arg(text(tokens[next].text), DnsName::textErrorMessage(error)));
        rr.owner = *owner;
        ++next;
    }

    // RFC 1035 §5.1: [<TTL>] [<class>] or [<class>] [<TTL>] before the type.
    std::optional<std::uint32_t> ttl;
    std::optional<std::uint16_t> rrClass;
    for (int i = 0; i < 2 && next < tokens.size(); ++i) {
        const QByteArrayView t = tokens[next].text;
        if (!ttl && startsWithDigit(t)) {
            ttl = RdataText::parseTtl(t);
            if (!ttl)
                return fail(file, line, QStringLiteral("invalid TTL \"%1\"").arg(text(t)));
        } else if (const auto c = rrClass ? std::nullopt : DnsMnemonics::classFromText(t)) {
            rrClass = c;
        } else {
            break;
        }
        ++next;
    }
    if (next >= tokens.size())
        return fail(file, line, QStringLiteral("missing record type"));
    const auto type = DnsMnemonics::typeFromText(tokens[next].text);
    if (!type)
        return fail(file, line, QStringLiteral("unknown record type \"%1\"").arg(text(tokens[next].text)));
    if (*type == rrtype::OPT || *type == rrtype::ANY || *type == rrtype::AXFR || *type == rrtype::IXFR)
        return fail(file, line, QStringLiteral("%1 cannot appear in a zone file").arg(text(tokens[next].text)));
    ++next;
    rr.type = *type;

    QString error;
    auto rdata = RdataText::fromText(rr.type, std::span<const ZoneToken>(tokens).subspan(next), m_origin, &error);
    if (!rdata)
        return fail(file, line, QStringLiteral("%1 record: %2").arg(text(tokens[next - 1].text), error));
    rr.rdata = std::move(*rdata);

    if (rrClass)
        m_lastClass = *rrClass;
    rr.rrClass = m_lastClass;
    if (ttl)
        m_lastTtl = ttl;
    if (ttl)
        rr.ttl = *ttl;
    else if (m_defaultTtl)
        rr.ttl = *m_defaultTtl;
    else if (m_lastTtl)
        rr.ttl = *m_lastTtl;
    else if (rr.type == rrtype::SOA)
        m_lastTtl = rr.ttl = soaMinimum(rr.rdata);
    else
        return fail(file, line, QStringLiteral("no TTL given and no $TTL set"));

    if (m_options.maxRecords > 0 && m_records.size() >= m_options.maxRecords)
        return fail(file, line, QStringLiteral("more than %1 records").arg(m_options.maxRecords));
    m_lastOwner = rr.owner;
    m_records.append(std::move(rr));
    return true;
}

} // namespace nameplan
