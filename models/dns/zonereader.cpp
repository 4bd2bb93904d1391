// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonereader.h"

#include "dnsmnemonics.h"
#include "rdatatext.h"
#include "zonelexer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <span>
#include <thread>
#include <vector>

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

// A cut may fall only where a line starts with an owner name: outside parentheses (which the
// part before checks by ending cleanly) such a line starts a record that names its owner, so
// the part after it depends on what came before only through the origin, $TTL, last TTL and
// class (ZoneReader::continuesWith).
bool startsOwner(char c)
{
    return c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';' && c != '$' && c != '(' && c != ')' && c != '"';
}

// Where the parts after the first start: the first owner line at or after each even share.
QList<qsizetype> cutPoints(QByteArrayView text, int parts)
{
    QList<qsizetype> cuts;
    for (int i = 1; i < parts; ++i) {
        qsizetype at = std::max(text.size() * i / parts, cuts.isEmpty() ? 0 : cuts.last() + 1);
        while ((at = text.indexOf('\n', at)) >= 0 && at + 1 < text.size() && !startsOwner(text[at + 1]))
            ++at;
        if (at < 0 || at + 1 >= text.size())
            break;
        cuts.append(at + 1);
    }
    return cuts;
}

// The head read before the parts start: long enough for the directives at the top of a file,
// short against the first part.
constexpr qsizetype maxHeadBytes = 64 * 1024;

// Parts per thread: enough to even out the threads' finishing times, few enough that each part's
// fixed costs (a reader, a record list appended at the end) stay small.
constexpr int partsPerThread = 8;

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
    const bool fresh = m_records.isEmpty() && !m_lastOwner && !m_error;
    if (depth == 0 && fresh)
        m_records.reserve(input.size() / 64);
    if (depth == 0 && fresh && m_options.threads > 1 && input.size() >= m_options.splitBytes) {
        if (readInParts(input, sourceName))
            return true;
        // A wrong guess or an error: read again in one go, which also places any error exactly.
        *this = ZoneReader(m_options);
    }
    ZoneLexer lexer(input);
    return readEntries(lexer, sourceName, depth, input.size());
}

bool ZoneReader::readInParts(QByteArrayView input, const QString& sourceName)
{
    // More parts than threads, taken in turn from a common counter: halves of equal size do not
    // take equal time (record mix, a thread's cold caches), and the slower one held up the rest.
    const QList<qsizetype> cuts = cutPoints(input, m_options.threads * partsPerThread);
    if (cuts.isEmpty())
        return false;
    ZoneLexer lexer(input.first(cuts.first()));
    if (!readEntries(lexer, sourceName, 0, std::min(maxHeadBytes, cuts.first() / 16)))
        return false;
    // Every later part starts from the state after the head: the usual file sets $ORIGIN and
    // $TTL at the top only. continuesWith() checks the guess once the part before is read.
    ZoneReaderOptions partOptions = m_options;
    partOptions.threads = 1;
    partOptions.origin = m_origin;
    partOptions.defaultTtl = m_defaultTtl;
    partOptions.defaultClass = m_lastClass;
    std::vector<ZoneReader> parts(size_t(cuts.size()), ZoneReader(partOptions));
    std::atomic<qsizetype> next { 0 };
    const auto readParts = [&] {
        for (qsizetype i; (i = next++) < cuts.size();) {
            const qsizetype end = i + 1 < cuts.size() ? cuts.at(i + 1) : input.size();
            parts[size_t(i)].m_guessedStart = true;
            parts[size_t(i)].readBytes(input.sliced(cuts.at(i), end - cuts.at(i)), sourceName);
        }
    };
    std::vector<std::thread> threads;
    for (int i = 1; i < m_options.threads; ++i)
        threads.emplace_back(readParts);
    const bool firstRead = readEntries(lexer, sourceName, 0, cuts.first());
    readParts();
    for (std::thread& thread : threads)
        thread.join();
    if (!firstRead)
        return false;
    for (ZoneReader& part : parts) {
        if (part.m_error || !continuesWith(part))
            return false;
        append(part);
    }
    return m_options.maxRecords == 0 || m_records.size() <= m_options.maxRecords;
}

bool ZoneReader::continuesWith(const ZoneReader& part) const
{
    return part.m_options.origin == m_origin && part.m_options.defaultTtl == m_defaultTtl
        && part.m_options.defaultClass == m_lastClass;
}

void ZoneReader::append(ZoneReader& part)
{
    m_records.append(part.takeRecords());
    m_origin = part.m_origin;
    m_defaultTtl = part.m_defaultTtl;
    if (part.m_lastTtl)
        m_lastTtl = part.m_lastTtl;
    if (part.m_lastOwner)
        m_lastOwner = part.m_lastOwner;
    m_lastClass = part.m_lastClass;
}

bool ZoneReader::readEntries(ZoneLexer& lexer, const QString& sourceName, int depth, qsizetype stopAt)
{
    ZoneLexer::Entry entry;
    while (lexer.position() < stopAt && lexer.next(entry)) {
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
    // The owner, type and RDATA are built in place and the record once, at the end: a
    // default record's root owner and empty RDATA would each be replaced (reference counts
    // and an out-of-line assignment per field and record).
    size_t next = 0;
    std::optional<DnsName> owner;
    if (blankOwner) {
        if (!m_lastOwner)
            return fail(file, line, QStringLiteral("blank owner with no previous owner"));
    } else {
        DnsName::TextError error;
        owner = DnsName::fromText(tokens[next].text, m_origin, &error);
        if (!owner)
            return fail(file, line,
                QStringLiteral("owner \"%1\": %2").arg(text(tokens[next].text), DnsName::textErrorMessage(error)));
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

    QString error;
    m_rdata.resize(0); // keeps the capacity: one allocation per record, of its final size
    if (!RdataText::appendFromText(m_rdata, *type, std::span<const ZoneToken>(tokens).subspan(next), m_origin, &error))
        return fail(file, line, QStringLiteral("%1 record: %2").arg(text(tokens[next - 1].text), error));

    if (rrClass)
        m_lastClass = *rrClass;
    if (ttl)
        m_lastTtl = ttl;
    if (!ttl) {
        if (m_defaultTtl)
            ttl = m_defaultTtl;
        else if (m_lastTtl)
            ttl = m_lastTtl;
        else if (m_guessedStart)
            return fail(file, line, QStringLiteral("the TTL would come from before this part"));
        else if (*type == rrtype::SOA)
            m_lastTtl = ttl = soaMinimum(m_rdata);
        else
            return fail(file, line, QStringLiteral("no TTL given and no $TTL set"));
    }

    if (m_options.maxRecords > 0 && m_records.size() >= m_options.maxRecords)
        return fail(file, line, QStringLiteral("more than %1 records").arg(m_options.maxRecords));
    if (owner)
        m_lastOwner = std::move(owner);
    m_records.append(
        ResourceRecord { *m_lastOwner, *type, m_lastClass, *ttl, QByteArray(m_rdata.constData(), m_rdata.size()) });
    return true;
}

} // namespace nameplan
