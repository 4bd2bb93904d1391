// SPDX-License-Identifier: GPL-3.0-or-later
#include "examplemodels.h"
#include "faulttreebuilder.h"
#include "outageparser.h"
#include "scenariocomparison.h"
#include "scenarioevaluator.h"

#include <QTest>

using namespace nameplan;

namespace {

using Verdicts = QHash<QPair<QString, QString>, bool>; // (service, population) -> fails

// What the engine says for every (service, population) under the outage, straight from
// ScenarioEvaluator.
Verdicts engineVerdicts(const Model& model, const ScenarioComparison::Side& side)
{
    const FaultTree tree = FaultTreeBuilder::build(model, side.duration);
    const OutageParser::Outages outages = OutageParser::parseIds(tree, side.outages);
    const std::vector<bool> failed = ScenarioEvaluator(tree).failedTops(outages.events);
    Verdicts verdicts;
    for (size_t top = 0; top < tree.tops.size(); ++top)
        verdicts.insert({ tree.tops[top].serviceId, tree.tops[top].populationId }, failed[top]);
    return verdicts;
}

const Scenario& scenario(const Model& model, const QString& id)
{
    return *std::find_if(model.scenarios.begin(), model.scenarios.end(), [&](const Scenario& s) { return s.id == id; });
}

} // namespace

class TestScenarioComparison : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shieldcoVersusEuWestMatchesEngine();
    void differingRowsComeFirst();
    void explanationsNameTheCause();
    void sameScenarioDiffersNowhere();
    void durationAloneCanDiffer();
};

void TestScenarioComparison::shieldcoVersusEuWestMatchesEngine()
{
    const Model model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    QVERIFY(!model.services.empty());
    const auto a = ScenarioComparison::sideOf(scenario(model, QStringLiteral("s-shieldco")));
    const auto b = ScenarioComparison::sideOf(scenario(model, QStringLiteral("s-eu-west")));
    QCOMPARE(a.label, QStringLiteral("DDoS vendor outage"));
    const ScenarioComparison comparison(model, a, b);
    const Verdicts underA = engineVerdicts(model, a);
    const Verdicts underB = engineVerdicts(model, b);
    QCOMPARE(int(comparison.rows().size()), int(underA.size()));
    int differing = 0;
    for (const ScenarioComparison::Row& row : comparison.rows()) {
        const QPair<QString, QString> key { row.serviceId, row.populationId };
        QVERIFY2(underA.contains(key), qPrintable(row.serviceId));
        QCOMPARE(row.failsUnderA, underA.value(key));
        QCOMPARE(row.failsUnderB, underB.value(key));
        differing += underA.value(key) != underB.value(key);
    }
    QCOMPARE(comparison.differingCount(), differing);
    // The planted shared dependency takes the identity services down; losing eu-west does not.
    QVERIFY(differing > 0);
    const auto sso = std::find_if(comparison.rows().begin(), comparison.rows().end(),
        [](const ScenarioComparison::Row& row) { return row.serviceId == QStringLiteral("sso"); });
    QVERIFY(sso != comparison.rows().end());
    QVERIFY(sso->failsUnderA);
    QCOMPARE(sso->change(), ScenarioComparison::Change::FailsOnlyUnderA);
}

void TestScenarioComparison::differingRowsComeFirst()
{
    const Model model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    const ScenarioComparison comparison(model, { QStringLiteral("A"), { QStringLiteral("shieldco") }, std::nullopt },
        { QStringLiteral("B"), { QStringLiteral("eu-west") }, std::nullopt });
    const auto& rows = comparison.rows();
    const int differing = comparison.differingCount();
    for (int i = 0; i < int(rows.size()); ++i)
        QCOMPARE(rows[size_t(i)].change() != ScenarioComparison::Change::Same, i < differing);
    // Within each group the model's service order is kept.
    QStringList order;
    for (const Service& service : model.services)
        order.append(service.id);
    for (int i = 1; i < int(rows.size()); ++i) {
        if (i != differing)
            QVERIFY(order.indexOf(rows[size_t(i - 1)].serviceId) <= order.indexOf(rows[size_t(i)].serviceId));
    }
}

void TestScenarioComparison::explanationsNameTheCause()
{
    const Model model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    const ScenarioComparison comparison(model, { QStringLiteral("A"), { QStringLiteral("shieldco") }, std::nullopt },
        { QStringLiteral("B"), { QStringLiteral("eu-west") }, std::nullopt });
    for (int i = 0; i < int(comparison.rows().size()); ++i) {
        const ScenarioComparison::Row& row = comparison.rows()[size_t(i)];
        const QString whyA = comparison.explanation(i, ScenarioComparison::Which::A);
        const QString whyB = comparison.explanation(i, ScenarioComparison::Which::B);
        QCOMPARE(whyA.isEmpty(), !row.failsUnderA);
        QCOMPARE(whyB.isEmpty(), !row.failsUnderB);
        if (row.failsUnderA)
            QVERIFY2(whyA.contains(QStringLiteral("shieldco")), qPrintable(whyA));
        if (row.failsUnderB)
            QVERIFY2(whyB.contains(QStringLiteral("eu-west")), qPrintable(whyB));
    }
    QVERIFY(comparison.explanation(-1, ScenarioComparison::Which::A).isEmpty());
    QVERIFY(comparison.explanation(int(comparison.rows().size()), ScenarioComparison::Which::B).isEmpty());
}

void TestScenarioComparison::sameScenarioDiffersNowhere()
{
    const Model model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    const ScenarioComparison::Side side { QStringLiteral("eu-west"), { QStringLiteral("eu-west") }, std::nullopt };
    const ScenarioComparison comparison(model, side, side);
    QVERIFY(!comparison.rows().empty());
    QCOMPARE(comparison.differingCount(), 0);
}

void TestScenarioComparison::durationAloneCanDiffer()
{
    // The same component lost for 3 days and for 3 weeks: timers (SOA expire, signatures)
    // run out only in the longer one, so the engine's verdicts may differ by duration alone.
    const Model model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    const auto a = ScenarioComparison::sideOf(scenario(model, QStringLiteral("s-primary-3d")));
    const auto b = ScenarioComparison::sideOf(scenario(model, QStringLiteral("s-primary-3w")));
    const ScenarioComparison comparison(model, a, b);
    const Verdicts underA = engineVerdicts(model, a);
    const Verdicts underB = engineVerdicts(model, b);
    int differing = 0;
    for (auto it = underA.begin(); it != underA.end(); ++it)
        differing += it.value() != underB.value(it.key());
    QVERIFY2(differing > 0, "the example plants a difference between 3 days and 3 weeks without the primary");
    QCOMPARE(comparison.differingCount(), differing);
    for (int i = 0; i < differing; ++i)
        QCOMPARE(comparison.rows()[size_t(i)].change(), ScenarioComparison::Change::FailsOnlyUnderB);
}

QTEST_GUILESS_MAIN(TestScenarioComparison)
#include "tst_scenariocomparison.moc"
