// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonelexer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace nameplan {

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// What an octet does outside a token, as a table: one look-up and one dispatch per step.
enum class Octet : std::uint8_t { Word, Blank, Newline, Comment, Open, Close, Quote };

constexpr std::array<Octet, 256> octets = [] {
    std::array<Octet, 256> table {};
    table[' '] = table['\t'] = table['\r'] = Octet::Blank;
    table['\n'] = Octet::Newline;
    table[';'] = Octet::Comment;
    table['('] = Octet::Open;
    table[')'] = Octet::Close;
    table['"'] = Octet::Quote;
    return table;
}();

// A signed zone is mostly long base64 tokens, so they are scanned eight octets at a time
// ("SWAR", the byte tests of Bit Twiddling Hacks). A mark sits in the high bit of each octet
// that passes a test; the first octet in memory with a mark is exact on a little-endian
// machine, later ones may be wrong. A wrong mark costs only a look at that octet.
constexpr std::uint64_t eachOctet = 0x0101010101010101u;
constexpr std::uint64_t highBits = 0x8080808080808080u;

std::uint64_t octetsBelow(std::uint64_t word, std::uint8_t bound)
{
    return (word - eachOctet * bound) & ~word & highBits;
}

std::uint64_t octetsEqual(std::uint64_t word, char c)
{
    return octetsBelow(word ^ (eachOctet * static_cast<std::uint8_t>(c)), 1);
}

// The offset of the first of the eight octets at p that may end or escape a token (every
// delimiter is below '*' except ';'; then the backslash), or 8 when none may.
int firstPossibleStop(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    const std::uint64_t marks = octetsBelow(word, '*') | octetsEqual(word, ';') | octetsEqual(word, '\\');
    if (marks == 0)
        return 8;
    return (std::endian::native == std::endian::little ? std::countr_zero(marks) : std::countl_zero(marks)) / 8;
}

// Where the unquoted token starting at pos ends: at the first delimiter not escaped.
qsizetype wordEnd(const char* s, qsizetype pos, qsizetype size)
{
    while (pos < size) {
        if (size - pos >= 8) {
            const int offset = firstPossibleStop(s + pos);
            pos += offset;
            if (offset == 8)
                continue;
        }
        const char c = s[pos];
        if (c == '\\')
            pos += (pos + 1 < size && s[pos + 1] != '\n') ? 2 : 1;
        else if (octets[static_cast<unsigned char>(c)] != Octet::Word)
            return pos;
        else
            ++pos;
    }
    return pos;
}

// Where the quoted string whose contents start at pos ends (its closing quote), or -1 when
// it does not end on its line.
qsizetype quotedEnd(const char* s, qsizetype pos, qsizetype size)
{
    while (pos < size) {
        const char c = s[pos];
        if (c == '"')
            return pos;
        if (c == '\n')
            break;
        pos += (c == '\\' && pos + 1 < size && s[pos + 1] != '\n') ? 2 : 1;
    }
    return -1;
}

// Fills a new token in place: std::vector's emplace_back is not inlined, and a token handed to
// it through memory stalls its copy (a 16-octet load of what were 8-octet stores).
void addToken(std::vector<ZoneToken>& tokens, QByteArrayView text, bool quoted)
{
    ZoneToken& token = tokens.emplace_back();
    token.text = text;
    token.quoted = quoted;
}
} // namespace

bool ZoneLexer::fail(const QString& message, int line)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

bool ZoneLexer::next(Entry& entry)
{
    // The position and line live in locals while scanning: stores through entry.tokens might
    // otherwise alias the members and force them to memory at every token.
    const char* const s = m_text.data();
    const qsizetype size = m_text.size();
    qsizetype pos = m_pos;
    int line = m_line;
    const auto leave = [&](bool result) {
        m_pos = pos;
        m_line = line;
        return result;
    };
    std::vector<ZoneToken>& tokens = entry.tokens;
    int parentheses = 0;
    int parenthesisLine = 0;
    tokens.clear();
    entry.startsWithBlank = false;
    bool atLineStart = pos == 0 || s[pos - 1] == '\n';
    while (pos < size) {
        const char c = s[pos];
        if (atLineStart && tokens.empty() && parentheses == 0) {
            entry.startsWithBlank = isBlank(c);
            entry.line = line;
        }
        atLineStart = false;
        switch (octets[static_cast<unsigned char>(c)]) {
        case Octet::Newline:
            ++pos;
            ++line;
            atLineStart = true;
            if (parentheses == 0 && !tokens.empty())
                return leave(true);
            break;
        case Octet::Blank:
            do
                ++pos;
            while (pos < size && isBlank(s[pos]));
            break;
        case Octet::Comment: {
            const void* newline = std::memchr(s + pos, '\n', static_cast<size_t>(size - pos));
            pos = newline ? static_cast<const char*>(newline) - s : size;
            break;
        }
        case Octet::Open:
            if (parentheses++ == 0)
                parenthesisLine = line;
            ++pos;
            break;
        case Octet::Close:
            if (parentheses-- == 0)
                return leave(fail(QStringLiteral("\")\" without \"(\""), line));
            ++pos;
            break;
        case Octet::Quote: {
            const qsizetype end = quotedEnd(s, pos + 1, size);
            if (end < 0)
                return leave(fail(QStringLiteral("quoted string not closed on its line"), line));
            addToken(tokens, m_text.sliced(pos + 1, end - pos - 1), true);
            pos = end + 1;
            break;
        }
        case Octet::Word: {
            const qsizetype end = wordEnd(s, pos, size);
            addToken(tokens, m_text.sliced(pos, end - pos), false);
            pos = end;
            break;
        }
        }
    }
    if (parentheses > 0)
        return leave(fail(QStringLiteral("\"(\" not closed before the end of the file"), parenthesisLine));
    return leave(!tokens.empty());
}

} // namespace nameplan
