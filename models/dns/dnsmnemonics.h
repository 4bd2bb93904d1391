// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace nameplan {

// Mnemonic <-> number for RR types and classes. Every number has a text form: types without
// a mnemonic are "TYPEnnn" and classes "CLASSnnn" (RFC 3597 §5), and those forms are accepted
// for every number, named or not. Look-ups are ASCII case-insensitive.
class DnsMnemonics {
public:
    static QByteArray typeName(std::uint16_t type);
    static std::optional<std::uint16_t> typeFromText(QByteArrayView text);
    static QByteArray className(std::uint16_t rrClass);
    static std::optional<std::uint16_t> classFromText(QByteArrayView text);
    // Whether text starts like a class token (IN, CH, HS, CS, NONE, ANY or CLASSnnn).
    static bool isClassText(QByteArrayView text) { return classFromText(text).has_value(); }
    // RFC 1035 §4.1.1 and RFC 6895 §2.3 names of the common response codes; "RCODEnnn" otherwise.
    static QString rcodeName(int rcode);
};

} // namespace nameplan
