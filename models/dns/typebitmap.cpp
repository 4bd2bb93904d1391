// SPDX-License-Identifier: GPL-3.0-or-later
#include "typebitmap.h"

#include <algorithm>

namespace nameplan {

bool TypeBitmap::isValid(QByteArrayView bitmap)
{
    int previousWindow = -1;
    qsizetype pos = 0;
    while (pos < bitmap.size()) {
        if (pos + 2 > bitmap.size())
            return false;
        const int window = static_cast<std::uint8_t>(bitmap[pos]);
        const int length = static_cast<std::uint8_t>(bitmap[pos + 1]);
        if (window <= previousWindow || length < 1 || length > 32 || pos + 2 + length > bitmap.size())
            return false;
        previousWindow = window;
        pos += 2 + length;
    }
    return true;
}

namespace {
// Calls visit(type) for each type of a valid bitmap in ascending order while it returns true;
// false when it stopped early.
template <typename Visit> bool forEachType(QByteArrayView bitmap, Visit&& visit)
{
    qsizetype pos = 0;
    while (pos < bitmap.size()) {
        const int window = static_cast<std::uint8_t>(bitmap[pos]);
        const int length = static_cast<std::uint8_t>(bitmap[pos + 1]);
        for (int i = 0; i < length; ++i) {
            const auto octet = static_cast<std::uint8_t>(bitmap[pos + 2 + i]);
            for (int bit = 0; bit < 8; ++bit) {
                if ((octet & (0x80 >> bit)) && !visit(static_cast<std::uint16_t>(window * 256 + i * 8 + bit)))
                    return false;
            }
        }
        pos += 2 + length;
    }
    return true;
}
} // namespace

std::optional<QList<std::uint16_t>> TypeBitmap::decode(QByteArrayView bitmap)
{
    if (!isValid(bitmap))
        return std::nullopt;
    QList<std::uint16_t> types;
    forEachType(bitmap, [&types](std::uint16_t type) {
        types.append(type);
        return true;
    });
    return types;
}

bool TypeBitmap::listsExactly(QByteArrayView bitmap, const QList<std::uint16_t>& types)
{
    if (!isValid(bitmap))
        return false;
    qsizetype next = 0;
    const bool same
        = forEachType(bitmap, [&](std::uint16_t type) { return next < types.size() && types.at(next++) == type; });
    return same && next == types.size();
}

QByteArray TypeBitmap::encode(QList<std::uint16_t> types)
{
    QByteArray out;
    appendEncoded(out, std::span(types.data(), static_cast<size_t>(types.size())));
    return out;
}

void TypeBitmap::appendEncoded(QByteArray& out, std::span<std::uint16_t> types)
{
    std::sort(types.begin(), types.end());
    types = types.first(static_cast<size_t>(std::unique(types.begin(), types.end()) - types.begin()));
    size_t i = 0;
    while (i < types.size()) {
        const int window = types[i] >> 8;
        std::uint8_t block[32] = {};
        int length = 0;
        for (; i < types.size() && (types[i] >> 8) == window; ++i) {
            const int low = types[i] & 0xFF;
            block[low / 8] |= static_cast<std::uint8_t>(0x80 >> (low % 8));
            length = low / 8 + 1;
        }
        out.append(static_cast<char>(window));
        out.append(static_cast<char>(length));
        out.append(reinterpret_cast<const char*>(block), length);
    }
}

bool TypeBitmap::contains(QByteArrayView bitmap, std::uint16_t type)
{
    qsizetype pos = 0;
    while (pos + 2 <= bitmap.size()) {
        const int window = static_cast<std::uint8_t>(bitmap[pos]);
        const int length = static_cast<std::uint8_t>(bitmap[pos + 1]);
        if (window == type >> 8) {
            const int index = (type & 0xFF) / 8;
            return index < length && pos + 2 + index < bitmap.size()
                && (static_cast<std::uint8_t>(bitmap[pos + 2 + index]) & (0x80 >> (type % 8))) != 0;
        }
        pos += 2 + length;
    }
    return false;
}

} // namespace nameplan
