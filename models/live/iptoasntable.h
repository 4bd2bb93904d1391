// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace nameplan {

// An IP-to-ASN table in the iptoasn.com TSV format (ip2asn-v4.tsv, ip2asn-v6.tsv,
// ip2asn-combined.tsv): one range a line, tab-separated
//     range_start  range_end  AS_number  country_code  AS_description
// with IPv4 or IPv6 addresses. AS 0 marks unrouted space: such addresses have no ASN.
// Immutable once parsed; look-ups are a binary search over the sorted ranges.
class IpToAsnTable {
public:
    struct Entry {
        std::array<quint8, 16> first {}; // IPv4 as ::ffff:a.b.c.d (RFC 4291 §2.5.5.2)
        std::array<quint8, 16> last {};
        quint32 asn = 0;
        QString country;
        QString description;
    };

    // Nothing and *error = "FILE: line N: why" on the first bad line (or the unreadable file).
    static std::optional<IpToAsnTable> load(const QString& path, QString* error);
    static std::optional<IpToAsnTable> parse(QByteArrayView text, QString* error);

    // The routed range holding a numeric address, or null.
    const Entry* find(const QString& address) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries; // sorted by first
};

} // namespace nameplan
