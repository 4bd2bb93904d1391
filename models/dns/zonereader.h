// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "resourcerecord.h"
#include "rrtype.h"
#include "zonetoken.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace nameplan {

struct ZoneReaderOptions {
    DnsName origin; // the initial $ORIGIN
    std::optional<std::uint32_t> defaultTtl; // the initial $TTL (RFC 2308 §4)
    std::uint16_t defaultClass = rrclass::IN;
    // $INCLUDE is refused unless allowed (issue 9: untrusted files must not read others), and
    // even then only files at or below includeRoot (symbolic links resolved) are read.
    bool allowInclude = false;
    QString includeRoot;
    int maxIncludeDepth = 8;
    qsizetype maxRecords = 0; // 0: no limit
    // A top-level text of at least splitBytes is cut at line starts into `threads` parts that
    // are read at once (a large signed zone reads in about half the time on two cores). The
    // records, the error and the state at the end are the same as when read in one go.
    int threads = 2;
    qsizetype splitBytes = qsizetype(1) << 20;
};

// Reads RFC 1035 §5 master files into records: $ORIGIN, $TTL, $INCLUDE (see options),
// relative names, "@", a blank owner meaning the previous owner, parentheses, quoted
// strings, escapes, comments, TTL (decimal or with units, "1h30m") and class in either order
// and both optional, RFC 3597 "TYPEnnn"/"CLASSnnn"/"\#" forms. A record without a TTL takes
// $TTL, else the last TTL given, else (for SOA only) its MINIMUM field, which then counts as
// the last TTL given, as BIND does.
//
// Contract: reading stops at the first error, and error() says where ("file:line: what");
// the records read until then are kept. Works on octets (no per-character QString work).
class ZoneLexer;

class ZoneReader {
public:
    struct Error {
        QString file;
        int line = 0;
        QString message;
        QString toString() const;
    };

    explicit ZoneReader(ZoneReaderOptions options = {});

    bool readFile(const QString& path);
    bool readBytes(QByteArrayView text, const QString& sourceName = QStringLiteral("<input>"));

    const QList<ResourceRecord>& records() const { return m_records; }
    QList<ResourceRecord> takeRecords() { return std::move(m_records); }
    const std::optional<Error>& error() const { return m_error; }
    // The origin in force at the end of the top-level input.
    const DnsName& origin() const { return m_origin; }

private:
    bool readFileAt(const QString& path, int depth);
    bool readText(QByteArrayView text, const QString& sourceName, int depth);
    // Reads the entries of lexer until its position reaches stopAt or its text ends.
    bool readEntries(ZoneLexer& lexer, const QString& sourceName, int depth, qsizetype stopAt);
    bool readInParts(QByteArrayView text, const QString& sourceName);
    // Whether part, read from the state this reader had after the head of the text, started
    // from the state this reader has now, i.e. read its text as reading on would have.
    bool continuesWith(const ZoneReader& part) const;
    void append(ZoneReader& part);
    bool directive(const std::vector<ZoneToken>& tokens, const QString& file, int line, int depth);
    bool include(const std::vector<ZoneToken>& tokens, const QString& file, int line, int depth);
    bool record(const std::vector<ZoneToken>& tokens, bool blankOwner, const QString& file, int line);
    bool fail(const QString& file, int line, const QString& message);

    ZoneReaderOptions m_options;
    QList<ResourceRecord> m_records;
    std::optional<Error> m_error;
    DnsName m_origin;
    std::optional<std::uint32_t> m_defaultTtl;
    std::optional<std::uint32_t> m_lastTtl;
    std::optional<DnsName> m_lastOwner;
    std::uint16_t m_lastClass;
    QByteArray m_rdata; // where each record's RDATA is built before it gets an array of its size
    // A part of a text read from a guessed state: it must not take a TTL from before its start.
    bool m_guessedStart = false;
};

} // namespace nameplan
