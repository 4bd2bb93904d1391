// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillrunner.h"

#include "dnsmnemonics.h"
#include "domainnamerules.h"
#include "faulttreebuilder.h"
#include "model.h"
#include "outageparser.h"
#include "scenarioevaluator.h"

#include <QDateTime>

#include <algorithm>

namespace nameplan {

namespace {

QString key(const QString& a, const QString& b, const QString& c = QString())
{
    return a + QChar(0x1f) + b + QChar(0x1f) + c;
}

template <class T> int rowOf(const std::vector<T>& list, const QString& id)
{
    for (int row = 0; row < int(list.size()); ++row) {
        if (list[size_t(row)].id == id)
            return row;
    }
    return -1;
}

std::optional<DnsName> absoluteName(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('.'))
        bytes += '.';
    return DnsName::fromText(bytes);
}

} // namespace

std::optional<DrillResult> DrillRunner::run(const Model& model, const Options& options, QString* error)
{
    const FaultTree tree = FaultTreeBuilder::build(model, options.durationSeconds);
    const OutageParser::Outages outages = OutageParser::parseIds(tree, options.outages);
    if (!outages.error.isEmpty()) {
        *error = outages.error;
        return std::nullopt;
    }
    const ScenarioEvaluator evaluator(tree);
    DrillRunner runner(model, tree, evaluator, outages.events, options);
    DrillResult result;
    result.outages = options.outages;
    result.durationSeconds = options.durationSeconds;
    result.started = QDateTime::currentDateTimeUtc();
    QString currentPopulation;
    DrillResolver resolver([&runner, &currentPopulation](
                               const DnsName& name) { return runner.chainFor(name.toString(), currentPopulation); },
        model.settings.trustAnchors.isEmpty()
            ? TrustAnchorSet()
            : TrustAnchorSet::fromText(model.settings.trustAnchors.join(u'\n').toUtf8()).value_or(TrustAnchorSet()),
        options.query);
    resolver.setCancelCheck(options.cancelled);
    for (const Pair& pair : runner.m_pairs) {
        result.names.push_back(runner.checkName(pair, resolver, currentPopulation));
        if (options.cancelled && options.cancelled()) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    for (const Subject& subject : runner.m_subjects)
        result.services.push_back(runner.checkService(subject, result.names));
    runner.compare(result);
    result.finished = QDateTime::currentDateTimeUtc();
    return result;
}

DrillRunner::DrillRunner(const Model& model, const FaultTree& tree, const ScenarioEvaluator& evaluator,
    const std::vector<int>& failedEvents, const Options& options)
    : m_model(model)
    , m_tree(tree)
    , m_evaluator(evaluator)
    , m_failedEvents(failedEvents)
    , m_options(options)
    , m_values(evaluator.blankValues())
    , m_port(quint16(model.settings.port.value_or(53)))
{
    for (int event : failedEvents)
        m_values[size_t(event)] = 1;
    m_evaluator.evaluate(m_values);
    for (const FaultTree::AuthorityUse& use : tree.authorityUses)
        m_unusable.insert(key(use.authorityId, use.zoneId, use.populationId), fails(use.unusable));
    for (const FaultTree::NameUse& use : tree.nameUses)
        m_nameNodes.insert(key(use.nameId, use.populationId), use.fails);
    selectSubjects();
}

bool DrillRunner::fails(FaultTree::NodeRef node) const
{
    return m_values[size_t(m_evaluator.slotOf(node))] & 1;
}

void DrillRunner::selectSubjects()
{
    for (int row = 0; row < int(m_model.services.size()); ++row) {
        const Service& service = m_model.services[size_t(row)];
        if (!m_options.allNames && service.criticality != u"critical")
            continue;
        QList<int> nameRows;
        QList<int> visited;
        collectNames(row, nameRows, visited);
        QStringList populations = service.populations;
        if (populations.isEmpty())
            populations.append(QString());
        for (const QString& population : std::as_const(populations)) {
            m_subjects.push_back({ row, population, nameRows });
            for (int nameRow : std::as_const(nameRows)) {
                const bool known = std::any_of(m_pairs.begin(), m_pairs.end(),
                    [&](const Pair& pair) { return pair.nameRow == nameRow && pair.populationId == population; });
                if (!known)
                    m_pairs.push_back({ nameRow, population });
            }
        }
    }
}

void DrillRunner::collectNames(int serviceRow, QList<int>& nameRows, QList<int>& visited) const
{
    if (visited.contains(serviceRow))
        return;
    visited.append(serviceRow);
    const Service& service = m_model.services[size_t(serviceRow)];
    for (const QString& id : service.names) {
        const int row = rowOf(m_model.names, id);
        if (row >= 0 && !nameRows.contains(row))
            nameRows.append(row);
    }
    // A service works only when the services it depends on work for the same population.
    for (const QString& id : service.services) {
        if (const int row = rowOf(m_model.services, id); row >= 0)
            collectNames(row, nameRows, visited);
    }
}

QList<DrillResolver::ZoneServers> DrillRunner::chainFor(const QString& fqdn, const QString& populationId) const
{
    QList<DrillResolver::ZoneServers> chain;
    const QString name = DomainNameRules::normalized(fqdn);
    for (const Zone& zone : m_model.zones) {
        const QString domain = DomainNameRules::normalized(zone.domain);
        const auto apex = absoluteName(domain);
        if (!apex || !DomainNameRules::isAtOrBelow(name, domain))
            continue;
        DrillResolver::ZoneServers servers { *apex, {} };
        for (const QString& id : zone.authorities) {
            const int row = rowOf(m_model.authorities, id);
            if (row < 0 || m_unusable.value(key(id, zone.id, populationId), false))
                continue; // casualties are never asked
            for (const QString& address : m_model.authorities[size_t(row)].addresses) {
                if (const auto endpoint = ServerEndpoint::parse(address, m_port))
                    servers.survivors.append({ id, *endpoint });
            }
        }
        chain.append(servers);
    }
    // Root first: the delegation chain is walked from the top.
    std::stable_sort(chain.begin(), chain.end(),
        [](const auto& a, const auto& b) { return a.zone.labelCount() < b.zone.labelCount(); });
    return chain;
}

std::vector<DrillResult::ZoneStep> DrillRunner::stepsFor(const QString& fqdn, const QString& populationId) const
{
    std::vector<DrillResult::ZoneStep> steps;
    const QString name = DomainNameRules::normalized(fqdn);
    for (const Zone& zone : m_model.zones) {
        if (!DomainNameRules::isAtOrBelow(name, DomainNameRules::normalized(zone.domain)))
            continue;
        DrillResult::ZoneStep step { zone.id, zone.domain, {}, {} };
        for (const QString& id : zone.authorities)
            (m_unusable.value(key(id, zone.id, populationId), false) ? step.casualties : step.survivors).append(id);
        steps.push_back(step);
    }
    std::stable_sort(steps.begin(), steps.end(),
        [](const auto& a, const auto& b) { return a.domain.count(u'.') < b.domain.count(u'.'); });
    return steps;
}

bool DrillRunner::hasDeadZone(int nameRow, const QString& populationId, int depth) const
{
    const Name& name = m_model.names[size_t(nameRow)];
    for (const DrillResult::ZoneStep& step : stepsFor(name.fqdn, populationId)) {
        if (step.survivors.isEmpty())
            return true;
    }
    const int target = rowOf(m_model.names, name.cname);
    return target >= 0 && depth < 8 && hasDeadZone(target, populationId, depth + 1);
}

DrillResult::NameCheck DrillRunner::checkName(
    const Pair& pair, DrillResolver& resolver, QString& currentPopulation) const
{
    const Name& name = m_model.names[size_t(pair.nameRow)];
    DrillResult::NameCheck check;
    check.nameId = name.id;
    check.fqdn = name.fqdn;
    check.type = name.type;
    check.populationId = pair.populationId;
    const auto node = m_nameNodes.constFind(key(name.id, pair.populationId));
    check.predictedResolves = node == m_nameNodes.cend() || !fails(*node);
    // The zones of the name and of the names it is an alias of, as the model describes them.
    for (int row = pair.nameRow, depth = 0; row >= 0 && depth < 8; ++depth) {
        for (DrillResult::ZoneStep& step : stepsFor(m_model.names[size_t(row)].fqdn, pair.populationId)) {
            const bool known = std::any_of(check.chain.begin(), check.chain.end(),
                [&step](const DrillResult::ZoneStep& other) { return other.zoneId == step.zoneId; });
            if (!known)
                check.chain.push_back(std::move(step));
        }
        row = rowOf(m_model.names, m_model.names[size_t(row)].cname);
    }
    if (!check.predictedResolves) {
        // Leaving authorities out is all a drill can enact: a failure with a surviving
        // authority in every zone comes from resolvers, dependencies or signature timers.
        check.observable = hasDeadZone(pair.nameRow, pair.populationId, 0);
        check.predictionText = check.observable
            ? QStringLiteral("a zone on the chain has no surviving authority")
            : QStringLiteral("fails for reasons a drill cannot enact (resolvers, shared dependencies or "
                             "signatures outliving the outage)");
    }
    const auto fqdn = absoluteName(name.fqdn);
    const auto type = DnsMnemonics::typeFromText(name.type.toUtf8());
    if (!fqdn || !type) {
        check.liveText = QStringLiteral("not a name and type the drill can ask");
        check.dnssec = QStringLiteral("not checked");
        return check;
    }
    currentPopulation = pair.populationId;
    DrillResolver::Outcome outcome = resolver.resolve(*fqdn, *type);
    check.liveResolves = outcome.resolves;
    check.liveText = outcome.text;
    // A secure CNAME before a failing target says nothing about the name: only a verdict that
    // made the name fail (bogus, indeterminate) or one over a whole answer is shown.
    const bool judged = outcome.dnssecChecked && (outcome.resolves || !outcome.verdict.isSecure());
    check.dnssec = judged ? Verdict::statusName(outcome.verdict.status) : QStringLiteral("not checked");
    check.dnssecReason = judged ? Verdict::reasonName(outcome.verdict.reason) : QString();
    check.dnssecText = outcome.dnssecChecked ? outcome.verdict.toString() : QString();
    check.queries = std::move(outcome.queries);
    return check;
}

DrillResult::ServiceCheck DrillRunner::checkService(
    const Subject& subject, const std::vector<DrillResult::NameCheck>& names) const
{
    const Service& service = m_model.services[size_t(subject.serviceRow)];
    DrillResult::ServiceCheck check;
    check.serviceId = service.id;
    check.serviceName = service.name.isEmpty() ? service.id : service.name;
    check.populationId = subject.populationId;
    for (int top = 0; top < int(m_tree.tops.size()); ++top) {
        const FaultTree::TopEvent& event = m_tree.tops[size_t(top)];
        if (event.serviceId != service.id || event.populationId != subject.populationId)
            continue;
        check.predictedWorks = !fails(event.root);
        if (!check.predictedWorks)
            check.predictionText = m_evaluator.explain(top, m_failedEvents).toText();
    }
    check.liveWorks = true;
    bool observableFailure = false;
    for (const DrillResult::NameCheck& name : names) {
        const int row = rowOf(m_model.names, name.nameId);
        if (name.populationId != subject.populationId || !subject.nameRows.contains(row))
            continue;
        if (!name.liveResolves) {
            check.liveWorks = false;
            check.failingNames.append(name.fqdn + u'/' + name.type);
        }
        observableFailure = observableFailure || (!name.predictedResolves && name.observable);
    }
    check.observable = check.predictedWorks || observableFailure;
    return check;
}

void DrillRunner::compare(DrillResult& result) const
{
    using Kind = DrillResult::Disagreement::Kind;
    for (const DrillResult::NameCheck& check : result.names) {
        if (check.agrees())
            continue;
        result.disagreements.push_back(
            { check.predictedResolves ? Kind::ModelSurvivesRealityFails : Kind::ModelFailsRealityResolves,
                QStringLiteral("name %1/%2").arg(check.fqdn, check.type), check.populationId,
                check.predictedResolves ? check.liveText
                                        : check.predictionText + QStringLiteral("; live: ") + check.liveText,
                check.observable });
    }
    for (const DrillResult::ServiceCheck& check : result.services) {
        if (check.agrees())
            continue;
        result.disagreements.push_back(
            { check.predictedWorks ? Kind::ModelSurvivesRealityFails : Kind::ModelFailsRealityResolves,
                QStringLiteral("service %1").arg(check.serviceId), check.populationId,
                check.predictedWorks
                    ? QStringLiteral("names failing live: ") + check.failingNames.join(QStringLiteral(", "))
                    : check.predictionText,
                check.observable });
    }
}

} // namespace nameplan
