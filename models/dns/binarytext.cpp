// SPDX-License-Identifier: GPL-3.0-or-later
#include "binarytext.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace nameplan {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";
constexpr char base32HexDigits[] = "0123456789abcdefghijklmnopqrstuv";

// Each digit's value in an alphabet, -1 for octets that are not digits ('=' included).
// Letters count in either case when caseless.
constexpr std::array<std::int8_t, 256> digitValues(std::string_view digits, bool caseless)
{
    std::array<std::int8_t, 256> values {};
    values.fill(-1);
    for (size_t i = 0; i < digits.size(); ++i) {
        const char c = digits[i];
        values[static_cast<unsigned char>(c)] = static_cast<std::int8_t>(i);
        if (caseless && c >= 'a' && c <= 'z')
            values[static_cast<unsigned char>(c - 'a' + 'A')] = static_cast<std::int8_t>(i);
    }
    return values;
}

constexpr auto hexValues = digitValues(hexDigits, true);
constexpr auto base32HexValues = digitValues(base32HexDigits, true); // RFC 4648 §7
constexpr auto base64Values
    = digitValues("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", false); // RFC 4648 §4

// Grows out by size octets, left uninitialised, and returns where they start.
char* grow(QByteArray& out, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    return out.data() + at;
}

// Decodes with one of the appendFrom* functions into a new array.
std::optional<QByteArray> decoded(bool (*appendFrom)(QByteArray&, QByteArrayView), QByteArrayView text)
{
    QByteArray out;
    if (!appendFrom(out, text))
        return std::nullopt;
    return out;
}

// Whole base64 quanta (size a multiple of 4) to size / 4 * 3 octets at out; false at a
// non-digit. One test of the four values per quantum: a non-digit is negative, so is their OR.
bool decodeBase64Quanta(const unsigned char* in, qsizetype size, char* out)
{
    for (qsizetype i = 0; i < size; i += 4) {
        const int a = base64Values[in[i]], b = base64Values[in[i + 1]], c = base64Values[in[i + 2]],
                  d = base64Values[in[i + 3]];
        if ((a | b | c | d) < 0)
            return false;
        *out++ = static_cast<char>(a << 2 | b >> 4);
        *out++ = static_cast<char>(b << 4 | c >> 2);
        *out++ = static_cast<char>(c << 6 | d);
    }
    return true;
}
} // namespace

void BinaryText::appendHex(QByteArray& out, QByteArrayView data)
{
    char* p = grow(out, 2 * data.size());
    for (const char c : data) {
        const auto b = static_cast<std::uint8_t>(c);
        *p++ = hexDigits[b >> 4];
        *p++ = hexDigits[b & 0xF];
    }
}

std::optional<QByteArray> BinaryText::fromHex(QByteArrayView text)
{
    return decoded(appendFromHex, text);
}

bool BinaryText::appendFromHex(QByteArray& out, QByteArrayView text)
{
    if (text.size() % 2 != 0)
        return false;
    const qsizetype before = out.size();
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    char* p = grow(out, text.size() / 2);
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int hi = hexValues[in[i]];
        const int lo = hexValues[in[i + 1]];
        if ((hi | lo) < 0) {
            out.resize(before);
            return false;
        }
        *p++ = static_cast<char>((hi << 4) | lo);
    }
    return true;
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
    return decoded(appendFromBase32Hex, text);
}

bool BinaryText::appendFromBase32Hex(QByteArray& out, QByteArrayView text)
{
    // Valid unpadded lengths leave 0, 2, 4, 5 or 7 characters in the last 8-character group.
    const qsizetype tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return false;
    const qsizetype before = out.size();
    char* p = grow(out, text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = base32HexValues[static_cast<unsigned char>(c)];
        if (v < 0) {
            out.resize(before);
            return false;
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            *p++ = static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0) {
        out.resize(before);
        return false;
    }
    return true;
}

void BinaryText::appendBase64(QByteArray& out, QByteArrayView data)
{
    out.append(data.toByteArray().toBase64());
}

std::optional<QByteArray> BinaryText::fromBase64(QByteArrayView text)
{
    // Decoded here rather than by QByteArray::fromBase64Encoding: a signed zone holds a
    // signature per RRset, and this table walk costs a fraction of Qt's copy and checks.
    return decoded([](QByteArray& out, QByteArrayView t) { return appendFromBase64(out, t); }, text);
}

bool BinaryText::appendFromBase64(QByteArray& out, QByteArrayView text, bool allowPadding)
{
    if (text.size() % 4 != 0)
        return false;
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype size = text.size();
    const int padding = !allowPadding || size == 0 || in[size - 1] != '=' ? 0 : in[size - 2] == '=' ? 2 : 1;
    const qsizetype before = out.size();
    char* p = grow(out, size / 4 * 3 - padding);
    const qsizetype whole = padding == 0 ? size : size - 4;
    if (!decodeBase64Quanta(in, whole, p)) {
        out.resize(before);
        return false;
    }
    if (padding == 0)
        return true;
    // The padded last quantum: 2 or 3 digits, then '='.
    p += whole / 4 * 3;
    const int digits = 4 - padding;
    std::uint32_t quantum = 0;
    for (int k = 0; k < 4; ++k) {
        const int value = k < digits ? base64Values[in[whole + k]] : 0;
        if (value < 0) {
            out.resize(before);
            return false;
        }
        quantum = quantum << 6 | std::uint32_t(value);
    }
    for (int k = 0; k < digits - 1; ++k)
        *p++ = static_cast<char>(quantum >> (16 - 8 * k));
    return true;
}

} // namespace nameplan
