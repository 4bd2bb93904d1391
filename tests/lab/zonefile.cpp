// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonefile.h"

#include <QFile>

namespace nameplan {

ZoneFile::ZoneFile(const QString& origin, quint32 serial, quint32 ttl)
    : m_origin(origin.endsWith(QLatin1Char('.')) ? origin : origin + QLatin1Char('.'))
    , m_serial(serial)
    , m_ttl(ttl)
{
}

void ZoneFile::addNameServer(const QString& host, const QString& address)
{
    m_nameServers.append(host);
    add(QStringLiteral("@"), QStringLiteral("NS"), host);
    if (!address.isEmpty())
        add(host, address.contains(QLatin1Char(':')) ? QStringLiteral("AAAA") : QStringLiteral("A"), address);
}

void ZoneFile::add(const QString& owner, const QString& type, const QString& rdata)
{
    m_records.append(owner + QLatin1Char('\t') + type + QLatin1Char('\t') + rdata);
}

void ZoneFile::addLargeTxt(const QString& owner, int count)
{
    for (int i = 0; i < count; ++i) {
        // A TXT character-string holds at most 255 octets (RFC 1035 §3.3); vary each record so
        // the RRset keeps them all (identical RRs collapse).
        const QString text = QString::number(i).rightJustified(3, QLatin1Char('0')) + QString(252, QLatin1Char('x'));
        add(owner, QStringLiteral("TXT"), QLatin1Char('"') + text + QLatin1Char('"'));
    }
}

QString ZoneFile::text() const
{
    const QString mname = m_nameServers.isEmpty() ? QStringLiteral("ns.invalid.") : m_nameServers.first();
    QString out = QStringLiteral("$ORIGIN ") + m_origin + QStringLiteral("\n$TTL ") + QString::number(m_ttl)
        + QLatin1Char('\n');
    // Timers: refresh 3600, retry 600, expire 86400, minimum 300 (RFC 1912 §2.2 ranges).
    out += QStringLiteral("@\tSOA\t") + mname + QStringLiteral(" hostmaster ") + QString::number(m_serial)
        + QStringLiteral(" 3600 600 86400 300\n");
    for (const QString& record : m_records)
        out += record + QLatin1Char('\n');
    return out;
}

QString ZoneFile::write(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return path + QStringLiteral(": ") + file.errorString();
    const QByteArray bytes = text().toUtf8();
    if (file.write(bytes) != bytes.size())
        return path + QStringLiteral(": ") + file.errorString();
    return QString();
}

} // namespace nameplan
