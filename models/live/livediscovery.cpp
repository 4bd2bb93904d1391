// SPDX-License-Identifier: GPL-3.0-or-later
#include "livediscovery.h"

#include "soafields.h"

#include <QSet>

namespace nameplan {

namespace {
// The model spells names without the final dot ("ns1.example.org").
QString modelSpelling(const DnsName& name)
{
    QString text = name.lowercased().toString();
    if (text.size() > 1)
        text.chop(1);
    return text;
}

QString normalised(const QString& domain)
{
    QString text = domain.trimmed().toLower();
    while (text.endsWith(QLatin1Char('.')) && text.size() > 1)
        text.chop(1);
    return text;
}

// "ns1.example.org" -> "ns1-example-org", made unique among the model's ids.
QString freshId(const Model& model, const QSet<QString>& taken, const QString& base)
{
    QString slug;
    for (const QChar c : base)
        slug += c.isLetterOrNumber() ? c : QLatin1Char('-');
    QString id = slug;
    for (int n = 2; model.locate(id) || taken.contains(id); ++n)
        id = slug + QLatin1Char('-') + QString::number(n);
    return id;
}

class Applier {
public:
    Applier(const Model& base, LiveDiscovery::Result& result)
        : m_model(result.model)
        , m_changes(result.changes)
    {
        m_model = base;
    }

    QString authority(const NameServer& server, bool primary)
    {
        const QString host = modelSpelling(server.name);
        for (Authority& authority : m_model.authorities) {
            if (normalised(authority.hostname) != host)
                continue;
            if (!server.addresses.isEmpty()
                && QSet(authority.addresses.cbegin(), authority.addresses.cend())
                    != QSet(server.addresses.cbegin(), server.addresses.cend())) {
                m_changes.append(QStringLiteral("%1: addresses %2 → %3")
                                     .arg(authority.id, authority.addresses.join(QStringLiteral(", ")),
                                         server.addresses.join(QStringLiteral(", "))));
                authority.addresses = server.addresses;
            }
            return authority.id;
        }
        Authority created;
        created.id = freshId(m_model, m_taken, host);
        m_taken.insert(created.id);
        created.name = host;
        created.hostname = host;
        created.addresses = server.addresses;
        created.provider = placeholder<Provider>(m_model.providers);
        created.regions = { placeholder<Region>(m_model.regions) };
        created.role = primary ? QStringLiteral("primary") : QStringLiteral("secondary");
        m_changes.append(QStringLiteral("new authority %1 (%2, %3)")
                             .arg(created.id, created.addresses.join(QStringLiteral(", ")), created.role));
        m_model.authorities.push_back(created);
        m_created.insert(created.id);
        return created.id;
    }

    // New secondaries transfer from the zone's primary (the schema requires a source).
    void linkSecondaries(const QString& primary)
    {
        for (Authority& authority : m_model.authorities) {
            if (m_created.contains(authority.id) && authority.role == u"secondary" && authority.transferFrom.isEmpty())
                authority.transferFrom = primary;
        }
    }

    void zone(const ZoneAuthorities& found, const QStringList& authorityIds)
    {
        const QString domain = modelSpelling(found.zone);
        for (Zone& zone : m_model.zones) {
            if (normalised(zone.domain) != domain)
                continue;
            if (zone.authorities != authorityIds) {
                m_changes.append(QStringLiteral("zone %1: authorities %2 → %3")
                                     .arg(zone.id, zone.authorities.join(QStringLiteral(", ")),
                                         authorityIds.join(QStringLiteral(", "))));
                zone.authorities = authorityIds;
            }
            return;
        }
        Zone created;
        created.id = freshId(m_model, m_taken, domain);
        created.name = domain;
        created.domain = domain;
        created.authorities = authorityIds;
        for (const Zone& parent : m_model.zones) {
            if (normalised(parent.domain) == modelSpelling(found.parent))
                created.parent = parent.id;
        }
        m_changes.append(QStringLiteral("new zone %1 with %2 authorities%3")
                             .arg(created.id)
                             .arg(authorityIds.size())
                             .arg(created.parent.isEmpty() ? QString() : QStringLiteral(", parent ") + created.parent));
        m_model.zones.push_back(created);
    }

private:
    // The "Unassigned (from live DNS)" element of the kind, created on first use.
    template <typename Element> QString placeholder(std::vector<Element>& list)
    {
        const QString name = QStringLiteral("Unassigned (from live DNS)");
        for (const Element& element : list) {
            if (element.name == name)
                return element.id;
        }
        Element created;
        created.id = freshId(m_model, m_taken, QStringLiteral("unassigned"));
        m_taken.insert(created.id);
        created.name = name;
        list.push_back(created);
        m_changes.append(QStringLiteral("new placeholder %1 for the authorities' provider and region").arg(created.id));
        return created.id;
    }

    Model& m_model;
    QStringList& m_changes;
    QSet<QString> m_taken; // ids handed out but not inserted yet
    QSet<QString> m_created; // authorities this import created
};
} // namespace

LiveDiscovery::Result LiveDiscovery::discover(const Model& base, const DnsName& zone, IterativeResolver& resolver)
{
    const ZoneAuthorities found = resolver.findAuthorities(zone);
    if (!found.ok()) {
        Result result;
        result.model = base;
        result.found = found;
        result.error = found.error;
        return result;
    }
    std::optional<DnsName> mname;
    const Resolution soa = resolver.resolve(zone, rrtype::SOA);
    for (const ResourceRecord& record : soa.records) {
        if (const auto fields = SoaFields::fromRdata(record.rdata))
            mname = fields->mname.lowercased();
    }
    return apply(base, found, mname);
}

LiveDiscovery::Result LiveDiscovery::apply(
    const Model& base, const ZoneAuthorities& found, const std::optional<DnsName>& mname)
{
    Result result;
    result.found = found;
    Applier applier(base, result);
    // The SOA MNAME names the primary (RFC 1996 §2.1); when it is none of the name servers (a
    // hidden primary DNS does not show), the first name server stands in for it.
    const bool mnameListed = mname
        && std::any_of(found.authorities.cbegin(), found.authorities.cend(),
            [&mname](const NameServer& server) { return server.name == *mname; });
    QStringList ids;
    QString primary;
    for (const NameServer& server : found.authorities) {
        const bool isPrimary = mnameListed ? *mname == server.name : ids.isEmpty();
        const QString id = applier.authority(server, isPrimary);
        if (isPrimary)
            primary = id;
        if (!ids.contains(id))
            ids.append(id);
    }
    applier.linkSecondaries(primary);
    applier.zone(found, ids);
    return result;
}

} // namespace nameplan
