// SPDX-License-Identifier: GPL-3.0-or-later
#include "binarytext.h"

#include <cstdint>

namespace nameplan {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";
constexpr char base32HexDigits[] = "0123456789abcdefghijklmnopqrstuv";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int base32HexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'v')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'V')
        return c - 'A' + 10;
    return -1;
}
} // namespace

void BinaryText::appendHex(QByteArray& out, QByteArrayView data)
{
    const qsizetype start = out.size();
    out.resize(start + 2 * data.size());
    char* p = out.data() + start;
    for (const char c : data) {
        const auto b = static_cast<std::uint8_t>(c);
        *p++ = hexDigits[b >> 4];
        *p++ = hexDigits[b & 0xF];
    }
}

std::optional<QByteArray> BinaryText::fromHex(QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

void BinaryText::appendBase32Hex(QByteArray& out, QByteArrayView data)
{
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | static_cast<std::uint8_t>(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(base32HexDigits[(buffer >> bits) & 0x1F]);
        }
    }
    if (bits > 0)
        out.append(base32HexDigits[(buffer << (5 - bits)) & 0x1F]);
}

std::optional<QByteArray> BinaryText::fromBase32Hex(QByteArrayView text)
{
    // Valid unpadded lengths leave 0, 2, 4, 5 or 7 characters in the last 8-character group.
    const qsizetype tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = base32HexValue(c);
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

void BinaryText::appendBase64(QByteArray& out, QByteArrayView data)
{
    out.append(data.toByteArray().toBase64());
}

std::optional<QByteArray> BinaryText::fromBase64(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace nameplan
