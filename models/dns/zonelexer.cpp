// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelexer.h"

#include <array>

namespace nameplan {

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Characters that end an unquoted token, as a table: a signed zone is mostly long base64 words.
constexpr std::array<bool, 256> delimiters = [] {
    std::array<bool, 256> table {};
    for (const char c : { ' ', '\t', '\r', '\n', ';', '(', ')', '"' })
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isDelimiter(char c)
{
    return delimiters[static_cast<unsigned char>(c)];
}
} // namespace

bool ZoneLexer::fail(const QString& message, int line)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

bool ZoneLexer::readQuoted(Entry& entry)
{
    const char* s = m_text.data();
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const char c = s[m_pos];
        if (c == '"') {
            entry.tokens.push_back(ZoneToken { m_text.sliced(start, m_pos - start), true });
            ++m_pos;
            return true;
        }
        if (c == '\n')
            break;
        m_pos += (c == '\\' && m_pos + 1 < m_text.size() && s[m_pos + 1] != '\n') ? 2 : 1;
    }
    return fail(QStringLiteral("quoted string not closed on its line"), m_line);
}

void ZoneLexer::readWord(Entry& entry)
{
    const char* s = m_text.data();
    const qsizetype start = m_pos;
    const qsizetype size = m_text.size();
    while (m_pos < size && !isDelimiter(s[m_pos]))
        m_pos += (s[m_pos] == '\\' && m_pos + 1 < size && s[m_pos + 1] != '\n') ? 2 : 1;
    entry.tokens.push_back(ZoneToken { m_text.sliced(start, m_pos - start), false });
}

bool ZoneLexer::next(Entry& entry)
{
    const char* s = m_text.data();
    const qsizetype size = m_text.size();
    int parentheses = 0;
    int parenthesisLine = 0;
    entry.tokens.clear();
    entry.startsWithBlank = false;
    bool atLineStart = m_pos == 0 || s[m_pos - 1] == '\n';
    while (m_pos < size) {
        const char c = s[m_pos];
        if (atLineStart && entry.tokens.empty() && parentheses == 0) {
            entry.startsWithBlank = isBlank(c);
            entry.line = m_line;
        }
        atLineStart = false;
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            atLineStart = true;
            if (parentheses == 0 && !entry.tokens.empty())
                return true;
        } else if (isBlank(c)) {
            ++m_pos;
        } else if (c == ';') {
            while (m_pos < size && s[m_pos] != '\n')
                ++m_pos;
        } else if (c == '(') {
            if (parentheses++ == 0)
                parenthesisLine = m_line;
            ++m_pos;
        } else if (c == ')') {
            if (parentheses-- == 0)
                return fail(QStringLiteral("\")\" without \"(\""), m_line);
            ++m_pos;
        } else if (c == '"') {
            ++m_pos;
            if (!readQuoted(entry))
                return false;
        } else {
            readWord(entry);
        }
    }
    if (parentheses > 0)
        return fail(QStringLiteral("\"(\" not closed before the end of the file"), parenthesisLine);
    return !entry.tokens.empty();
}

} // namespace nameplan
