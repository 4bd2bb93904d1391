// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-built DNS wire bytes for the crypto tests, which must not depend on the codec in
// models/dns: names, RRs and RRSIG RDATA exactly as RFC 4034 §3.1.8.1 signs them.

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QTimeZone>

namespace wire {

inline QByteArray u16(quint16 v)
{
    QByteArray out;
    out.append(static_cast<char>(v >> 8));
    out.append(static_cast<char>(v & 0xff));
    return out;
}

inline QByteArray u32(quint32 v)
{
    return u16(static_cast<quint16>(v >> 16)) + u16(static_cast<quint16>(v & 0xffff));
}

// "www.example.net" -> 03 www 07 example 03 net 00 (RFC 1035 §3.1).
inline QByteArray name(const char* dotted)
{
    QByteArray out;
    const QByteArray text(dotted);
    if (!text.isEmpty()) {
        for (const QByteArray& label : text.split('.')) {
            out.append(static_cast<char>(label.size()));
            out.append(label);
        }
    }
    out.append('\0');
    return out;
}

// RRSIG presentation time YYYYMMDDHHmmSS (RFC 4034 §3.2) to seconds since the epoch.
inline quint32 time(const char* stamp)
{
    QDateTime moment = QDateTime::fromString(QString::fromLatin1(stamp), QStringLiteral("yyyyMMddHHmmss"));
    moment.setTimeZone(QTimeZone::utc()); // same wall-clock fields, read as UTC
    return static_cast<quint32>(moment.toSecsSinceEpoch());
}

// RRSIG RDATA without the signature field (RFC 4034 §3.1.8.1).
inline QByteArray rrsigPrefix(quint16 typeCovered, quint8 algorithm, quint8 labels, quint32 originalTtl,
    quint32 expiration, quint32 inception, quint16 keyTag, const char* signer)
{
    QByteArray out = u16(typeCovered);
    out.append(static_cast<char>(algorithm));
    out.append(static_cast<char>(labels));
    return out + u32(originalTtl) + u32(expiration) + u32(inception) + u16(keyTag) + name(signer);
}

// One RR in canonical form, class IN (RFC 4034 §6.2).
inline QByteArray rr(const char* owner, quint16 type, quint32 ttl, const QByteArray& rdata)
{
    constexpr quint16 classIn = 1;
    return name(owner) + u16(type) + u16(classIn) + u32(ttl) + u16(static_cast<quint16>(rdata.size())) + rdata;
}

constexpr quint16 typeA = 1;
constexpr quint16 typeMx = 15;

} // namespace wire
