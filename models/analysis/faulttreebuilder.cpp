// SPDX-License-Identifier: GPL-3.0-or-later
#include "faulttreebuilder.h"

#include "domainnamerules.h"
#include "model.h"
#include "outageparser.h"

#include <algorithm>
#include <climits>

namespace nameplan {

namespace {

using NodeRef = FaultTree::NodeRef;
using GateType = FaultTree::GateType;

constexpr NodeRef working { FaultTree::NodeKind::Working, -1 };

// Cache keys join their parts with a character no id or domain name contains.
QString key(std::initializer_list<QString> parts)
{
    QString k;
    for (const QString& part : parts) {
        if (!k.isEmpty())
            k += QChar(0x1f);
        k += part;
    }
    return k;
}

std::optional<double> unavailabilityOf(const ElementBase& element)
{
    if (element.unavailability)
        return element.unavailability;
    if (element.mtbfHours && element.mttrHours && *element.mtbfHours + *element.mttrHours > 0)
        return *element.mttrHours / (*element.mtbfHours + *element.mttrHours);
    return std::nullopt;
}

template <class T>
const T* findIn(const IdIndex& index, const std::vector<T>& list, ElementKind kind, const QString& id)
{
    const IdIndex::Location* location = index.find(id);
    if (!location || location->kind != kind)
        return nullptr;
    return &list[size_t(location->row)];
}

int rowOf(const IdIndex& index, ElementKind kind, const QString& id)
{
    const IdIndex::Location* location = index.find(id);
    return location && location->kind == kind ? location->row : -1;
}

bool isPrimary(const Authority& authority)
{
    return authority.role == u"primary" || authority.role == u"hidden-primary";
}

QString displayName(const ElementBase& element)
{
    return element.name.isEmpty() ? element.id : element.name;
}

} // namespace

FaultTree FaultTreeBuilder::build(const Model& model, std::optional<qint64> durationSeconds)
{
    FaultTreeBuilder builder(model, durationSeconds);
    builder.addEvents();
    builder.addTops();
    return std::move(builder.m_tree);
}

FaultTreeBuilder::FaultTreeBuilder(const Model& model, std::optional<qint64> durationSeconds)
    : m_model(model)
    , m_duration(durationSeconds)
    , m_index(model)
{
    for (const Zone& zone : model.zones)
        m_zoneDomains.push_back(DomainNameRules::normalized(zone.domain));
    for (int row = 0; row < int(model.zones.size()); ++row)
        m_zonesRootFirst.push_back(row);
    // Explanations read down the delegation chain: the parent zone before the child.
    std::stable_sort(m_zonesRootFirst.begin(), m_zonesRootFirst.end(),
        [this](int a, int b) { return m_zoneDomains[size_t(a)].count(u'.') < m_zoneDomains[size_t(b)].count(u'.'); });
}

void FaultTreeBuilder::addEvents()
{
    for (const Region& region : m_model.regions)
        addEvent(region.id, QStringLiteral("region %1").arg(region.id), region);
    for (const Provider& provider : m_model.providers) {
        // A provider has one availability figure; both planes inherit it (docs/analysis.md).
        addEvent(provider.id + QStringLiteral(":serving"), QStringLiteral("provider %1 serving plane").arg(provider.id),
            provider);
        addEvent(provider.id + QStringLiteral(":control"), QStringLiteral("provider %1 control plane").arg(provider.id),
            provider);
    }
    for (const NetworkPath& path : m_model.paths)
        addEvent(path.id, QStringLiteral("path %1").arg(path.id), path);
    for (const Dependency& dependency : m_model.dependencies)
        addEvent(dependency.id, QStringLiteral("dependency %1").arg(dependency.id), dependency);
    for (const Signer& signer : m_model.signers)
        addEvent(signer.id, QStringLiteral("signer %1").arg(signer.id), signer);
    for (const Authority& authority : m_model.authorities)
        addEvent(authority.id, QStringLiteral("authority %1").arg(authority.id), authority);
    for (const Resolver& resolver : m_model.resolvers)
        addEvent(resolver.id, QStringLiteral("resolver %1").arg(resolver.id), resolver);
    for (const Authority& authority : m_model.authorities) {
        if (authority.software.isEmpty() || m_eventIndex.contains(QStringLiteral("software:") + authority.software))
            continue;
        m_eventIndex.insert(QStringLiteral("software:") + authority.software, int(m_tree.events.size()));
        m_tree.events.push_back({ QStringLiteral("software:") + authority.software,
            QStringLiteral("software %1").arg(authority.software), std::nullopt });
    }
}

void FaultTreeBuilder::addEvent(const QString& id, const QString& label, const ElementBase& element)
{
    if (m_eventIndex.contains(id))
        return; // a duplicated id: the validator reports it, the first element wins
    m_eventIndex.insert(id, int(m_tree.events.size()));
    m_tree.events.push_back({ id, label, unavailabilityOf(element) });
}

void FaultTreeBuilder::addTops()
{
    for (int row = 0; row < int(m_model.services.size()); ++row) {
        const Service& service = m_model.services[size_t(row)];
        std::vector<const Population*> populations;
        for (const QString& id : service.populations) {
            if (const Population* population = findIn(m_index, m_model.populations, ElementKind::Population, id))
                populations.push_back(population);
        }
        if (populations.empty())
            populations.push_back(nullptr);
        for (const Population* population : populations)
            m_tree.tops.push_back(
                { service.id, population ? population->id : QString(), serviceFails(row, population) });
    }
}

NodeRef FaultTreeBuilder::event(const QString& id) const
{
    const auto it = m_eventIndex.constFind(id);
    return it == m_eventIndex.cend() ? working : NodeRef { FaultTree::NodeKind::Event, *it };
}

NodeRef FaultTreeBuilder::gate(const GateSpec& spec, const std::vector<NodeRef>& inputs)
{
    if (spec.cached) {
        const auto it = m_cache.constFind(spec.key);
        if (it != m_cache.cend())
            return *it;
    }
    std::vector<NodeRef> kept;
    bool neverFails = false;
    for (const NodeRef& input : inputs) {
        if (input.kind == FaultTree::NodeKind::Working) {
            neverFails = neverFails || spec.type == GateType::And;
            continue;
        }
        if (std::find(kept.begin(), kept.end(), input) == kept.end())
            kept.push_back(input);
    }
    NodeRef result = working;
    if (neverFails || kept.empty()) {
        result = working; // an OR of nothing never fails; callers never build an empty AND
    } else if (spec.collapse && kept.size() == 1 && kept.front().kind != FaultTree::NodeKind::Failed) {
        result = kept.front();
    } else {
        result = { FaultTree::NodeKind::Gate, int(m_tree.gates.size()) };
        m_tree.gates.push_back({ spec.type, std::move(kept), uniqueGateId(spec.key), spec.label, spec.transparent });
    }
    if (spec.cached)
        m_cache.insert(spec.key, result);
    return result;
}

NodeRef FaultTreeBuilder::alwaysFails(const QString& key, const QString& label)
{
    // A gate over the constant rather than the bare constant, so that explanations say why.
    return gate({ GateType::Or, key, label }, { NodeRef { FaultTree::NodeKind::Failed, -1 } });
}

void FaultTreeBuilder::appendDependencies(const ElementBase& element, std::vector<NodeRef>& inputs)
{
    for (const QString& id : element.dependencies)
        inputs.push_back(dependencyOut(id));
}

NodeRef FaultTreeBuilder::dependencyOut(const QString& dependencyId)
{
    const Dependency* dependency = findIn(m_index, m_model.dependencies, ElementKind::Dependency, dependencyId);
    const QString k = key({ QStringLiteral("dependency"), dependencyId });
    if (!dependency || m_inProgress.contains(k))
        return working; // a cycle of "lives on" adds no failure of its own
    m_inProgress.insert(k);
    std::vector<NodeRef> inputs { event(dependencyId) };
    appendDependencies(*dependency, inputs);
    m_inProgress.remove(k);
    return gate({ GateType::Or, k, QStringLiteral("dependency %1 out").arg(dependencyId), true, true }, inputs);
}

NodeRef FaultTreeBuilder::regionOut(const QString& regionId)
{
    const Region* region = findIn(m_index, m_model.regions, ElementKind::Region, regionId);
    const QString k = key({ QStringLiteral("region"), regionId });
    if (!region || m_inProgress.contains(k))
        return working;
    m_inProgress.insert(k);
    // Nesting: a region is out when any region it lies in is out.
    std::vector<NodeRef> inputs { event(regionId) };
    if (!region->parent.isEmpty())
        inputs.push_back(regionOut(region->parent));
    appendDependencies(*region, inputs);
    m_inProgress.remove(k);
    return gate({ GateType::Or, k, QStringLiteral("region %1 out").arg(regionId), true, true }, inputs);
}

NodeRef FaultTreeBuilder::allSitesOut(const QStringList& regions, const QString& owner)
{
    // Anycast: the component is up while any of its site regions is up. No regions: not
    // constrained by regions.
    std::vector<NodeRef> inputs;
    for (const QString& region : regions)
        inputs.push_back(regionOut(region));
    if (inputs.empty())
        return working;
    return gate({ GateType::And, key({ QStringLiteral("sites"), owner }),
                    QStringLiteral("every site region of %1 out").arg(owner), true, true },
        inputs);
}

NodeRef FaultTreeBuilder::plane(const QString& providerId, const QString& planeName)
{
    const Provider* provider = findIn(m_index, m_model.providers, ElementKind::Provider, providerId);
    if (!provider)
        return working;
    const QString id = providerId + u':' + planeName;
    std::vector<NodeRef> inputs { event(id) };
    appendDependencies(*provider, inputs);
    return gate({ GateType::Or, key({ QStringLiteral("plane"), id }),
                    QStringLiteral("provider %1 %2 plane out").arg(providerId, planeName), true, true },
        inputs);
}

NodeRef FaultTreeBuilder::pathDown(const QString& pathId)
{
    const NetworkPath* path = findIn(m_index, m_model.paths, ElementKind::Path, pathId);
    if (!path)
        return working;
    // A path runs through all its regions: any of them out takes it down.
    std::vector<NodeRef> inputs { event(pathId) };
    for (const QString& region : path->regions)
        inputs.push_back(regionOut(region));
    appendDependencies(*path, inputs);
    return gate({ GateType::Or, key({ QStringLiteral("path"), pathId }), QStringLiteral("path %1 out").arg(pathId),
                    true, true },
        inputs);
}

NodeRef FaultTreeBuilder::signerOut(const QString& signerId)
{
    const Signer* signer = findIn(m_index, m_model.signers, ElementKind::Signer, signerId);
    if (!signer)
        return working;
    std::vector<NodeRef> inputs { event(signerId) };
    if (!signer->provider.isEmpty())
        inputs.push_back(plane(signer->provider, QStringLiteral("control")));
    appendDependencies(*signer, inputs);
    inputs.push_back(allSitesOut(signer->regions, signerId));
    return gate({ GateType::Or, key({ QStringLiteral("signer"), signerId }),
                    QStringLiteral("signer %1 out").arg(signerId), true, true },
        inputs);
}

NodeRef FaultTreeBuilder::resolverDown(const QString& resolverId)
{
    const Resolver* resolver = findIn(m_index, m_model.resolvers, ElementKind::Resolver, resolverId);
    if (!resolver)
        return working;
    std::vector<NodeRef> inputs { event(resolverId) };
    if (!resolver->provider.isEmpty())
        inputs.push_back(plane(resolver->provider, QStringLiteral("serving")));
    appendDependencies(*resolver, inputs);
    inputs.push_back(allSitesOut(resolver->regions, resolverId));
    return gate(
        { GateType::Or, key({ QStringLiteral("resolver"), resolverId }), QStringLiteral("%1 down").arg(resolverId) },
        inputs);
}

NodeRef FaultTreeBuilder::authorityDown(const Authority& authority)
{
    std::vector<NodeRef> inputs { event(authority.id) };
    if (!authority.provider.isEmpty())
        inputs.push_back(plane(authority.provider, QStringLiteral("serving")));
    if (!authority.software.isEmpty())
        inputs.push_back(event(QStringLiteral("software:") + authority.software));
    appendDependencies(authority, inputs);
    inputs.push_back(allSitesOut(authority.regions, authority.id));
    return gate(
        { GateType::Or, key({ QStringLiteral("down"), authority.id }), QStringLiteral("%1 down").arg(authority.id) },
        inputs);
}

NodeRef FaultTreeBuilder::unreachable(const Authority& authority, const Population* population)
{
    // Either side listing no paths: reachability is not modelled for the pair.
    if (!population || population->paths.isEmpty() || authority.paths.isEmpty())
        return working;
    const QString k = key({ QStringLiteral("reach"), authority.id, population->id });
    std::vector<NodeRef> common;
    for (const QString& path : authority.paths) {
        if (population->paths.contains(path))
            common.push_back(pathDown(path));
    }
    if (common.empty())
        return alwaysFails(
            k, QStringLiteral("%1 unreachable from %2 (no common path)").arg(authority.id, displayName(*population)));
    return gate({ GateType::And, k, QStringLiteral("%1 unreachable").arg(authority.id) }, common);
}

NodeRef FaultTreeBuilder::transferSourceLost(const Authority& authority)
{
    // A primary is the source of its data; a secondary without a declared source is not
    // modelled as transferring (the validator flags it).
    if (isPrimary(authority) || authority.transferFrom.isEmpty())
        return working;
    const QString k = key({ QStringLiteral("source"), authority.id });
    if (m_inProgress.contains(k))
        return alwaysFails(key({ QStringLiteral("source-loop"), authority.id }),
            QStringLiteral("transfer chain of %1 loops without reaching a primary").arg(authority.id));
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    m_inProgress.insert(k);
    std::vector<NodeRef> inputs;
    // The secondary's own provider runs its transfers (control plane).
    if (!authority.provider.isEmpty())
        inputs.push_back(plane(authority.provider, QStringLiteral("control")));
    if (const Authority* source
        = findIn(m_index, m_model.authorities, ElementKind::Authority, authority.transferFrom)) {
        inputs.push_back(authorityDown(*source));
        inputs.push_back(transferSourceLost(*source));
    }
    m_inProgress.remove(k);
    return gate(
        { GateType::Or, k, QStringLiteral("transfer source of %1 lost").arg(authority.id), true, false, true }, inputs);
}

bool FaultTreeBuilder::timerRunsOut(std::optional<qint64> timerSeconds) const
{
    // Unbounded outage: every timer runs out. A timer the model leaves unset runs out only
    // then (docs/analysis.md, "Timers").
    if (!m_duration)
        return true;
    return timerSeconds && *m_duration > *timerSeconds;
}

QString FaultTreeBuilder::timerComparison(
    const QString& what, const QString& timerName, std::optional<qint64> timerSeconds) const
{
    const QString timer = timerSeconds ? OutageParser::formatDuration(*timerSeconds) : QStringLiteral("unset");
    if (!m_duration)
        return QStringLiteral("%1 lost for good, %2 %3").arg(what, timerName, timer);
    return QStringLiteral("%1 lost %2 > %3 %4").arg(what, OutageParser::formatDuration(*m_duration), timerName, timer);
}

NodeRef FaultTreeBuilder::dataExpired(const Authority& authority, const Zone& zone)
{
    if (isPrimary(authority) || !timerRunsOut(zone.soaExpire))
        return working;
    const NodeRef lost = transferSourceLost(authority);
    if (lost.kind == FaultTree::NodeKind::Working)
        return working;
    return gate(
        { GateType::Or, key({ QStringLiteral("expired"), authority.id, zone.id }),
            QStringLiteral("%1 data expired (%2)")
                .arg(authority.id,
                    timerComparison(QStringLiteral("transfer source"), QStringLiteral("SOA expire"), zone.soaExpire)) },
        { lost });
}

NodeRef FaultTreeBuilder::bogus(const Zone& zone)
{
    if (zone.signer.isEmpty() || !timerRunsOut(zone.signatureValidity))
        return working;
    const NodeRef signer = signerOut(zone.signer);
    if (signer.kind == FaultTree::NodeKind::Working)
        return working;
    return gate({ GateType::Or, key({ QStringLiteral("bogus"), zone.id }),
                    QStringLiteral("zone %1 bogus (%2)")
                        .arg(zone.domain,
                            timerComparison(QStringLiteral("signer"), QStringLiteral("signature validity"),
                                zone.signatureValidity)) },
        { signer });
}

NodeRef FaultTreeBuilder::resolversDown(const Population* population)
{
    if (!population || population->resolvers.isEmpty())
        return working;
    std::vector<NodeRef> inputs;
    for (const QString& id : population->resolvers)
        inputs.push_back(resolverDown(id));
    return gate({ GateType::And, key({ QStringLiteral("resolvers"), population->id }),
                    QStringLiteral("no resolver of %1 up").arg(displayName(*population)) },
        inputs);
}

NodeRef FaultTreeBuilder::zoneFails(int zoneRow, const Population* population, int& lowest)
{
    const Zone& zone = m_model.zones[size_t(zoneRow)];
    const QString k = key({ QStringLiteral("zone"), zone.id, populationKey(population) });
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    if (const auto it = m_zoneDepth.constFind(k); it != m_zoneDepth.cend()) {
        // Back to a zone still being built: its NS names resolve only through itself. Cutting
        // the cycle with "fails" yields the least fixed point of "servable".
        lowest = std::min(lowest, *it);
        return alwaysFails(key({ QStringLiteral("cycle"), zone.id, populationKey(population) }),
            QStringLiteral("zone %1: name server names resolve only through itself (no glue)").arg(zone.domain));
    }
    const int depth = m_zoneStackSize++;
    m_zoneDepth.insert(k, depth);
    int low = INT_MAX;
    std::vector<NodeRef> authorities;
    for (const QString& id : zone.authorities) {
        if (const Authority* authority = findIn(m_index, m_model.authorities, ElementKind::Authority, id))
            authorities.push_back(authorityUnusable(*authority, zoneRow, population, low));
    }
    m_zoneDepth.remove(k);
    --m_zoneStackSize;
    const bool independent = low >= depth;
    std::vector<NodeRef> inputs;
    appendDependencies(zone, inputs);
    inputs.push_back(bogus(zone));
    inputs.push_back(authorities.empty()
            ? alwaysFails(key({ QStringLiteral("no-ns"), zone.id }),
                QStringLiteral("zone %1 has no authorities").arg(zone.domain))
            : gate({ GateType::And, key({ QStringLiteral("ns"), zone.id, populationKey(population) }),
                       QStringLiteral("zone %1").arg(zone.domain), independent },
                authorities));
    lowest = std::min(lowest, low);
    // Transparent: explanations show "zone example.com: ..." or the dependency, not both.
    return gate(
        { GateType::Or, k, QStringLiteral("zone %1 unusable").arg(zone.domain), independent, true, true }, inputs);
}

NodeRef FaultTreeBuilder::authorityUnusable(
    const Authority& authority, int zoneRow, const Population* population, int& lowest)
{
    const Zone& zone = m_model.zones[size_t(zoneRow)];
    const QString k = key({ QStringLiteral("usable"), authority.id, zone.id, populationKey(population) });
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    int low = INT_MAX;
    const NodeRef host = hostFails(authority, zone, population, low);
    lowest = std::min(lowest, low);
    // Referring to the zone being built (top of the stack) is intrinsic; deeper is context.
    const bool independent = low >= m_zoneStackSize - 1;
    const NodeRef unusable
        = gate({ GateType::Or, k, QStringLiteral("%1 unusable for zone %2").arg(authority.id, zone.domain), independent,
                   true, true },
            { authorityDown(authority), unreachable(authority, population), dataExpired(authority, zone), host });
    if (independent)
        m_tree.authorityUses.push_back({ authority.id, zone.id, population ? population->id : QString(), unusable });
    return unusable;
}

NodeRef FaultTreeBuilder::hostFails(
    const Authority& authority, const Zone& zone, const Population* population, int& lowest)
{
    const QString host = DomainNameRules::normalized(authority.hostname);
    // In-bailiwick names come with glue from the parent (RFC 9471 §2.1); an unset host name
    // is not modelled as a dependency.
    if (host.isEmpty() || DomainNameRules::isAtOrBelow(host, DomainNameRules::normalized(zone.domain)))
        return working;
    const QString k = key({ QStringLiteral("host"), host, populationKey(population) });
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    const int entryDepth = m_zoneStackSize;
    int low = INT_MAX;
    const std::vector<NodeRef> zones = chainFails(host, population, low);
    lowest = std::min(lowest, low);
    return gate({ GateType::Or, k, QStringLiteral("%1 (name of %2) does not resolve").arg(host, authority.id),
                    low >= entryDepth },
        zones);
}

std::vector<NodeRef> FaultTreeBuilder::chainFails(const QString& fqdn, const Population* population, int& lowest)
{
    // Every modelled zone at or above the name is on its delegation chain.
    std::vector<NodeRef> zones;
    for (int row : m_zonesRootFirst) {
        if (DomainNameRules::isAtOrBelow(fqdn, m_zoneDomains[size_t(row)]))
            zones.push_back(zoneFails(row, population, lowest));
    }
    return zones;
}

NodeRef FaultTreeBuilder::nameFails(int nameRow, const Population* population)
{
    const Name& name = m_model.names[size_t(nameRow)];
    const QString k = key({ QStringLiteral("name"), name.id, populationKey(population) });
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    const QString label = QStringLiteral("%1/%2").arg(name.fqdn, name.type);
    if (m_inProgress.contains(k))
        return alwaysFails(
            key({ QStringLiteral("cname-loop"), name.id }), QStringLiteral("CNAME loop through %1").arg(label));
    m_inProgress.insert(k);
    int unusedLowest = INT_MAX; // no zone is in progress here
    std::vector<NodeRef> inputs = chainFails(DomainNameRules::normalized(name.fqdn), population, unusedLowest);
    if (const int target = rowOf(m_index, ElementKind::Name, name.cname); target >= 0)
        inputs.push_back(nameFails(target, population));
    appendDependencies(name, inputs);
    inputs.push_back(resolversDown(population));
    m_inProgress.remove(k);
    const NodeRef fails = gate({ GateType::Or, k, label }, inputs);
    m_tree.nameUses.push_back({ name.id, population ? population->id : QString(), fails });
    return fails;
}

NodeRef FaultTreeBuilder::serviceFails(int serviceRow, const Population* population)
{
    const Service& service = m_model.services[size_t(serviceRow)];
    const QString k = key({ QStringLiteral("service"), service.id, populationKey(population) });
    if (const auto it = m_cache.constFind(k); it != m_cache.cend())
        return *it;
    if (m_inProgress.contains(k))
        return alwaysFails(key({ QStringLiteral("service-cycle"), service.id }),
            QStringLiteral("%1 depends on itself").arg(displayName(service)));
    m_inProgress.insert(k);
    std::vector<NodeRef> inputs;
    appendDependencies(service, inputs);
    if (population)
        appendDependencies(*population, inputs);
    for (const QString& id : service.names) {
        if (const int row = rowOf(m_index, ElementKind::Name, id); row >= 0)
            inputs.push_back(nameFails(row, population));
    }
    for (const QString& id : service.services) {
        if (const int row = rowOf(m_index, ElementKind::Service, id); row >= 0)
            inputs.push_back(serviceFails(row, population));
    }
    m_inProgress.remove(k);
    return gate({ GateType::Or, k, QStringLiteral("%1 fails%2").arg(displayName(service), populationText(population)) },
        inputs);
}

QString FaultTreeBuilder::populationKey(const Population* population)
{
    return population ? population->id : QStringLiteral("-");
}

QString FaultTreeBuilder::populationText(const Population* population) const
{
    return population ? QStringLiteral(" for %1").arg(displayName(*population)) : QString();
}

QString FaultTreeBuilder::uniqueGateId(const QString& cacheKey)
{
    QString id;
    id.reserve(cacheKey.size());
    for (QChar c : cacheKey) {
        const bool safe = (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' || c == u'.';
        id += c == QChar(0x1f) ? QChar(u'.') : (safe ? c : QChar(u'_'));
    }
    QString unique = id;
    for (int n = 2; m_gateIds.contains(unique); ++n)
        unique = id + QStringLiteral(".%1").arg(n);
    m_gateIds.insert(unique);
    return unique;
}

} // namespace nameplan
