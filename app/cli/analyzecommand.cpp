// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzecommand.h"

#include "combinationsearch.h"
#include "consoleoutput.h"
#include "countednoun.h"
#include "cutsetfinder.h"
#include "faulttreebuilder.h"
#include "idindex.h"
#include "independencereport.h"
#include "modelfile.h"
#include "outageoptions.h"
#include "outageparser.h"
#include "probabilityanalysis.h"
#include "scenarioevaluator.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nameplan {

namespace {

struct Analysis {
    QString file;
    const Model& model;
    QByteArray bytes;
    std::optional<qint64> duration;
    FaultTree tree;
    std::vector<IndependenceReport::ZoneReport> independence;
    std::vector<int> outages;
    std::vector<bool> failed;
    CombinationSearch::Result search;
    CutSetFinder::Result cuts; // empty families when the work budget ran out
    std::vector<ProbabilityAnalysis::TopResult> probability;
};

QString displayName(const Model& model, const IdIndex& index, const QString& id)
{
    const IdIndex::Location* location = index.find(id);
    if (!location)
        return id;
    const ElementBase& element = model.element(location->kind, location->row);
    return element.name.isEmpty() ? element.id : element.name;
}

QStringList eventIds(const FaultTree& tree, const std::vector<int>& events)
{
    QStringList ids;
    for (int e : events)
        ids.append(tree.events[size_t(e)].id);
    return ids;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Exact unavailability and, per component the top event depends on, the importance measures.
void insertProbability(const Analysis& a, const ProbabilityAnalysis::TopResult& p, QJsonObject& o)
{
    o.insert(QStringLiteral("unavailability"), p.unavailability);
    QJsonArray importance;
    for (const ProbabilityAnalysis::Importance& i : p.importance) {
        importance.append(QJsonObject { { QStringLiteral("component"), a.tree.events[size_t(i.event)].id },
            { QStringLiteral("birnbaum"), i.birnbaum }, { QStringLiteral("fussell_vesely"), i.fussellVesely },
            { QStringLiteral("raw"), optionalNumber(i.riskAchievementWorth) },
            { QStringLiteral("rrw"), optionalNumber(i.riskReductionWorth) } });
    }
    o.insert(QStringLiteral("importance"), importance);
    o.insert(QStringLiteral("components_without_data"), toArray(eventIds(a.tree, p.eventsWithoutData)));
}

QJsonObject topJson(const Analysis& a, const ScenarioEvaluator& evaluator, const IdIndex& index, int t)
{
    const FaultTree::TopEvent& top = a.tree.tops[size_t(t)];
    QJsonObject o { { QStringLiteral("service"), top.serviceId },
        { QStringLiteral("service_name"), displayName(a.model, index, top.serviceId) },
        { QStringLiteral("population"), top.populationId.isEmpty() ? QJsonValue() : QJsonValue(top.populationId) },
        { QStringLiteral("works"), !a.failed[size_t(t)] },
        { QStringLiteral("single_points_of_failure"), toArray(eventIds(a.tree, a.search.spofsPerTop[size_t(t)])) } };
    if (a.failed[size_t(t)]) {
        const ExplanationNode why = evaluator.explain(t, a.outages);
        o.insert(QStringLiteral("explanation"), why.toJson());
        o.insert(QStringLiteral("explanation_text"), why.toText());
    } else {
        o.insert(QStringLiteral("explanation"), QJsonValue());
    }
    if (a.cuts.status == CutSetFinder::Status::Done) {
        const CutSetFinder::Family& family = a.cuts.families[size_t(t)];
        QJsonArray sets;
        for (const CutSetFinder::CutSet& set : family.cutSets)
            sets.append(toArray(eventIds(a.tree, set)));
        o.insert(QStringLiteral("minimal_cut_sets"), sets);
        o.insert(QStringLiteral("minimal_cut_sets_complete"), !family.truncated);
    }
    if (size_t(t) < a.probability.size())
        insertProbability(a, a.probability[size_t(t)], o);
    const int smallest = a.search.smallestCut[size_t(t)];
    o.insert(QStringLiteral("smallest_cut_size"), smallest < 0 ? QJsonValue() : QJsonValue(smallest));
    o.insert(QStringLiteral("smallest_cut"), toArray(eventIds(a.tree, a.search.smallestCutExample[size_t(t)])));
    return o;
}

QJsonArray independenceJson(const Analysis& a)
{
    QJsonArray zones;
    for (const IndependenceReport::ZoneReport& zone : a.independence) {
        QJsonArray common;
        QJsonArray majority;
        for (const IndependenceReport::SharedDomain& d : zone.shared) {
            (d.commonMode ? common : majority)
                .append(QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("kind"), d.kind },
                    { QStringLiteral("authorities"), toArray(d.authorities) } });
        }
        zones.append(QJsonObject { { QStringLiteral("zone"), zone.zoneId }, { QStringLiteral("domain"), zone.domain },
            { QStringLiteral("authorities"), toArray(zone.authorities) }, { QStringLiteral("common_modes"), common },
            { QStringLiteral("majority"), majority } });
    }
    return zones;
}

QJsonObject toJson(const Analysis& a)
{
    const IdIndex index(a.model);
    const ScenarioEvaluator evaluator(a.tree);
    QJsonArray results;
    for (int t = 0; t < int(a.tree.tops.size()); ++t)
        results.append(topJson(a, evaluator, index, t));
    QJsonArray survival;
    for (int k = 0; k < int(a.search.failedTopHistogram.size()); ++k) {
        qint64 combinations = 0;
        for (qint64 count : a.search.failedTopHistogram[size_t(k)])
            combinations += count;
        survival.append(
            QJsonObject { { QStringLiteral("order"), k }, { QStringLiteral("combinations"), double(combinations) },
                { QStringLiteral("surviving_fraction"), a.search.survival(k) } });
    }
    return { { QStringLiteral("model"), a.file },
        { QStringLiteral("model_sha256"),
            QString::fromLatin1(QCryptographicHash::hash(a.bytes, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("title"), a.model.title },
        { QStringLiteral("duration_seconds"), a.duration ? QJsonValue(double(*a.duration)) : QJsonValue() },
        { QStringLiteral("outages"), toArray(eventIds(a.tree, a.outages)) },
        { QStringLiteral("max_order"), a.search.maxOrder }, { QStringLiteral("results"), results },
        { QStringLiteral("single_points_of_failure"), toArray(eventIds(a.tree, a.search.spofs)) },
        { QStringLiteral("survival"), survival }, { QStringLiteral("independence"), independenceJson(a) } };
}

QString topName(const Analysis& a, const IdIndex& index, const FaultTree::TopEvent& top)
{
    const QString service = displayName(a.model, index, top.serviceId);
    return top.populationId.isEmpty()
        ? service
        : QStringLiteral("%1 for %2").arg(service, displayName(a.model, index, top.populationId));
}

void printText(const Analysis& a)
{
    const IdIndex index(a.model);
    const ScenarioEvaluator evaluator(a.tree);
    const QString lasting = a.duration ? QStringLiteral(" for %1").arg(OutageParser::formatDuration(*a.duration))
                                       : QStringLiteral(" until every timer runs out");
    ConsoleOutput::out(QStringLiteral("%1: %2").arg(a.file, a.model.title));
    ConsoleOutput::out(a.outages.empty()
            ? QStringLiteral("\nNo outage: every component up.")
            : QStringLiteral("\nOutage: %1%2").arg(eventIds(a.tree, a.outages).join(QStringLiteral(", ")), lasting));
    for (int t = 0; t < int(a.tree.tops.size()); ++t) {
        const FaultTree::TopEvent& top = a.tree.tops[size_t(t)];
        ConsoleOutput::out(a.failed[size_t(t)] ? QStringLiteral("  FAILS  ") + evaluator.explain(t, a.outages).toText()
                                               : QStringLiteral("  works  ") + topName(a, index, top));
    }
    ConsoleOutput::out(QStringLiteral("\nSingle points of failure (one outage%1 fails a service):").arg(lasting));
    if (a.search.spofs.empty())
        ConsoleOutput::out(QStringLiteral("  none"));
    for (int e : a.search.spofs) {
        QStringList hit;
        for (size_t t = 0; t < a.tree.tops.size(); ++t) {
            const std::vector<int>& spofs = a.search.spofsPerTop[t];
            if (std::find(spofs.begin(), spofs.end(), e) != spofs.end())
                hit.append(topName(a, index, a.tree.tops[t]));
        }
        const QString what = hit.size() == qsizetype(a.tree.tops.size())
            ? QStringLiteral("every service for every population")
            : hit.join(QStringLiteral(", "));
        ConsoleOutput::out(QStringLiteral("  %1: %2").arg(a.tree.events[size_t(e)].id, what));
    }
    ConsoleOutput::out(
        QStringLiteral("\nSmallest failing combination per service (up to %1 outages):").arg(a.search.maxOrder));
    for (size_t t = 0; t < a.tree.tops.size(); ++t) {
        const int k = a.search.smallestCut[t];
        ConsoleOutput::out(
            QStringLiteral("  %1: %2")
                .arg(topName(a, index, a.tree.tops[t]),
                    k < 0 ? QStringLiteral("more than %1").arg(a.search.maxOrder)
                          : QStringLiteral("%1 (%2)").arg(k).arg(
                              eventIds(a.tree, a.search.smallestCutExample[t]).join(QStringLiteral(" + ")))));
    }
    ConsoleOutput::out(QStringLiteral("\nSurvival (mean share of services working):"));
    for (int k = 1; k < int(a.search.failedTopHistogram.size()); ++k)
        ConsoleOutput::out(QStringLiteral("  %1: %2 %")
                               .arg(countedNoun(k, QStringLiteral("simultaneous outage")))
                               .arg(100.0 * a.search.survival(k), 0, 'f', 1));
    ConsoleOutput::out(QStringLiteral("\nFailure domains shared by all authorities of a zone (common modes):"));
    for (const IndependenceReport::ZoneReport& zone : a.independence) {
        QStringList common;
        for (const IndependenceReport::SharedDomain& d : zone.shared) {
            if (d.commonMode)
                common.append(QStringLiteral("%1 (%2)").arg(d.id, d.kind));
        }
        ConsoleOutput::out(
            QStringLiteral("  %1: %2")
                .arg(zone.domain, common.isEmpty() ? QStringLiteral("none") : common.join(QStringLiteral(", "))));
    }
}

} // namespace

int AnalyzeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("What fails under an outage, and why; single points of failure."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("analyze"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Model file (*.nameplan.json)."));
    OutageOptions outage(OutageOptions::Outage | OutageOptions::Duration | OutageOptions::MaxOrder);
    outage.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    parser.addOption(json);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        ConsoleOutput::err(QStringLiteral("nameplan analyze: name exactly one model file"));
        return 2;
    }
    if (const QString error = outage.read(parser); !error.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan analyze: ") + error);
        return 2;
    }
    const std::optional<qint64> seconds = outage.durationSeconds;
    const ModelFile::LoadResult loaded = ModelFile::load(positional.front());
    ConsoleOutput::problems(positional.front(), loaded.problems);
    if (!loaded.usable())
        return 1;
    Analysis a { positional.front(), loaded.model, loaded.bytes, seconds,
        FaultTreeBuilder::build(loaded.model, seconds), IndependenceReport::build(loaded.model), {}, {}, {}, {}, {} };
    const OutageParser::Outages outages = OutageParser::parseIds(a.tree, outage.outages);
    if (!outages.error.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan analyze: ") + outages.error);
        return 2;
    }
    a.outages = outages.events;
    a.failed = ScenarioEvaluator(a.tree).failedTops(a.outages);
    NoProgress progress;
    a.search = CombinationSearch::run(a.tree, { {}, outage.maxOrder, 0 }, progress);
    if (parser.isSet(json)) {
        CutSetFinder::Options cutOptions;
        cutOptions.maxOrder = outage.maxOrder;
        a.cuts = CutSetFinder(a.tree, cutOptions).forAllTops(progress);
        a.probability = ProbabilityAnalysis(a.tree).analyzeAll(progress);
    }
    if (parser.isSet(json))
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(toJson(a)).toJson(QJsonDocument::Indented)));
    else
        printText(a);
    return 0;
}

} // namespace nameplan
