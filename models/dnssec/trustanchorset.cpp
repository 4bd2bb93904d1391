// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustanchorset.h"

#include "zonereader.h"

#include <QFile>

namespace nameplan {

TrustAnchorSet TrustAnchorSet::ianaRoot()
{
    // IANA, "Trust Anchors and Keys for the Root Zone", root-anchors.xml (KeyDigest elements):
    // KSK-2017 valid from 2017-02-02, KSK-2024 valid from 2024-07-18.
    static constexpr char text[]
        = ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n"
          ". IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16\n";
    return *fromText(QByteArrayView(text));
}

std::optional<TrustAnchorSet> TrustAnchorSet::fromText(QByteArrayView text, QString* error, const QString& sourceName)
{
    ZoneReaderOptions options;
    options.defaultTtl = 0;
    ZoneReader reader(options);
    auto fail = [error](const QString& message) -> std::optional<TrustAnchorSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!reader.readBytes(text, sourceName))
        return fail(reader.error()->toString());
    TrustAnchorSet set;
    for (const ResourceRecord& record : reader.records()) {
        if (record.type != rrtype::DS && record.type != rrtype::DNSKEY)
            return fail(QStringLiteral("%1: a trust anchor must be DS or DNSKEY").arg(record.owner.toString()));
        set.add({ record.owner, record.type, record.rdata });
    }
    if (set.isEmpty())
        return fail(QStringLiteral("no DS or DNSKEY record in the trust anchor input"));
    return set;
}

std::optional<TrustAnchorSet> TrustAnchorSet::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    return fromText(file.readAll(), error, path);
}

QList<QByteArray> TrustAnchorSet::rdatas(const DnsName& zone, std::uint16_t type) const
{
    QList<QByteArray> found;
    for (const Anchor& anchor : m_anchors) {
        if (anchor.type == type && anchor.zone == zone)
            found.append(anchor.rdata);
    }
    return found;
}

std::optional<DnsName> TrustAnchorSet::closestAnchor(const DnsName& name) const
{
    std::optional<DnsName> best;
    for (const Anchor& anchor : m_anchors) {
        if (name.isSubdomainOf(anchor.zone) && (!best || anchor.zone.labelCount() > best->labelCount()))
            best = anchor.zone;
    }
    return best;
}

} // namespace nameplan
