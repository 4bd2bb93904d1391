// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelexer.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace nameplan {

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// The octets the scan of an unquoted token stops at: the delimiters that end it, and the
// backslash, whose next octet belongs to the token whatever it is.
constexpr std::array<bool, 256> wordStops = [] {
    std::array<bool, 256> table {};
    for (const char c : { ' ', '\t', '\r', '\n', ';', '(', ')', '"', '\\' })
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

// A signed zone is mostly long base64 tokens, so they are scanned eight octets at a time
// ("SWAR": the byte tests of Bit Twiddling Hacks, exact as to whether any octet matches).
constexpr std::uint64_t eachOctet = 0x0101010101010101u;
constexpr std::uint64_t highBits = 0x8080808080808080u;

bool hasOctetBelow(std::uint64_t word, std::uint8_t bound)
{
    return ((word - eachOctet * bound) & ~word & highBits) != 0;
}

bool hasOctet(std::uint64_t word, char c)
{
    return hasOctetBelow(word ^ (eachOctet * static_cast<std::uint8_t>(c)), 1);
}

// Whether the eight octets may hold a stop: every stop is below '*' except ';' and '\\'.
bool mayHoldStop(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return hasOctetBelow(word, '*') || hasOctet(word, ';') || hasOctet(word, '\\');
}

// Where the unquoted token starting at pos ends: at the first delimiter not escaped.
qsizetype wordEnd(const char* s, qsizetype pos, qsizetype size)
{
    for (;;) {
        while (size - pos >= 8 && !mayHoldStop(s + pos))
            pos += 8;
        while (pos < size && !wordStops[static_cast<unsigned char>(s[pos])])
            ++pos;
        if (pos == size || s[pos] != '\\')
            return pos;
        pos += (pos + 1 < size && s[pos + 1] != '\n') ? 2 : 1;
    }
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
    const qsizetype start = m_pos;
    m_pos = wordEnd(m_text.data(), m_pos, m_text.size());
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
