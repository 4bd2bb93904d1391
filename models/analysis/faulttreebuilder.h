// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"
#include "idindex.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace nameplan {

class Model;
struct Authority;
struct ElementBase;
struct Population;
struct Zone;

// Compiles a model, for one outage duration, into the fault tree every analysis shares.
//
// Contract: the result has one basic event per region, provider plane ("<id>:serving",
// "<id>:control"), path, shared dependency, signer, authority, resolver and software
// implementation named by an authority ("software:<name>"), and one top event per service
// and population it lists (or one with an empty population when it lists none). A top event
// fails under an outage set exactly when the service does not work for that population
// under the semantics of docs/analysis.md (issue 3). Gates are topologically ordered and
// shared: a zone's gate exists once per population, whatever number of names sit in it.
// Timers are decided here, at build time: duration std::nullopt means long enough for every
// timer to run out. The model is expected to have passed ModelValidator; dangling references
// are ignored rather than trusted.
class FaultTreeBuilder {
public:
    static FaultTree build(const Model& model, std::optional<qint64> durationSeconds);

private:
    using NodeRef = FaultTree::NodeRef;

    FaultTreeBuilder(const Model& model, std::optional<qint64> durationSeconds);

    void addEvents();
    void addEvent(const QString& id, const QString& label, const ElementBase& element);
    void addTops();

    NodeRef event(const QString& id) const;
    // Folds constants (Working inputs vanish from an OR; an AND with a Working input never
    // fails), removes duplicates, and caches the gate under cacheKey when it is not empty.
    // The gate id is derived from key; the result is cached under key unless `cached` is
    // false (a result that depended on a cut cycle). `collapse` returns a lone input itself.
    struct GateSpec {
        FaultTree::GateType type = FaultTree::GateType::Or;
        QString key;
        QString label;
        bool cached = true;
        bool collapse = false;
        bool transparent = false;
    };
    NodeRef gate(const GateSpec& spec, const std::vector<NodeRef>& inputs);
    NodeRef alwaysFails(const QString& key, const QString& label);

    void appendDependencies(const ElementBase& element, std::vector<NodeRef>& inputs);
    NodeRef dependencyOut(const QString& dependencyId);
    NodeRef regionOut(const QString& regionId);
    NodeRef allSitesOut(const QStringList& regions, const QString& owner);
    NodeRef plane(const QString& providerId, const QString& planeName);
    NodeRef signerOut(const QString& signerId);
    NodeRef resolverDown(const QString& resolverId);
    NodeRef pathDown(const QString& pathId);
    NodeRef authorityDown(const Authority& authority);
    NodeRef unreachable(const Authority& authority, const Population* population);
    NodeRef transferSourceLost(const Authority& authority);
    NodeRef dataExpired(const Authority& authority, const Zone& zone);
    NodeRef bogus(const Zone& zone);
    NodeRef resolversDown(const Population* population);

    // The NS-name recursion. `lowest` is lowered to the stack depth of the deepest zone in
    // progress that the result referred to, so that results that depended on a cycle being
    // cut are not cached (see docs/analysis.md, "Name server names").
    NodeRef zoneFails(int zoneRow, const Population* population, int& lowest);
    NodeRef authorityUnusable(const Authority& authority, int zoneRow, const Population* population, int& lowest);
    NodeRef hostFails(const Authority& authority, const Zone& zone, const Population* population, int& lowest);
    std::vector<NodeRef> chainFails(const QString& fqdn, const Population* population, int& lowest);

    NodeRef nameFails(int nameRow, const Population* population);
    NodeRef serviceFails(int serviceRow, const Population* population);

    bool timerRunsOut(std::optional<qint64> timerSeconds) const;
    QString timerComparison(const QString& what, const QString& timerName, std::optional<qint64> timerSeconds) const;
    static QString populationKey(const Population* population);
    QString populationText(const Population* population) const;
    QString uniqueGateId(const QString& cacheKey);

    const Model& m_model;
    const std::optional<qint64> m_duration;
    FaultTree m_tree;
    IdIndex m_index;
    QHash<QString, int> m_eventIndex;
    QHash<QString, NodeRef> m_cache;
    QSet<QString> m_gateIds;
    std::vector<QString> m_zoneDomains; // normalized, per zone row
    std::vector<int> m_zonesRootFirst; // zone rows, shallowest domain first
    QHash<QString, int> m_zoneDepth; // cache keys of the zones being built -> stack depth
    int m_zoneStackSize = 0;
    QSet<QString> m_inProgress; // other recursions being built: cycles are cut here
};

} // namespace nameplan
