// SPDX-License-Identifier: GPL-3.0-or-later
#include "independencereport.h"

#include "idindex.h"
#include "model.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nameplan {

namespace {

// The failure domains one authority lives in, as (outage id, kind) pairs.
class DomainCollector {
public:
    DomainCollector(const Model& model, const IdIndex& index)
        : m_model(model)
        , m_index(index)
    {
    }

    QList<std::pair<QString, QString>> of(const Authority& authority)
    {
        m_domains.clear();
        m_seen.clear();
        addRegions(authority.regions);
        addProvider(authority.provider);
        for (const QString& path : authority.paths)
            addPath(path);
        if (!authority.software.isEmpty())
            add(QStringLiteral("software:") + authority.software, QStringLiteral("software"));
        addDependencies(authority.dependencies);
        addTransferChain(authority);
        return m_domains;
    }

private:
    template <class T> const T* find(const std::vector<T>& list, ElementKind kind, const QString& id) const
    {
        const IdIndex::Location* location = m_index.find(id);
        return location && location->kind == kind ? &list[size_t(location->row)] : nullptr;
    }

    void add(const QString& id, const QString& kind)
    {
        if (m_seen.contains(id))
            return;
        m_seen.insert(id);
        m_domains.append({ id, kind });
    }

    void addRegions(const QStringList& regions)
    {
        for (const QString& id : regions) {
            // Nesting: an authority in eu-west also lives in europe.
            for (const Region* region = find(m_model.regions, ElementKind::Region, id);
                 region && !m_seen.contains(region->id);
                 region = find(m_model.regions, ElementKind::Region, region->parent)) {
                add(region->id, QStringLiteral("region"));
                addDependencies(region->dependencies);
            }
        }
    }

    void addProvider(const QString& id)
    {
        if (const Provider* provider = find(m_model.providers, ElementKind::Provider, id)) {
            add(id + QStringLiteral(":serving"), QStringLiteral("provider-serving"));
            add(id + QStringLiteral(":control"), QStringLiteral("provider-control"));
            addDependencies(provider->dependencies);
        }
    }

    void addPath(const QString& id)
    {
        if (const NetworkPath* path = find(m_model.paths, ElementKind::Path, id)) {
            add(id, QStringLiteral("path"));
            addRegions(path->regions);
            addDependencies(path->dependencies);
        }
    }

    void addDependencies(const QStringList& ids)
    {
        for (const QString& id : ids) {
            const Dependency* dependency = find(m_model.dependencies, ElementKind::Dependency, id);
            if (!dependency || m_seen.contains(id))
                continue;
            add(id, QStringLiteral("dependency"));
            addDependencies(dependency->dependencies);
        }
    }

    void addTransferChain(const Authority& authority)
    {
        QSet<QString> visited { authority.id };
        for (const Authority* source = find(m_model.authorities, ElementKind::Authority, authority.transferFrom);
             source && !visited.contains(source->id);
             source = find(m_model.authorities, ElementKind::Authority, source->transferFrom)) {
            visited.insert(source->id);
            add(source->id, QStringLiteral("transfer-source"));
            if (!source->provider.isEmpty())
                add(source->provider + QStringLiteral(":control"), QStringLiteral("provider-control"));
        }
    }

    const Model& m_model;
    const IdIndex& m_index;
    QList<std::pair<QString, QString>> m_domains;
    QSet<QString> m_seen;
};

IndependenceReport::ZoneReport reportZone(const Model& model, const IdIndex& index, const Zone& zone)
{
    IndependenceReport::ZoneReport report { zone.id, zone.domain, {}, {} };
    DomainCollector collector(model, index);
    QList<QString> order;
    QHash<QString, IndependenceReport::SharedDomain> domains;
    for (const QString& id : zone.authorities) {
        const IdIndex::Location* location = index.find(id);
        if (!location || location->kind != ElementKind::Authority)
            continue;
        report.authorities.append(id);
        const auto authorityDomains = collector.of(model.authorities[size_t(location->row)]);
        for (const auto& [domain, kind] : authorityDomains) {
            if (!domains.contains(domain)) {
                order.append(domain);
                domains.insert(domain, { domain, kind, {}, false });
            }
            domains[domain].authorities.append(id);
        }
    }
    // Zone-wide domains: the signer and the zone's own dependencies affect every authority.
    QStringList zoneWide = zone.dependencies;
    if (!zone.signer.isEmpty())
        zoneWide.prepend(zone.signer);
    for (const QString& id : zoneWide) {
        if (!domains.contains(id))
            order.append(id);
        domains.insert(id,
            { id, id == zone.signer ? QStringLiteral("signer") : QStringLiteral("dependency"), report.authorities,
                false });
    }
    const qsizetype all = report.authorities.size();
    for (const QString& id : order) {
        IndependenceReport::SharedDomain domain = domains.value(id);
        domain.commonMode = all > 0 && domain.authorities.size() == all;
        if (domain.commonMode || domain.authorities.size() * 2 > all)
            report.shared.push_back(domain);
    }
    std::stable_sort(report.shared.begin(), report.shared.end(),
        [](const auto& a, const auto& b) { return a.authorities.size() > b.authorities.size(); });
    return report;
}

} // namespace

std::vector<IndependenceReport::ZoneReport> IndependenceReport::build(const Model& model)
{
    const IdIndex index(model);
    std::vector<ZoneReport> reports;
    for (const Zone& zone : model.zones)
        reports.push_back(reportZone(model, index, zone));
    return reports;
}

} // namespace nameplan
