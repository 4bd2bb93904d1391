// SPDX-License-Identifier: GPL-3.0-or-later
#include "iptoasntable.h"

#include <QFile>
#include <QList>

#include <algorithm>
#include <arpa/inet.h>

namespace nameplan {

namespace {
// Numeric IPv4 or IPv6 text -> 16 octets (IPv4 mapped); nothing when not numeric.
std::optional<std::array<quint8, 16>> octets(QByteArrayView text)
{
    const QByteArray zeroTerminated = text.trimmed().toByteArray();
    std::array<quint8, 16> out {};
    if (inet_pton(AF_INET6, zeroTerminated.constData(), out.data()) == 1)
        return out;
    if (inet_pton(AF_INET, zeroTerminated.constData(), out.data() + 12) == 1) {
        out[10] = out[11] = 0xff;
        return out;
    }
    return std::nullopt;
}
} // namespace

std::optional<IpToAsnTable> IpToAsnTable::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    auto table = parse(file.readAll(), error);
    if (!table)
        *error = path + QStringLiteral(": ") + *error;
    return table;
}

std::optional<IpToAsnTable> IpToAsnTable::parse(QByteArrayView text, QString* error)
{
    IpToAsnTable table;
    int lineNumber = 0;
    for (const QByteArrayView line : QByteArray(text.toByteArray()).split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.toByteArray().split('\t');
        const auto fail = [&](const QString& why) {
            *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(why);
            return std::nullopt;
        };
        if (fields.size() < 3)
            return fail(QStringLiteral("wants range_start, range_end, AS_number, country, description "
                                       "separated by tabs"));
        Entry entry;
        const auto first = octets(fields[0]);
        const auto last = octets(fields[1]);
        bool numeric = false;
        entry.asn = fields[2].trimmed().toUInt(&numeric);
        if (!first || !last)
            return fail(QStringLiteral("not a numeric address range: %1 %2")
                            .arg(QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1])));
        if (*last < *first)
            return fail(QStringLiteral("the range ends before it starts"));
        if (!numeric)
            return fail(QStringLiteral("not an AS number: ") + QString::fromUtf8(fields[2]));
        if (entry.asn == 0)
            continue; // "Not routed"
        entry.first = *first;
        entry.last = *last;
        entry.country = fields.size() > 3 ? QString::fromUtf8(fields[3]).trimmed() : QString();
        entry.description = fields.size() > 4 ? QString::fromUtf8(fields[4]).trimmed() : QString();
        table.m_entries.append(entry);
    }
    std::sort(table.m_entries.begin(), table.m_entries.end(),
        [](const Entry& a, const Entry& b) { return a.first < b.first; });
    return table;
}

const IpToAsnTable::Entry* IpToAsnTable::find(const QString& address) const
{
    const auto key = octets(address.toLatin1());
    if (!key)
        return nullptr;
    // The last range starting at or before the address (ranges do not overlap in iptoasn).
    auto after = std::upper_bound(m_entries.cbegin(), m_entries.cend(), *key,
        [](const std::array<quint8, 16>& value, const Entry& entry) { return value < entry.first; });
    if (after == m_entries.cbegin())
        return nullptr;
    const Entry& entry = *(after - 1);
    return *key <= entry.last ? &entry : nullptr;
}

} // namespace nameplan
