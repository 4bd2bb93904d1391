// SPDX-License-Identifier: GPL-3.0-or-later
// One test per rule of the outage semantics (issue 3, docs/analysis.md), each on the small
// base estate of analysistestmodels.h changed just enough to isolate the rule.

#include "analysistestmodels.h"
#include "faulttreebuilder.h"
#include "outageparser.h"
#include "scenarioevaluator.h"

#include <QTest>

using namespace nameplan;
using namespace nameplan::testmodels;

namespace {

constexpr qint64 day = 86400;

struct Outcome {
    bool fails = false;
    QString why; // the explanation as one line, or the parse error
};

Outcome run(const Model& model, const QString& outages, std::optional<qint64> duration = std::nullopt, int top = 0)
{
    const FaultTree tree = FaultTreeBuilder::build(model, duration);
    const OutageParser::Outages parsed = OutageParser::parseIds(tree, { outages });
    if (!parsed.error.isEmpty())
        return { true, parsed.error };
    const ScenarioEvaluator evaluator(tree);
    return { evaluator.failedTops(parsed.events)[size_t(top)], evaluator.explain(top, parsed.events).toText() };
}

Authority& authorityOf(Model& model, const QString& id)
{
    for (Authority& a : model.authorities) {
        if (a.id == id)
            return a;
    }
    qFatal("no authority");
}

} // namespace

class TestAnalysisRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nothingOutWorks()
    {
        const Outcome o = run(base(), QString());
        QVERIFY(!o.fails);
        QCOMPARE(o.why, QStringLiteral("works"));
    }

    void soaExpireAgainstDuration()
    {
        // The hidden primary is lost: secondaries serve until SOA EXPIRE (7 d) runs out.
        QVERIFY(!run(base(), QStringLiteral("hp"), 3 * day).fails);
        QVERIFY(!run(base(), QStringLiteral("hp"), 7 * day).fails);
        const Outcome o = run(base(), QStringLiteral("hp"), 9 * day);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("a1 data expired (transfer source lost 9 d > SOA expire 7 d)")),
            qPrintable(o.why));
        QVERIFY2(o.why.contains(QStringLiteral("hp down")), qPrintable(o.why));
        QVERIFY(run(base(), QStringLiteral("hp")).fails); // unbounded: every timer runs out
        Model unset = base();
        unset.zones[0].soaExpire.reset();
        QVERIFY(!run(unset, QStringLiteral("hp"), 300 * day).fails);
        QVERIFY(run(unset, QStringLiteral("hp")).fails);
    }

    void transferChainThroughControlPlane()
    {
        // Both secondaries' providers lose their control planes: no transfers.
        QVERIFY(!run(base(), QStringLiteral("p2:control"), 10 * day).fails);
        QVERIFY(run(base(), QStringLiteral("p1:control,p2:control"), 10 * day).fails);
        QVERIFY(!run(base(), QStringLiteral("p1:control,p2:control"), 6 * day).fails);
        // A chain: a2 transfers from a1; a1 losing its source takes a2's data too.
        Model chain = base();
        authorityOf(chain, QStringLiteral("a2")).transferFrom = QStringLiteral("a1");
        QVERIFY(run(chain, QStringLiteral("p1:control"), 10 * day).fails);
        QVERIFY(!run(chain, QStringLiteral("p1:control"), 5 * day).fails);
    }

    void signatureValidityAgainstDuration()
    {
        QVERIFY(!run(base(), QStringLiteral("sig"), 10 * day).fails);
        const Outcome o = run(base(), QStringLiteral("sig"), 15 * day);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("zone example.com bogus (signer lost 15 d > signature validity 14 d)")),
            qPrintable(o.why));
        // The signer's provider control plane re-signs too.
        QVERIFY(run(base(), QStringLiteral("p1:control"), 15 * day).fails);
        Model unsigned_ = base();
        unsigned_.zones[0].signer.clear();
        QVERIFY(!run(unsigned_, QStringLiteral("sig")).fails);
        Model unset = base();
        unset.zones[0].signatureValidity.reset();
        QVERIFY(!run(unset, QStringLiteral("sig"), 300 * day).fails);
        QVERIFY(run(unset, QStringLiteral("sig")).fails);
    }

    void anycastUpWhileAnySiteIsUp()
    {
        Model m = base();
        Authority& a1 = authorityOf(m, QStringLiteral("a1"));
        a1.regions = { QStringLiteral("eu-west"), QStringLiteral("us-east") };
        a1.paths = { QStringLiteral("t1"), QStringLiteral("t2") };
        QVERIFY(!run(m, QStringLiteral("a2,eu-west"), 1).fails);
        const Outcome o = run(m, QStringLiteral("a2,eu-west,us-east"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("every site region of a1 out")), qPrintable(o.why));
    }

    void regionNesting()
    {
        const Outcome o = run(base(), QStringLiteral("a2,europe"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("a1 down → region eu-west out (region europe out)")), qPrintable(o.why));
        QVERIFY(run(base(), QStringLiteral("a1,us-east"), 1).fails);
        QVERIFY(!run(base(), QStringLiteral("europe"), 1).fails);
    }

    void providerServingAndControlPlanes()
    {
        QVERIFY(!run(base(), QStringLiteral("p2:serving"), 1).fails);
        const Outcome o = run(base(), QStringLiteral("p1:serving,p2:serving"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("a2 down (provider p2 serving plane out)")), qPrintable(o.why));
        // Control planes do not stop serving for a short outage.
        QVERIFY(!run(base(), QStringLiteral("p1:control,p2:control"), 1).fails);
        // A provider id alone is both planes.
        QVERIFY(run(base(), QStringLiteral("p1,p2"), 1).fails);
        QVERIFY(!run(base(), QStringLiteral("p2"), 1).fails);
    }

    void pathsBothSidesList()
    {
        QVERIFY(!run(base(), QStringLiteral("t1"), 1).fails);
        const Outcome o = run(base(), QStringLiteral("t1,t2"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("a1 unreachable (path t1 out)")), qPrintable(o.why));
        // A path is down when a region it runs through is out.
        QVERIFY(run(base(), QStringLiteral("t1,us-east"), 1).fails);
        Model noPaths = base();
        noPaths.populations[0].paths.clear(); // not constrained by paths
        QVERIFY(!run(noPaths, QStringLiteral("t1,t2"), 1).fails);
        Model disjoint = base();
        disjoint.populations[0].paths = { QStringLiteral("t1") };
        authorityOf(disjoint, QStringLiteral("a1")).paths = { QStringLiteral("t2") };
        const Outcome never = run(disjoint, QString(), 1);
        QVERIFY(never.fails);
        QVERIFY2(never.why.contains(QStringLiteral("no common path")), qPrintable(never.why));
    }

    void outOfBailiwickNameServers()
    {
        // other.net is served by a3 whose name lives in example.com: example.com failing takes
        // other.net with it.
        Model m = base();
        m.authorities.push_back(authority(QStringLiteral("a3"), QStringLiteral("ns3.example.com"), QStringLiteral("p2"),
            { QStringLiteral("us-east") }, {}, QStringLiteral("knot"), QStringLiteral("primary")));
        m.zones.push_back(zone(QStringLiteral("z2"), QStringLiteral("other.net"), { QStringLiteral("a3") }));
        m.names.push_back(name(QStringLiteral("api"), QStringLiteral("api.other.net")));
        m.services[0].names = { QStringLiteral("api") };
        QVERIFY(!run(m, QStringLiteral("a1"), 1).fails);
        const Outcome o = run(m, QStringLiteral("a1,a2"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("ns3.example.com (name of a3) does not resolve")), qPrintable(o.why));
    }

    void nameServerCycleWithoutGlue()
    {
        // example.com's servers are named in other.net and the other way round: no glue, so
        // neither zone can ever be resolved (least fixed point).
        Model m = base();
        authorityOf(m, QStringLiteral("a1")).hostname = QStringLiteral("ns1.other.net");
        authorityOf(m, QStringLiteral("a2")).hostname = QStringLiteral("ns2.other.net");
        m.authorities.push_back(authority(QStringLiteral("a3"), QStringLiteral("ns3.example.com"), QStringLiteral("p2"),
            { QStringLiteral("us-east") }, {}, QStringLiteral("knot"), QStringLiteral("primary")));
        m.zones.push_back(zone(QStringLiteral("z2"), QStringLiteral("other.net"), { QStringLiteral("a3") }));
        const Outcome o = run(m, QString());
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("resolve only through itself (no glue)")), qPrintable(o.why));

        // One glued server breaks the cycle: other.net then depends on a2 alone.
        authorityOf(m, QStringLiteral("a2")).hostname = QStringLiteral("ns2.example.com");
        m.names.push_back(name(QStringLiteral("api"), QStringLiteral("api.other.net")));
        Service api;
        api.id = QStringLiteral("api-svc");
        api.names = { QStringLiteral("api") };
        m.services.push_back(api);
        QVERIFY(!run(m, QString()).fails);
        QVERIFY(!run(m, QString(), std::nullopt, 1).fails);
        QVERIFY(!run(m, QStringLiteral("a1"), 1, 1).fails);
        QVERIFY(run(m, QStringLiteral("a2"), 1, 1).fails);
        QVERIFY(run(m, QStringLiteral("a2"), 1, 0).fails);
    }

    void cnameChainAndLoop()
    {
        Model m = base();
        m.authorities.push_back(authority(QStringLiteral("a3"), QStringLiteral("ns3.cdn.net"), QStringLiteral("p2"),
            { QStringLiteral("us-east") }, {}, QStringLiteral("knot"), QStringLiteral("primary")));
        m.zones.push_back(zone(QStringLiteral("z2"), QStringLiteral("cdn.net"), { QStringLiteral("a3") }));
        m.names.push_back(name(QStringLiteral("edge"), QStringLiteral("edge.cdn.net")));
        m.names[0].cname = QStringLiteral("edge");
        const Outcome o = run(m, QStringLiteral("a3"), 1);
        QVERIFY(o.fails);
        QVERIFY2(
            o.why.contains(QStringLiteral("www.example.com/A → edge.cdn.net/A → zone cdn.net")), qPrintable(o.why));
        QVERIFY(!run(m, QStringLiteral("a1"), 1).fails);

        m.names[1].cname = QStringLiteral("www"); // www -> edge -> www
        const Outcome loop = run(m, QString());
        QVERIFY(loop.fails);
        QVERIFY2(loop.why.contains(QStringLiteral("CNAME loop")), qPrintable(loop.why));
    }

    void resolversAtLeastOneUp()
    {
        Model m = base();
        Resolver r1;
        r1.id = QStringLiteral("r1");
        r1.regions = { QStringLiteral("eu-west") };
        Resolver r2;
        r2.id = QStringLiteral("r2");
        r2.provider = QStringLiteral("p2");
        m.resolvers = { r1, r2 };
        m.populations[0].resolvers = { QStringLiteral("r1"), QStringLiteral("r2") };
        QVERIFY(!run(m, QStringLiteral("r1"), 1).fails);
        QVERIFY(!run(m, QStringLiteral("p2:serving"), 1).fails);
        const Outcome o = run(m, QStringLiteral("eu-west,p2:serving"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("no resolver of Staff up")), qPrintable(o.why));
        QVERIFY(run(m, QStringLiteral("r1,r2"), 1).fails);
    }

    void sharedDependencies()
    {
        Model m = base();
        authorityOf(m, QStringLiteral("a1")).dependencies = { QStringLiteral("dep1") };
        QVERIFY(!run(m, QStringLiteral("dep1"), 1).fails);
        m.providers[1].dependencies = { QStringLiteral("dep1") }; // p2's planes live on dep1 too
        const Outcome o = run(m, QStringLiteral("dep1"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("dependency dep1 out")), qPrintable(o.why));
        Model zoneDep = base();
        zoneDep.zones[0].dependencies = { QStringLiteral("dep1") };
        QVERIFY(run(zoneDep, QStringLiteral("dep1"), 1).fails);
        Model serviceDep = base();
        serviceDep.services[0].dependencies = { QStringLiteral("dep1") };
        QVERIFY(run(serviceDep, QStringLiteral("dep1"), 1).fails);
    }

    void softwareImplementations()
    {
        QVERIFY(!run(base(), QStringLiteral("software:nsd"), 1).fails);
        Model mono = base();
        authorityOf(mono, QStringLiteral("a2")).software = QStringLiteral("nsd");
        const Outcome o = run(mono, QStringLiteral("software:nsd"), 1);
        QVERIFY(o.fails);
        QVERIFY2(o.why.contains(QStringLiteral("software nsd out")), qPrintable(o.why));
    }

    void serviceDependencies()
    {
        Model m = base();
        m.names.push_back(name(QStringLiteral("api"), QStringLiteral("api.example.com")));
        Service api;
        api.id = QStringLiteral("api-svc");
        api.names = { QStringLiteral("api") };
        api.services = { QStringLiteral("web") };
        api.populations = { QStringLiteral("pop") };
        m.services.push_back(api);
        QVERIFY(run(m, QStringLiteral("a1,a2"), 1, 1).fails);
        m.services[0].services = { QStringLiteral("api-svc") }; // web <-> api: a cycle never works
        QVERIFY(run(m, QString(), std::nullopt, 0).fails);
    }

    void populationRegionAloneDoesNotFailServices()
    {
        QVERIFY(!run(base(), QStringLiteral("europe"), 1).fails); // pop lives in us-east, a2 there
        Model m = base();
        m.populations[0].region = QStringLiteral("eu-west");
        QVERIFY(!run(m, QStringLiteral("eu-west"), 1).fails);
    }

    void outageIdsAndDurations()
    {
        const FaultTree tree = FaultTreeBuilder::build(base(), std::nullopt);
        const OutageParser::Outages bad = OutageParser::parseIds(tree, { QStringLiteral("a1,nope") });
        QVERIFY(bad.events.empty());
        QVERIFY2(bad.error.contains(QStringLiteral("\"nope\"")), qPrintable(bad.error));
        QVERIFY(!OutageParser::parseIds(tree, { QStringLiteral("z") }).error.isEmpty()); // a zone is no outage
        QCOMPARE(OutageParser::parseIds(tree, { QStringLiteral("p1"), QStringLiteral(" a1 , a1") }).events.size(),
            size_t(3));

        QString error;
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("3d"), &error), std::optional<qint64>(3 * day));
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("12h"), &error), std::optional<qint64>(12 * 3600));
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("90m"), &error), std::optional<qint64>(90 * 60));
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("2w"), &error), std::optional<qint64>(14 * day));
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("3600s"), &error), std::optional<qint64>(3600));
        QCOMPARE(OutageParser::parseDuration(QStringLiteral("3600"), &error), std::optional<qint64>(3600));
        QVERIFY(error.isEmpty());
        for (const char* badText : { "", "d", "-3d", "3x", "1.5d", "99999999999999999999" }) {
            error.clear();
            QVERIFY2(!OutageParser::parseDuration(QString::fromUtf8(badText), &error), badText);
            QVERIFY(error.contains(QStringLiteral("invalid duration")));
        }
        QCOMPARE(OutageParser::formatDuration(9 * day), QStringLiteral("9 d"));
        QCOMPARE(OutageParser::formatDuration(36 * 3600), QStringLiteral("1.5 d"));
        QCOMPARE(OutageParser::formatDuration(90 * 60), QStringLiteral("1.5 h"));
        QCOMPARE(OutageParser::formatDuration(45), QStringLiteral("45 s"));
    }

    void treeIsTopologicalAndShared()
    {
        Model m = base();
        m.names.push_back(name(QStringLiteral("api"), QStringLiteral("api.example.com")));
        m.services[0].names.append(QStringLiteral("api"));
        const FaultTree tree = FaultTreeBuilder::build(m, std::nullopt);
        QSet<QString> ids;
        for (int g = 0; g < int(tree.gates.size()); ++g) {
            QVERIFY(!ids.contains(tree.gates[size_t(g)].id));
            ids.insert(tree.gates[size_t(g)].id);
            for (const FaultTree::NodeRef& input : tree.gates[size_t(g)].inputs)
                QVERIFY(input.kind != FaultTree::NodeKind::Gate || input.index < g);
        }
        int zoneGates = 0;
        for (const FaultTree::Gate& gate : tree.gates)
            zoneGates += gate.label == QStringLiteral("zone example.com") ? 1 : 0;
        QCOMPARE(zoneGates, 1); // one per population, shared by both names
        QStringList events;
        for (const FaultTree::BasicEvent& event : tree.events)
            events.append(event.id);
        QCOMPARE(events.join(u' '),
            QStringLiteral("europe eu-west us-east p1:serving p1:control p2:serving p2:control t1 t2 dep1 sig hp a1 a2 "
                           "software:bind software:nsd software:knot"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRules)
#include "tst_analysisrules.moc"
