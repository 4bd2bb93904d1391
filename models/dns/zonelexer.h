// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonetoken.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace nameplan {

// Splits master-file text (RFC 1035 §5.1) into entries, one per record or directive: blanks
// separate tokens, ';' starts a comment, "(" ... ")" continue an entry across lines,
// "quoted strings" are one token, and a backslash takes the next character literally (so
// "\;" or "\ " stay inside a token). Works on the octets in place: tokens view the input,
// which must outlive them; nothing is copied or converted to QString.
class ZoneLexer {
public:
    struct Entry {
        std::vector<ZoneToken> tokens;
        bool startsWithBlank = false; // the owner field is blank (RFC 1035 §5.1)
        int line = 0; // line the entry starts on, from 1
    };

    explicit ZoneLexer(QByteArrayView text)
        : m_text(text)
    {
    }

    // Fills entry with the next non-empty entry. Returns false at the end of the text or on a
    // syntax error (then error() is non-empty and errorLine() names the line).
    bool next(Entry& entry);
    const QString& error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The offset in the text where the next entry's search starts.
    qsizetype position() const { return m_pos; }

private:
    bool fail(const QString& message, int line);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace nameplan
