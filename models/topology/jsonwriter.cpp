// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace nameplan {

namespace {
// Shortest text that reads back as the same double, so load and save are stable; plain
// decimals ("0.0002") where they stay short, because people read these files in review.
QByteArray formatDouble(double number)
{
    char buffer[400];
    const double magnitude = std::fabs(number);
    const bool plain = number == 0.0 || (magnitude >= 1e-7 && magnitude < 1e15);
    const auto result = plain ? std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed)
                              : std::to_chars(buffer, buffer + sizeof buffer, number);
    return QByteArray(buffer, result.ptr - buffer);
}
} // namespace

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({ true, 0 });
}

void JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (level.items > 0)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({ false, 0 });
}

void JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (level.items > 0)
        newline();
    m_out += ']';
}

void JsonWriter::key(const QString& key)
{
    Level& level = m_levels.last();
    if (level.items++ > 0)
        m_out += ',';
    newline();
    writeString(key);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    beforeValue();
    m_out += formatDouble(number);
}

void JsonWriter::inlineList(const QStringList& texts)
{
    beforeValue();
    m_out += '[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        writeString(texts[i]);
    }
    m_out += ']';
}

void JsonWriter::inlinePair(double first, double second)
{
    beforeValue();
    m_out += '[' + formatDouble(first) + ", " + formatDouble(second) + ']';
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::exchange(m_out, {});
}

void JsonWriter::beforeValue()
{
    if (m_afterKey || m_levels.isEmpty()) {
        m_afterKey = false;
        return;
    }
    Level& level = m_levels.last();
    if (level.items++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void JsonWriter::writeString(const QString& text)
{
    // Escaping byte-wise after UTF-8 encoding is safe: every byte of a multi-byte sequence is >= 0x80.
    m_out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default:
            if (uchar(c) < 0x20)
                m_out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                m_out += c;
        }
    }
    m_out += '"';
}

} // namespace nameplan
