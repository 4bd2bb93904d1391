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

// RFC 4648 §4 digits per place in a quantum: each value shifted to where its six bits go in
// the quantum's 24, and a bit above those for non-digits ('=' included), so that one OR of
// four look-ups gives a quantum and whether it is valid.
constexpr std::uint32_t notBase64 = 1u << 24;
constexpr auto base64Places = [] {
    std::array<std::array<std::uint32_t, 256>, 4> places {};
    for (int place = 0; place < 4; ++place) {
        for (size_t c = 0; c < 256; ++c) {
            const int value = base64Values[c];
            places[place][c] = value < 0 ? notBase64 : std::uint32_t(value) << (18 - 6 * place);
        }
    }
    return places;
}();

// Whole base64 quanta (size a multiple of 4) to size / 4 * 3 octets at out; false when there
// is a non-digit, tested once at the end (out is scratch until then).
bool decodeBase64Quanta(const unsigned char* in, qsizetype size, char* out)
{
    std::uint32_t seen = 0;
    for (qsizetype i = 0; i < size; i += 4) {
        const std::uint32_t quantum = base64Places[0][in[i]] | base64Places[1][in[i + 1]] | base64Places[2][in[i + 2]]
            | base64Places[3][in[i + 3]];
        seen |= quantum;
        *out++ = static_cast<char>(quantum >> 16);
        *out++ = static_cast<char>(quantum >> 8);
        *out++ = static_cast<char>(quantum);
    }
    return (seen & notBase64) == 0;
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
    const qsizetype before = out.size();
    if (decodeBase32Hex(text, grow(out, base32HexDecodedSize(text.size()))) < 0) {
        out.resize(before);
        return false;
    }
    return true;
}

qsizetype BinaryText::decodeBase32Hex(QByteArrayView text, char* out)
{
    // Valid unpadded lengths leave 0, 2, 4, 5 or 7 characters in the last 8-character group.
    const qsizetype tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return -1;
    char* const start = out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = base32HexValues[static_cast<unsigned char>(c)];
        if (v < 0)
            return -1;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            *out++ = static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    if ((buffer & ((1u << bits) - 1)) != 0)
        return -1;
    return out - start;
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
    const qsizetype before = out.size();
    const qsizetype written = decodeBase64(text, grow(out, text.size() / 4 * 3), allowPadding);
    out.resize(written < 0 ? before : before + written);
    return written >= 0;
}

qsizetype BinaryText::decodeBase64(QByteArrayView text, char* out, bool allowPadding)
{
    if (text.size() % 4 != 0)
        return -1;
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype size = text.size();
    const int padding = !allowPadding || size == 0 || in[size - 1] != '=' ? 0 : in[size - 2] == '=' ? 2 : 1;
    const qsizetype whole = padding == 0 ? size : size - 4;
    if (!decodeBase64Quanta(in, whole, out))
        return -1;
    if (padding == 0)
        return whole / 4 * 3;
    // The padded last quantum: 2 or 3 digits, then '=', for 1 or 2 octets.
    const unsigned char* last = in + whole;
    const std::uint32_t quantum
        = base64Places[0][last[0]] | base64Places[1][last[1]] | (padding == 1 ? base64Places[2][last[2]] : 0);
    if ((quantum & notBase64) != 0)
        return -1;
    out += whole / 4 * 3;
    for (int k = 0; k < 3 - padding; ++k)
        *out++ = static_cast<char>(quantum >> (16 - 8 * k));
    return whole / 4 * 3 + 3 - padding;
}

} // namespace nameplan
