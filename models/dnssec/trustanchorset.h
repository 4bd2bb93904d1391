// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nameplan {

// Trust anchors (RFC 4033 §2, RFC 4035 §4.4): DS or DNSKEY records a validator trusts without
// proof. Read from zone-file presentation form, as Unbound's trust-anchor-file takes them
// ("example. 3600 IN DS 12345 13 2 ..."), or the IANA root KSKs built in.
class TrustAnchorSet {
public:
    struct Anchor {
        DnsName zone;
        std::uint16_t type = 0; // DS or DNSKEY
        QByteArray rdata;
    };

    // The IANA root zone KSK-2017 (key tag 20326) and KSK-2024 (key tag 38696) as DS records,
    // copied from https://data.iana.org/root-anchors/root-anchors.xml.
    static TrustAnchorSet ianaRoot();
    // Reads DS and DNSKEY records from presentation-form text; other types are an error.
    // nullopt with *error set ("file:line: what") on failure or when no anchor is found.
    static std::optional<TrustAnchorSet> fromText(
        QByteArrayView text, QString* error = nullptr, const QString& sourceName = QStringLiteral("anchor"));
    static std::optional<TrustAnchorSet> fromFile(const QString& path, QString* error = nullptr);

    void add(const Anchor& anchor) { m_anchors.append(anchor); }
    const QList<Anchor>& anchors() const { return m_anchors; }
    bool isEmpty() const { return m_anchors.isEmpty(); }
    // The RDATAs of the given type anchored at exactly zone.
    QList<QByteArray> rdatas(const DnsName& zone, std::uint16_t type) const;
    // The deepest anchored zone at or above name (RFC 4035 §4.4: the closest anchor wins), if any.
    std::optional<DnsName> closestAnchor(const DnsName& name) const;

private:
    QList<Anchor> m_anchors;
};

} // namespace nameplan
