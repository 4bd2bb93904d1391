// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "combinationsearch.h"
#include "controlcatalogue.h"
#include "faulttreebuilder.h"
#include "independencereport.h"
#include "model.h"
#include "outageparser.h"
#include "scenarioevaluator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <array>

namespace nameplan {

namespace {

bool isImportant(const QString& criticality)
{
    return criticality == u"critical" || criticality == u"high";
}

QString displayName(const ElementBase& e)
{
    return e.name.isEmpty() ? e.id : e.name;
}

class Builder {
public:
    Builder(const Model& model, const ReportBuilder::Options& options)
        : m_model(model)
        , m_options(options)
        , m_tree(FaultTreeBuilder::build(model, std::nullopt))
    {
        for (const Service& s : model.services)
            m_services.insert(s.id, &s);
        for (const Population& p : model.populations)
            m_populationNames.insert(p.id, displayName(p));
    }

    // Two horizons: an outage that has just begun, and one long enough for every timer (SOA
    // expire, signature validity) to run out. Both matter in a review: the first is what
    // fails at once, the second what a long outage still takes down.
    void summary(ReportData& data, ProgressSink& progress)
    {
        CombinationSearch::Options search;
        search.maxOrder = m_options.maxOrder;
        const CombinationSearch::Result eventually = CombinationSearch::run(m_tree, search, progress);
        const FaultTree atOnceTree = FaultTreeBuilder::build(m_model, 0);
        const CombinationSearch::Result atOnce = CombinationSearch::run(atOnceTree, search, progress);
        data.maxOrder = eventually.maxOrder;
        const QStringList spofsAtOnce = importantSpofs(atOnceTree, atOnce);
        for (const QString& id : importantSpofs(m_tree, eventually)) {
            data.spofs.append(id);
            const auto event = std::find_if(
                m_tree.events.begin(), m_tree.events.end(), [&](const FaultTree::BasicEvent& e) { return e.id == id; });
            data.spofLabels.append(event == m_tree.events.end() ? id : event->label);
            if (spofsAtOnce.contains(id))
                data.spofsAtOnce.append(id);
        }
        for (const Service& s : m_model.services) {
            ReportServiceSummary summary = serviceSummary(s, m_tree, eventually);
            summary.smallestCutAtOnce = serviceSummary(s, atOnceTree, atOnce).smallestCut;
            data.services.push_back(summary);
        }
        for (int k = 0; k <= eventually.maxOrder && !eventually.canceled; ++k)
            data.survivalCurve.push_back({ double(k), eventually.survival(k), {} });
    }

    // Outage ids whose single outage fails a critical or high service, in event order.
    QStringList importantSpofs(const FaultTree& tree, const CombinationSearch::Result& result) const
    {
        QSet<int> spofs;
        for (size_t top = 0; top < tree.tops.size() && top < result.spofsPerTop.size(); ++top) {
            const Service* service = m_services.value(tree.tops[top].serviceId);
            if (service && isImportant(service->criticality)) {
                for (int event : result.spofsPerTop[top])
                    spofs.insert(event);
            }
        }
        QList<int> sorted(spofs.begin(), spofs.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList ids;
        for (int event : sorted)
            ids.append(tree.events[size_t(event)].id);
        return ids;
    }

    ReportServiceSummary serviceSummary(
        const Service& s, const FaultTree& tree, const CombinationSearch::Result& result) const
    {
        ReportServiceSummary summary { s.id, displayName(s), s.criticality, -1, -1, {}, std::nullopt, {} };
        for (size_t top = 0; top < tree.tops.size(); ++top) {
            if (tree.tops[top].serviceId != s.id || top >= result.smallestCut.size())
                continue;
            const int cut = result.smallestCut[top];
            if (cut == 0)
                summary.failingPopulations.append(m_populationNames.value(tree.tops[top].populationId));
            if (cut >= 0 && (summary.smallestCut < 0 || cut < summary.smallestCut)) {
                summary.smallestCut = cut;
                summary.smallestCutExample.clear();
                for (int event : result.smallestCutExample[top])
                    summary.smallestCutExample.append(tree.events[size_t(event)].id);
            }
        }
        return summary;
    }

    // Returns an error when the outage list names something that is not a component.
    QString scenario(ReportData& data, const QString& id, const QString& name, const QStringList& outages,
        std::optional<qint64> duration)
    {
        // Scenarios without a duration share the summary's tree instead of building it again.
        std::optional<FaultTree> ownTree;
        if (duration)
            ownTree = FaultTreeBuilder::build(m_model, duration);
        const FaultTree& tree = ownTree ? *ownTree : m_tree;
        const OutageParser::Outages parsed = OutageParser::parseIds(tree, outages);
        if (!parsed.error.isEmpty())
            return QStringLiteral("scenario \"%1\": %2").arg(name, parsed.error);
        const ScenarioEvaluator evaluator(tree);
        ReportScenario s;
        s.id = id;
        s.name = name;
        s.outages = outages;
        for (int event : parsed.events)
            s.outageLabels.append(tree.events[size_t(event)].label);
        s.duration = duration ? OutageParser::formatDuration(*duration) : QStringLiteral("until every timer runs out");
        const std::vector<bool> failed = evaluator.failedTops(parsed.events);
        s.servicePopulationPairs = int(tree.tops.size());
        QSet<QString> affected;
        for (size_t top = 0; top < tree.tops.size(); ++top) {
            if (!failed[top])
                continue;
            const FaultTree::TopEvent& t = tree.tops[top];
            const Service* service = m_services.value(t.serviceId);
            s.failures.push_back({ t.serviceId, service ? displayName(*service) : t.serviceId,
                m_populationNames.value(t.populationId, QStringLiteral("everyone")),
                evaluator.explain(int(top), parsed.events).toText() });
            affected.insert(t.serviceId);
        }
        s.affectedElements = QStringList(affected.begin(), affected.end());
        s.affectedElements.sort();
        data.scenarios.push_back(s);
        return {};
    }

    void independence(ReportData& data) const
    {
        for (const IndependenceReport::ZoneReport& z : IndependenceReport::build(m_model)) {
            ReportZoneIndependence zone { z.zoneId, z.domain, z.authorities, {} };
            for (const IndependenceReport::SharedDomain& d : z.shared)
                zone.shared.push_back({ d.id, d.kind, d.authorities, d.commonMode });
            data.independence.push_back(zone);
        }
    }

    // Ties findings to NIST CSF 2.0 and SP 800-207, through the model's control_mapping where
    // it has an entry for the kind and Nameplan's defaults otherwise (ControlCatalogue).
    void controls(ReportData& data) const
    {
        std::array<ControlCatalogue::Mapping, findingKindCount> mappings;
        for (FindingKind kind : allFindingKinds) {
            const ControlCatalogue::Mapping m = ControlCatalogue::effective(m_model, kind);
            mappings[size_t(kind)] = m;
            data.controlMapping.push_back(
                { findingKindId(kind), findingKindTitle(kind), m.controls, m.note, m.fromModel });
        }
        const auto add = [&](FindingKind kind, const QString& finding, const QString& severity) {
            const ControlCatalogue::Mapping& m = mappings[size_t(kind)];
            data.controls.push_back({ finding, severity, m.controls, findingKindId(kind), m.fromModel });
        };
        for (qsizetype i = 0; i < data.spofs.size(); ++i)
            add(FindingKind::SinglePointOfFailure,
                QStringLiteral("%1 is a single point of failure of critical or high services").arg(data.spofLabels[i]),
                QStringLiteral("high"));
        for (const ReportZoneIndependence& z : data.independence) {
            for (const ReportSharedDomain& d : z.shared) {
                if (d.commonMode && z.authorities.size() >= 2)
                    add(FindingKind::CommonMode,
                        QStringLiteral("every authority of %1 shares %2 (%3)").arg(z.domain, d.id, d.kind),
                        QStringLiteral("medium"));
            }
        }
        for (const Zone& z : m_model.zones) {
            if (!z.signer.isEmpty())
                add(FindingKind::DnssecSigned,
                    QStringLiteral("%1 is DNSSEC-signed: answers stay authentic during failover while signatures are "
                                   "valid")
                        .arg(z.domain),
                    QStringLiteral("info"));
        }
        for (const ReportScenario& s : data.scenarios) {
            if (!s.failures.empty())
                add(FindingKind::ScenarioFailure,
                    QStringLiteral("scenario \"%1\" fails %2 service/population pairs")
                        .arg(s.name)
                        .arg(s.failures.size()),
                    QStringLiteral("medium"));
        }
    }

private:
    const Model& m_model;
    const ReportBuilder::Options& m_options;
    FaultTree m_tree;
    QHash<QString, const Service*> m_services;
    QHash<QString, QString> m_populationNames;
};

} // namespace

ReportData ReportBuilder::build(const Model& model, const QByteArray& fileBytes, const QString& modelFile,
    const Options& options, ProgressSink& progress, QString* error)
{
    ReportData data;
    data.title = model.title;
    data.author = model.author;
    data.description = model.description;
    data.modelFile = modelFile;
    data.modelSha256 = QString::fromLatin1(QCryptographicHash::hash(fileBytes, QCryptographicHash::Sha256).toHex());
    data.nameplanVersion = QStringLiteral(NAMEPLAN_VERSION);
    data.generatedAt = QDateTime::currentDateTimeUtc();
    data.pageSize = options.pageSize;

    Builder builder(model, options);
    builder.summary(data, progress);
    QString problem;
    if (!options.outages.isEmpty())
        problem = builder.scenario(
            data, QStringLiteral("requested"), QStringLiteral("Requested outage"), options.outages, options.duration);
    for (const Scenario& s : model.scenarios) {
        const QString why = builder.scenario(data, s.id, displayName(s), s.outages, s.duration);
        if (problem.isEmpty())
            problem = why;
    }
    builder.independence(data);
    builder.controls(data);
    if (error)
        *error = problem;
    return data;
}

} // namespace nameplan
