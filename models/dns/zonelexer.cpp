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

// A signed zone is mostly long base64 tokens, so they are scanned sixteen octets at a time, in
// the compilers' portable vector types (SSE2 on x86-64, NEON on ARM): a test marks each octet
// that passes it with all ones.
constexpr int chunk = 16;
using Chunk = std::uint8_t __attribute__((vector_size(chunk)));
using Marks = std::int8_t __attribute__((vector_size(chunk)));

Chunk loadChunk(const char* p)
{
    Chunk octets;
    std::memcpy(&octets, p, sizeof octets);
    return octets;
}

// The offset of the first marked octet, chunk when none is.
int firstMarked(Marks marks)
{
    std::uint64_t halves[2];
    std::memcpy(halves, &marks, sizeof halves);
    const bool little = std::endian::native == std::endian::little;
    for (int i = 0; i < 2; ++i) {
        if (halves[i] != 0)
            return i * 8 + (little ? std::countr_zero(halves[i]) : std::countl_zero(halves[i])) / 8;
    }
    return chunk;
}

// The offset of the first of the octets at p that may end or escape a token (every delimiter
// is below '*' except ';'; then the backslash), or chunk when none may.
int firstPossibleStop(const char* p)
{
    const Chunk octets = loadChunk(p);
    return firstMarked((octets < '*') | (octets == ';') | (octets == '\\'));
}

// Where the unquoted token starting at pos ends: at the first delimiter not escaped. A possible
// stop that is none ('!', '#', a control octet) is stepped over.
qsizetype wordEnd(const char* s, qsizetype pos, qsizetype size)
{
    while (pos < size) {
        if (size - pos >= chunk) {
            const int offset = firstPossibleStop(s + pos);
            pos += offset;
            if (offset == chunk)
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
            if (parentheses == 0) {
                if (!tokens.empty())
                    return leave(true);
                atLineStart = true;
                break;
            }
            // Inside parentheses a line's leading blanks mean nothing: skip them here rather
            // than through one more dispatch (a signature's lines are indented).
            while (pos < size && isBlank(s[pos]))
                ++pos;
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
