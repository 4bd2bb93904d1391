// SPDX-License-Identifier: GPL-3.0-or-later
#include "binarytext.h"

#include <array>
#include <cstdint>

namespace nameplan {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";
constexpr char base32HexDigits[] = "0123456789abcdefghijklmnopqrstuv";

// RFC 4648 §4: each digit's 6-bit value, -1 for octets that are not digits ('=' included).
constexpr std::array<std::int8_t, 256> base64Values = [] {
    constexpr char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::array<std::int8_t, 256> values {};
    values.fill(-1);
    for (int i = 0; i < 64; ++i)
        values[static_cast<unsigned char>(digits[i])] = static_cast<std::int8_t>(i);
    return values;
}();

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
    // Decoded here rather than by QByteArray::fromBase64Encoding: a signed zone holds a
    // signature per RRset, and this table walk costs a fraction of Qt's copy and checks.
    if (text.size() % 4 != 0)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype size = text.size();
    const int padding = size == 0 || in[size - 1] != '=' ? 0 : in[size - 2] == '=' ? 2 : 1;
    QByteArray out(size / 4 * 3 - padding, Qt::Uninitialized);
    char* p = out.data();
    // Whole quanta: one test of the four values (a non-digit is negative, so is their OR).
    const qsizetype whole = padding == 0 ? size : size - 4;
    for (qsizetype i = 0; i < whole; i += 4) {
        const int a = base64Values[in[i]], b = base64Values[in[i + 1]], c = base64Values[in[i + 2]],
                  d = base64Values[in[i + 3]];
        if ((a | b | c | d) < 0)
            return std::nullopt;
        *p++ = static_cast<char>(a << 2 | b >> 4);
        *p++ = static_cast<char>(b << 4 | c >> 2);
        *p++ = static_cast<char>(c << 6 | d);
    }
    if (padding == 0)
        return out;
    // The padded last quantum: 2 or 3 digits, then '='.
    const int digits = 4 - padding;
    std::uint32_t quantum = 0;
    for (int k = 0; k < 4; ++k) {
        const int value = k < digits ? base64Values[in[whole + k]] : 0;
        if (value < 0)
            return std::nullopt;
        quantum = quantum << 6 | std::uint32_t(value);
    }
    for (int k = 0; k < digits - 1; ++k)
        *p++ = static_cast<char>(quantum >> (16 - 8 * k));
    return out;
}

} // namespace nameplan
