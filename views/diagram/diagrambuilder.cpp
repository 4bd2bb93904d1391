// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrambuilder.h"

#include "domainnamerules.h"
#include "model.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace nameplan {

namespace {

QString siteKey(const QString& authorityId, const QString& region)
{
    return region.isEmpty() ? authorityId : authorityId + u'@' + region;
}

class Builder {
public:
    explicit Builder(const Model& model)
        : m_model(model)
    {
    }

    DiagramGraph run()
    {
        addClusters();
        addAuthorities();
        addPlacedElements();
        addDependencyLayer();
        addReachEdges();
        addSharedDependencies();
        return std::move(m_graph);
    }

private:
    // Parents first, so that the layout can nest clusters in one pass.
    void addClusters()
    {
        QSet<QString> added;
        const std::function<void(const Region&)> add = [&](const Region& region) {
            if (added.contains(region.id))
                return;
            added.insert(region.id); // before recursing: a (refused) cycle cannot loop here
            for (const Region& parent : m_model.regions) {
                if (parent.id == region.parent)
                    add(parent);
            }
            m_graph.clusters.push_back({ region.id, region.parent, region.name.isEmpty() ? region.id : region.name });
        };
        for (const Region& region : m_model.regions)
            add(region);
    }

    void addNode(DiagramNode node) { m_graph.nodes.push_back(std::move(node)); }
    void addEdge(const QString& from, const QString& to, DiagramEdge::Kind kind, const QString& elementId = {},
        const QString& label = {})
    {
        if (!from.isEmpty() && !to.isEmpty())
            m_graph.edges.push_back({ from, to, kind, elementId, label });
    }

    static QString labelOf(const ElementBase& e) { return e.name.isEmpty() ? e.id : e.name; }

    void addAuthorities()
    {
        for (const Authority& a : m_model.authorities) {
            const QStringList sites = a.regions.isEmpty() ? QStringList { QString() } : a.regions;
            for (const QString& region : sites) {
                addNode({ siteKey(a.id, sites.size() > 1 ? region : QString()), a.id, ElementKind::Authority, a.id,
                    a.hostname + QStringLiteral(" · ") + a.role, region, a.provider, sites.size() > 1 });
            }
            m_primarySite.insert(a.id, siteKey(a.id, sites.size() > 1 ? sites.first() : QString()));
            for (qsizetype i = 1; i < sites.size(); ++i)
                addEdge(m_primarySite[a.id], siteKey(a.id, sites[i]), DiagramEdge::Kind::AnycastSibling, a.id);
        }
        for (const Authority& a : m_model.authorities) {
            if (!a.transferFrom.isEmpty() && m_primarySite.contains(a.transferFrom))
                addEdge(m_primarySite[a.transferFrom], m_primarySite[a.id], DiagramEdge::Kind::Transfer);
        }
    }

    void addPlacedElements()
    {
        for (const Resolver& r : m_model.resolvers) {
            addNode({ r.id, r.id, ElementKind::Resolver, labelOf(r), QStringLiteral("resolver"), r.regions.value(0),
                r.provider, false });
        }
        for (const Signer& s : m_model.signers)
            addNode({ s.id, s.id, ElementKind::Signer, labelOf(s), QStringLiteral("signer"), s.regions.value(0),
                s.provider, false });
        for (const Population& p : m_model.populations) {
            addNode(
                { p.id, p.id, ElementKind::Population, labelOf(p), QStringLiteral("clients"), p.region, {}, false });
            for (const QString& resolver : p.resolvers)
                addEdge(p.id, resolver, DiagramEdge::Kind::Dependency);
        }
    }

    void addDependencyLayer()
    {
        for (const Zone& z : m_model.zones) {
            addNode({ z.id, z.id, ElementKind::Zone, z.domain,
                z.signer.isEmpty() ? QStringLiteral("zone") : QStringLiteral("signed zone"), {}, {}, false });
            for (const QString& a : z.authorities)
                addEdge(z.id, m_primarySite.value(a), DiagramEdge::Kind::Delegation);
            if (!z.signer.isEmpty())
                addEdge(z.signer, z.id, DiagramEdge::Kind::Signing);
        }
        for (const Name& n : m_model.names) {
            addNode({ n.id, n.id, ElementKind::Name, n.fqdn, n.type, {}, {}, false });
            if (!n.cname.isEmpty())
                addEdge(n.id, n.cname, DiagramEdge::Kind::Alias);
            if (const QString zone = enclosingZone(n.fqdn); !zone.isEmpty())
                addEdge(n.id, zone, DiagramEdge::Kind::Dependency);
        }
        for (const Service& s : m_model.services) {
            addNode({ s.id, s.id, ElementKind::Service, labelOf(s), s.criticality, {}, {}, false });
            for (const QString& n : s.names)
                addEdge(s.id, n, DiagramEdge::Kind::Dependency);
            for (const QString& d : s.services)
                addEdge(s.id, d, DiagramEdge::Kind::Dependency);
        }
    }

    // The closest modelled zone at or above the name.
    QString enclosingZone(const QString& fqdn) const
    {
        const QString name = DomainNameRules::normalized(fqdn);
        QString best;
        qsizetype bestLength = -1;
        for (const Zone& z : m_model.zones) {
            const QString domain = DomainNameRules::normalized(z.domain);
            if (DomainNameRules::isAtOrBelow(name, domain) && domain.size() > bestLength) {
                best = z.id;
                bestLength = domain.size();
            }
        }
        return best;
    }

    // Shared dependencies are failure domains of their own: drawn as boxes that every element
    // declaring one points at, so a dependency all authorities share is plain to see.
    void addSharedDependencies()
    {
        for (const Dependency& d : m_model.dependencies)
            addNode({ d.id, d.id, ElementKind::Dependency, labelOf(d),
                d.category.isEmpty() ? QStringLiteral("shared dependency") : d.category, {}, {}, false });
        for (ElementKind kind : allElementKinds) {
            for (int row = 0; row < m_model.count(kind); ++row) {
                const ElementBase& e = m_model.element(kind, row);
                const QString from = kind == ElementKind::Authority ? m_primarySite.value(e.id) : e.id;
                for (const QString& d : e.dependencies)
                    addEdge(from, d, DiagramEdge::Kind::SharedDependency);
            }
        }
    }

    // One edge per population and authority they share a path with, labelled by the path.
    void addReachEdges()
    {
        for (const Population& p : m_model.populations) {
            for (const Authority& a : m_model.authorities) {
                for (const QString& path : p.paths) {
                    if (a.paths.contains(path)) {
                        addEdge(p.id, m_primarySite.value(a.id), DiagramEdge::Kind::Reach, path, path);
                        break;
                    }
                }
            }
        }
    }

    const Model& m_model;
    DiagramGraph m_graph;
    QHash<QString, QString> m_primarySite; // authority id -> the node key edges attach to
};

} // namespace

DiagramGraph DiagramBuilder::build(const Model& model)
{
    return Builder(model).run();
}

} // namespace nameplan
