// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "zonetoken.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace nameplan {

// RDATA presentation format, derived from RdataDescriptor: printing (each field's standard
// form, fields separated by one space) and parsing from tokens. Opaque types, and rdata that
// does not match its type's description, print in the RFC 3597 §5 generic form
// "\# <length> <hex>"; that form is also accepted for every type when parsing.
class RdataText {
public:
    static void appendText(QByteArray& out, std::uint16_t type, QByteArrayView rdata);
    static QString toString(std::uint16_t type, QByteArrayView rdata);
    static void appendGeneric(QByteArray& out, QByteArrayView rdata);

    // Parses the RDATA tokens of one record. Relative names get origin appended. On error
    // returns nullopt and sets *error to a message naming the field and the offending text.
    static std::optional<QByteArray> fromText(
        std::uint16_t type, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error);
    // The same onto the end of out (a buffer reused from record to record): false, out left
    // as it was, where fromText returns nullopt.
    static bool appendFromText(
        QByteArray& out, std::uint16_t type, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error);

    // A decimal number of at most maximum, digits only; nullopt otherwise.
    static std::optional<std::uint64_t> parseNumber(QByteArrayView text, std::uint64_t maximum);
    // A TTL or time interval: decimal seconds, or units as BIND writes them ("1h30m", "2W",
    // units s, m, h, d, w in either case). nullopt when malformed or above 2^32-1.
    static std::optional<std::uint32_t> parseTtl(QByteArrayView text);
    // RFC 4034 §3.2: YYYYMMDDHHmmSS (UTC), or decimal seconds since the epoch.
    static std::optional<std::uint32_t> parseTime(QByteArrayView text);
    static void appendTime(QByteArray& out, std::uint32_t seconds);
    // A character-string (RFC 1035 §5.1) with its escapes decoded; nullopt when an escape
    // is malformed. Does not check the 255-octet limit.
    static std::optional<QByteArray> decodeString(QByteArrayView text);
    // Quoted, escaping '"' and '\' with a backslash and octets outside 0x20..0x7e as \DDD.
    static void appendQuoted(QByteArray& out, QByteArrayView octets);
};

} // namespace nameplan
