// SPDX-License-Identifier: GPL-3.0-or-later
// The fidelity test of issue 7 item 2: a lab of six authorities in three "regions" (one
// loopback /24 each), an NSD primary with Knot and BIND secondaries fed by real AXFR, a signed
// parent zone delegating to a signed child, and a model the test writes from the lab's real
// addresses. For random outage combinations (seeded; the seed is printed, and
// NAMEPLAN_DRILL_SEED repeats it) the test really stops the servers the outage takes down (by
// PID), runs the drill, asserts that the model's prediction matches what the surviving
// servers answer for every critical name, and starts the servers again. Wrong models (an
// authority that does not serve the zone, two authorities that are one server, a CNAME that
// does not exist) must be caught.
#include "drillrunner.h"
#include "modelfile.h"
#include "programrun.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {

const QString parentZone = QStringLiteral("fid.test.");
const QString childZone = QStringLiteral("app.fid.test.");

// Lab truth: where each server lives and what it runs. The model is written from this, and
// the test decides from it (not from the engine) which servers an outage really stops.
struct Node {
    QString id;
    int region = 1; // 1..3: 127.0.<region>.x
    QString provider;
    QString software;
    bool parent = false; // serves fid.test
    bool child = false; // serves app.fid.test
};

const QList<Node> nodes {
    { QStringLiteral("p1"), 1, QStringLiteral("prov-a"), QStringLiteral("nsd"), true, true },
    { QStringLiteral("s1"), 1, QStringLiteral("prov-b"), QStringLiteral("knot"), true, true },
    { QStringLiteral("s2"), 2, QStringLiteral("prov-a"), QStringLiteral("bind"), true, true },
    { QStringLiteral("s3"), 2, QStringLiteral("prov-b"), QStringLiteral("nsd"), true, false },
    { QStringLiteral("s4"), 3, QStringLiteral("prov-a"), QStringLiteral("knot"), true, true },
    { QStringLiteral("s5"), 3, QStringLiteral("prov-b"), QStringLiteral("bind"), false, true },
};

// Paths run through two regions each; an authority reaches the paths of its region.
const QStringList paths { QStringLiteral("t12"), QStringLiteral("t23"), QStringLiteral("t31") };
QStringList pathsOfRegion(int region)
{
    return region == 1 ? QStringList { QStringLiteral("t12"), QStringLiteral("t31") }
        : region == 2  ? QStringList { QStringLiteral("t12"), QStringLiteral("t23") }
                       : QStringList { QStringLiteral("t23"), QStringLiteral("t31") };
}
QStringList regionsOfPath(const QString& path)
{
    const QString digits = path.mid(1);
    return { QStringLiteral("r") + digits[0], QStringLiteral("r") + digits[1] };
}

QString regionId(int region)
{
    return QStringLiteral("r%1").arg(region);
}

QString host(const Node& node)
{
    // Parent-only servers are named in the parent, the others in the child: both in-bailiwick.
    return QStringLiteral("ns-%1.%2").arg(node.id, node.child ? childZone : parentZone);
}

enum class Variant {
    Correct,
    ClaimsNonServing, // the model lists s3, which serves only the parent, for the child too
    SharedServer, // the model's s4 (region 3) is really s1's server in region 1
    PhantomCname, // the model says status.fid.test is a CNAME into the child; it is an A record
};

} // namespace

class DrillTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomOutagesAgree();
    void claimedAuthorityThatDoesNotServe();
    void twoAuthoritiesOneServer();
    void cnameThatDoesNotExist();
    void command();
    void reportWithLive();

private:
    LabModel model(Variant variant) const;
    QString writeModel(Variant variant, const QString& fileName) const;
    DrillResult drill(Variant variant, const QStringList& outages);
    QList<LabServer*> stoppedBy(const QSet<QString>& outages) const;
    bool restart(const QList<LabServer*>& servers);
    QString describe(const DrillResult& result) const;

    TestLab m_lab;
    quint16 m_port = 0;
    QHash<QString, ServerEndpoint> m_endpoints;
    QStringList m_anchors;
};

void DrillTest::initTestCase()
{
    m_port = m_lab.allocate().port;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        m_endpoints.insert(nodes[i].id, { QStringLiteral("127.0.%1.%2").arg(nodes[i].region).arg(10 + i), m_port });

    // The child first: its DS goes into the parent before the parent is signed.
    ZoneFile child(childZone, 2024030101);
    ZoneFile parent(parentZone, 2024030101);
    for (const Node& node : nodes) {
        if (node.child)
            child.addNameServer(host(node), m_endpoints[node.id].address);
        if (node.parent)
            parent.addNameServer(host(node), node.child ? QString() : m_endpoints[node.id].address);
        if (node.child) {
            parent.add(childZone, QStringLiteral("NS"), host(node));
            parent.add(host(node), QStringLiteral("A"), m_endpoints[node.id].address); // glue
        }
    }
    child.add(QStringLiteral("api"), QStringLiteral("A"), QStringLiteral("192.0.2.20"));
    parent.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    parent.add(QStringLiteral("login"), QStringLiteral("CNAME"), QStringLiteral("api.") + childZone);
    parent.add(QStringLiteral("status"), QStringLiteral("A"), QStringLiteral("192.0.2.30"));
    ZoneSigner::Spec spec; // ECDSA P-256, NSEC, valid from an hour ago for 30 days
    const QString keys = m_lab.directory() + QStringLiteral("/keys");
    const ZoneSigner::Result signedChild = ZoneSigner::sign(m_lab.writeZone(child), childZone, keys, spec);
    QVERIFY2(signedChild.ok(), qPrintable(signedChild.error));
    const QString ds = signedChild.dsRecords.trimmed();
    QVERIFY2(ds.contains(QStringLiteral(" DS ")), qPrintable(ds));
    parent.add(childZone, QStringLiteral("DS"), ds.mid(ds.indexOf(QStringLiteral(" DS ")) + 4));
    const ZoneSigner::Result signedParent = ZoneSigner::sign(m_lab.writeZone(parent), parentZone, keys, spec);
    QVERIFY2(signedParent.ok(), qPrintable(signedParent.error));
    m_anchors = signedParent.dsRecords.trimmed().split(QLatin1Char('\n'));

    QList<LabServer*> parentSecondaries;
    QList<LabServer*> childSecondaries;
    LabServer* primary = nullptr;
    for (const Node& node : nodes) {
        LabServer* server = node.software == u"nsd"
            ? static_cast<LabServer*>(m_lab.addNsd(node.id, m_endpoints[node.id]))
            : node.software == u"knot" ? static_cast<LabServer*>(m_lab.addKnot(node.id, m_endpoints[node.id]))
                                       : static_cast<LabServer*>(m_lab.addBind(node.id, m_endpoints[node.id]));
        if (!primary) {
            primary = server;
            continue;
        }
        if (node.parent)
            parentSecondaries.append(server);
        if (node.child)
            childSecondaries.append(server);
    }
    primary->addPrimaryZone(parentZone, signedParent.signedFile);
    primary->addPrimaryZone(childZone, signedChild.signedFile);
    m_lab.replicate(primary, parentZone, parentSecondaries);
    m_lab.replicate(primary, childZone, childSecondaries);
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
    QVERIFY(restart({}));
}

LabModel DrillTest::model(Variant variant) const
{
    const auto list = [](const QStringList& items) { return QJsonArray::fromStringList(items); };
    // The live checks of `report --with-live` walk from p1 (it serves fid.test. itself), never
    // from the IANA roots.
    LabModel model(QStringLiteral("Drill fidelity lab"), m_endpoints[QStringLiteral("p1")]);
    model.setTrustAnchors(m_anchors);
    for (int r = 1; r <= 3; ++r)
        model.addRegion(regionId(r));
    model.addProvider(QStringLiteral("prov-a"));
    model.addProvider(QStringLiteral("prov-b"));
    for (const QString& path : paths)
        model.add(QStringLiteral("paths"),
            QJsonObject { { QStringLiteral("id"), path }, { QStringLiteral("regions"), list(regionsOfPath(path)) } });
    model.add(QStringLiteral("signers"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("signer") },
            { QStringLiteral("provider"), QStringLiteral("prov-a") },
            { QStringLiteral("regions"), list({ QStringLiteral("r1") }) } });
    QStringList parentNs;
    QStringList childNs;
    for (const Node& node : nodes) {
        const QString address = variant == Variant::SharedServer && node.id == u"s4"
            ? m_endpoints[QStringLiteral("s1")].address
            : m_endpoints[node.id].address;
        model.addAuthority(node.id, host(node).chopped(1), address, node.provider, regionId(node.region),
            { { QStringLiteral("paths"), list(pathsOfRegion(node.region)) },
                { QStringLiteral("software"), node.software } });
        if (node.parent)
            parentNs.append(node.id);
        if (node.child || (variant == Variant::ClaimsNonServing && node.id == u"s3"))
            childNs.append(node.id);
    }
    // Both zones: the one signer, the same SOA timers; the child also names its parent.
    QJsonObject zone { { QStringLiteral("signer"), QStringLiteral("signer") }, { QStringLiteral("soa_refresh"), 3600 },
        { QStringLiteral("soa_retry"), 900 }, { QStringLiteral("soa_expire"), 604800 },
        { QStringLiteral("soa_minimum"), 300 }, { QStringLiteral("signature_validity"), 29 * 86400 } };
    model.addZone(QStringLiteral("parent"), QStringLiteral("fid.test"), parentNs, zone);
    zone.insert(QStringLiteral("parent"), QStringLiteral("parent"));
    model.addZone(QStringLiteral("child"), QStringLiteral("app.fid.test"), childNs, zone);
    const auto cname = [](const QString& target) { return QJsonObject { { QStringLiteral("cname"), target } }; };
    model.addName(QStringLiteral("www"), QStringLiteral("www.fid.test"));
    model.addName(QStringLiteral("login"), QStringLiteral("login.fid.test"), cname(QStringLiteral("api")));
    model.addName(QStringLiteral("api"), QStringLiteral("api.app.fid.test"));
    model.addName(QStringLiteral("status"), QStringLiteral("status.fid.test"),
        variant == Variant::PhantomCname ? cname(QStringLiteral("api")) : QJsonObject());
    const QStringList populations { QStringLiteral("pop-a"), QStringLiteral("pop-b") };
    model.addService(QStringLiteral("portal"), { QStringLiteral("www") }, QStringLiteral("critical"), populations);
    model.addService(QStringLiteral("api-gw"), { QStringLiteral("login") }, QStringLiteral("critical"), populations);
    model.addService(QStringLiteral("status-page"), { QStringLiteral("status") },
        variant == Variant::PhantomCname ? QStringLiteral("critical") : QStringLiteral("low"), populations);
    model.addScenario(
        QStringLiteral("lose-r1"), QStringLiteral("Region 1 lost for an hour"), { QStringLiteral("r1") }, 3600);
    model.addPopulation(QStringLiteral("pop-a"), QStringLiteral("r2"), { QStringLiteral("t12") });
    model.addPopulation(
        QStringLiteral("pop-b"), QStringLiteral("r3"), { QStringLiteral("t23"), QStringLiteral("t31") });
    return model;
}

QString DrillTest::writeModel(Variant variant, const QString& fileName) const
{
    return model(variant).write(m_lab.directory() + u'/' + fileName);
}

DrillResult DrillTest::drill(Variant variant, const QStringList& outages)
{
    const ModelFile::LoadResult loaded = ModelFile::parse(model(variant).toJson());
    if (!loaded.usable()) {
        QString problems;
        for (const Problem& problem : loaded.problems)
            problems += problem.path + QStringLiteral(": ") + problem.message + u'\n';
        qWarning("%s", qPrintable(problems));
        return {};
    }
    DrillRunner::Options options;
    options.outages = outages;
    options.durationSeconds = 3600; // shorter than SOA expire and the signatures: no timer runs out
    QString error;
    const std::optional<DrillResult> result = DrillRunner::run(loaded.model, options, &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result.value_or(DrillResult {});
}

QList<LabServer*> DrillTest::stoppedBy(const QSet<QString>& outages) const
{
    QList<LabServer*> stopped;
    for (const Node& node : nodes) {
        if (outages.contains(node.id) || outages.contains(regionId(node.region)) || outages.contains(node.provider)
            || outages.contains(QStringLiteral("software:") + node.software))
            stopped.append(m_lab.server(node.id));
    }
    return stopped;
}

bool DrillTest::restart(const QList<LabServer*>& servers)
{
    for (LabServer* server : servers) {
        if (!server->start(TestLab::defaultStartBound)) {
            qWarning("%s", qPrintable(server->lastError()));
            return false;
        }
    }
    // Every server holds its zones again before the next outage (secondaries transfer anew).
    for (const Node& node : nodes) {
        LabServer* server = m_lab.server(node.id);
        if ((node.parent && !server->waitForSerial(parentZone, 2024030101, 15s))
            || (node.child && !server->waitForSerial(childZone, 2024030101, 15s))) {
            qWarning("%s does not serve its zones", qPrintable(node.id));
            return false;
        }
    }
    return true;
}

QString DrillTest::describe(const DrillResult& result) const
{
    return result.toText();
}

void DrillTest::randomOutagesAgree()
{
    QStringList candidates { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("prov-a"),
        QStringLiteral("prov-b"), QStringLiteral("software:nsd"), QStringLiteral("software:knot"),
        QStringLiteral("software:bind"), QStringLiteral("signer") };
    candidates += paths;
    for (const Node& node : nodes)
        candidates.append(node.id);
    bool seedGiven = false;
    const quint32 seed = qEnvironmentVariableIsSet("NAMEPLAN_DRILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("NAMEPLAN_DRILL_SEED", &seedGiven))
        : QRandomGenerator::system()->generate();
    qInfo("drill seed %u (NAMEPLAN_DRILL_SEED=%u repeats this run)", seed, seed);
    QRandomGenerator random(seed);
    // Two fixed combinations make sure both outcomes occur; then random ones of 1 to 3 outages.
    QList<QStringList> combinations { { QStringLiteral("p1") },
        { QStringLiteral("prov-a"), QStringLiteral("prov-b") } };
    while (combinations.size() < 22) {
        QStringList combination;
        const int size = 1 + int(random.bounded(3));
        while (combination.size() < size) {
            const QString pick = candidates[int(random.bounded(candidates.size()))];
            if (!combination.contains(pick))
                combination.append(pick);
        }
        combinations.append(combination);
    }
    int predictedFailures = 0;
    int predictedResolutions = 0;
    for (const QStringList& combination : std::as_const(combinations)) {
        const QList<LabServer*> stopped = stoppedBy(QSet<QString>(combination.begin(), combination.end()));
        for (LabServer* server : stopped) {
            server->stop(TestLab::defaultStopBound);
            QVERIFY(!server->isRunning());
        }
        const DrillResult result = drill(Variant::Correct, combination);
        const bool serversBack = restart(stopped);
        const QByteArray context
            = (QStringLiteral("seed %1, outage %2\n").arg(seed).arg(combination.join(u',')) + describe(result))
                  .toUtf8();
        QVERIFY2(serversBack, context.constData());
        QCOMPARE(result.names.size(), size_t(4)); // www and login, for both populations
        const auto resolving = std::count_if(result.names.begin(), result.names.end(),
            [](const DrillResult::NameCheck& check) { return check.liveResolves; });
        qInfo("outage %s: %d server(s) stopped, %d of 4 name checks resolve", qPrintable(combination.join(u',')),
            int(stopped.size()), int(resolving));
        QVERIFY2(result.agrees() && result.disagreements.empty(), context.constData());
        for (const DrillResult::NameCheck& check : result.names) {
            QVERIFY2(check.agrees() && check.observable, context.constData());
            // Every name that resolves was validated from the anchor down the delegation.
            QVERIFY2(!check.liveResolves || check.dnssec == u"secure", context.constData());
            (check.predictedResolves ? predictedResolutions : predictedFailures)++;
        }
    }
    QVERIFY(predictedFailures > 0);
    QVERIFY(predictedResolutions > 0);
}

void DrillTest::claimedAuthorityThatDoesNotServe()
{
    // Only s3 is left of both zones in the model; s3 serves the parent only (it refers the
    // child's names to the child's servers): the model is wrong, and the drill says where.
    const DrillResult result = drill(Variant::ClaimsNonServing,
        { QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s4"),
            QStringLiteral("s5") });
    QVERIFY2(!result.agrees(), qPrintable(describe(result)));
    bool caught = false;
    for (const DrillResult::Disagreement& disagreement : result.disagreements)
        caught |= disagreement.kind == DrillResult::Disagreement::Kind::ModelSurvivesRealityFails
            && disagreement.subject == u"name login.fid.test/A" && disagreement.observable;
    QVERIFY2(caught, qPrintable(describe(result)));
    for (const DrillResult::NameCheck& check : result.names) {
        if (check.nameId == u"www")
            QVERIFY(check.agrees() && check.liveResolves);
    }
}

void DrillTest::twoAuthoritiesOneServer()
{
    // The model's s4 "in region 3" is really s1's server. With s1 and every other authority
    // but s4 really stopped, the model still counts on s4 (for pop-b, which reaches region 3)
    // and the drill finds nobody answering there.
    const QStringList outage { QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"),
        QStringLiteral("s5") };
    const QList<LabServer*> stopped = stoppedBy(QSet<QString>(outage.begin(), outage.end()));
    for (LabServer* server : stopped)
        server->stop(TestLab::defaultStopBound);
    const DrillResult wrong = drill(Variant::SharedServer, outage);
    const DrillResult right = drill(Variant::Correct, outage);
    QVERIFY(restart(stopped));
    QVERIFY2(!wrong.agrees(), qPrintable(describe(wrong)));
    int caught = 0;
    for (const DrillResult::NameCheck& check : wrong.names) {
        if (check.populationId != u"pop-b")
            continue;
        QVERIFY2(check.predictedResolves && !check.liveResolves, qPrintable(describe(wrong)));
        QVERIFY(!check.queries.empty());
        ++caught;
    }
    QCOMPARE(caught, 2);
    // The true layout: s4's own server answers, and model and reality agree.
    QVERIFY2(right.agrees(), qPrintable(describe(right)));
    QVERIFY(std::any_of(right.names.begin(), right.names.end(),
        [](const DrillResult::NameCheck& check) { return check.liveResolves; }));
}

void DrillTest::cnameThatDoesNotExist()
{
    // The model makes status.fid.test depend on the child zone; it is a plain A record in the
    // parent, so with the child's servers all out the model fails it and reality resolves it.
    const DrillResult result = drill(Variant::PhantomCname,
        { QStringLiteral("p1"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s4"),
            QStringLiteral("s5") });
    bool caught = false;
    for (const DrillResult::Disagreement& disagreement : result.disagreements)
        caught |= disagreement.kind == DrillResult::Disagreement::Kind::ModelFailsRealityResolves
            && disagreement.subject == u"name status.fid.test/A" && disagreement.observable;
    QVERIFY2(caught && !result.agrees(), qPrintable(describe(result)));
}

void DrillTest::command()
{
    const QString correct = writeModel(Variant::Correct, QStringLiteral("fidelity.nameplan.json"));
    const ProgramRun agree = ProgramRun::nameplan(
        { QStringLiteral("drill"), correct, QStringLiteral("--outage"), QStringLiteral("r1,software:bind"),
            QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--json") });
    QVERIFY2(agree.exitCode == 0, QByteArray(agree.out + agree.err).constData());
    const QJsonObject json = QJsonDocument::fromJson(agree.out).object();
    QCOMPARE(json.value(QStringLiteral("agrees")).toBool(), true);
    // One id per component out, however the command line grouped them.
    QCOMPARE(json.value(QStringLiteral("outages")).toArray(),
        QJsonArray({ QStringLiteral("r1"), QStringLiteral("software:bind") }));
    QCOMPARE(json.value(QStringLiteral("duration_seconds")).toInt(), 3600);
    QVERIFY(!json.value(QStringLiteral("started")).toString().isEmpty());
    QVERIFY(json.value(QStringLiteral("model_sha256")).toString().size() == 64);
    const QJsonArray names = json.value(QStringLiteral("names")).toArray();
    QCOMPARE(names.size(), 4);
    for (const QJsonValue& value : names) {
        const QJsonObject name = value.toObject();
        // r1 and BIND out: pop-a (path t12 only) keeps no reachable authority; pop-b keeps s4.
        const bool popA = name.value(QStringLiteral("population")).toString() == u"pop-a";
        QCOMPARE(name.value(QStringLiteral("predicted_resolves")).toBool(), !popA);
        QCOMPARE(name.value(QStringLiteral("live_resolves")).toBool(), !popA);
        QVERIFY(!name.value(QStringLiteral("queries")).toArray().isEmpty() || popA);
    }

    const QString wrong = writeModel(Variant::ClaimsNonServing, QStringLiteral("wrong.nameplan.json"));
    const ProgramRun disagree = ProgramRun::nameplan({ QStringLiteral("drill"), wrong, QStringLiteral("--outage"),
        QStringLiteral("p1,s1,s2,s4,s5"), QStringLiteral("--duration"), QStringLiteral("1h") });
    QCOMPARE(disagree.exitCode, 1);
    QVERIFY2(disagree.out.contains("model-survives-reality-fails: name login.fid.test/A"), disagree.out.constData());

    QCOMPARE(ProgramRun::nameplan(
                 { QStringLiteral("drill"), correct, QStringLiteral("--outage"), QStringLiteral("nowhere") })
                 .exitCode,
        2);
    QCOMPARE(
        ProgramRun::nameplan({ QStringLiteral("drill"), correct, QStringLiteral("--duration"), QStringLiteral("soon") })
            .exitCode,
        2);
}

void DrillTest::reportWithLive()
{
    // The evidence report runs a drill per scenario only when asked (--with-live): here the
    // requested outage and the model's saved scenario, both agreeing with the lab.
    const QString model = writeModel(Variant::Correct, QStringLiteral("report.nameplan.json"));
    const QString pdf = m_lab.directory() + QStringLiteral("/drill.pdf");
    const QString bundle = m_lab.directory() + QStringLiteral("/drill.json");
    const ProgramRun report = ProgramRun::nameplan({ QStringLiteral("report"), model, QStringLiteral("--outage"),
        QStringLiteral("s2,s4"), QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--with-live"),
        QStringLiteral("--json"), bundle, QStringLiteral("-o"), pdf });
    QVERIFY2(report.exitCode == 0, QByteArray(report.out + report.err).constData());
    const ProgramRun text
        = ProgramRun::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    // NFKC undoes the typographic ligatures (fi, ff) the PDF text carries.
    const QString pages = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC);
    for (const char* expected :
        { "Failover drills", "2 drills run; model and reality disagree in 0", "Drill: Requested outage",
            "Drill: Region 1 lost for an hour", "www.fid.test/A", "login.fid.test/A", "model and reality agree",
            "secure", "(UTC)", "Live checks", "Zone fid.test.", "Zone app.fid.test.", "DNSSEC" })
        QVERIFY2(
            pages.contains(QString::fromLatin1(expected)), qPrintable(QString::fromLatin1(expected) + u'\n' + pages));
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject evidence = QJsonDocument::fromJson(file.readAll()).object();
    // The live checks ask each zone's authorities for the names the zone holds: the child's
    // api.app.fid.test is not asked of fid.test's servers (s3 serves only the parent).
    const QJsonArray zones = evidence.value(QStringLiteral("live_checks"))[QStringLiteral("zones")].toArray();
    QCOMPARE(zones.size(), 2);
    QCOMPARE(zones[0][QStringLiteral("domain")].toString(), parentZone);
    for (const QJsonValue& finding : zones[0][QStringLiteral("findings")].toArray())
        QVERIFY2(!finding[QStringLiteral("finding")].toString().startsWith(QStringLiteral("api.app.fid.test.")),
            qPrintable(finding[QStringLiteral("finding")].toString()));
    QCOMPARE(evidence.value(QStringLiteral("dnssec")).toArray().size(), 2);
    const QJsonArray drills = evidence.value(QStringLiteral("drills")).toArray();
    QCOMPARE(drills.size(), 2);
    QCOMPARE(drills[1].toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("lose-r1"));
    for (const QJsonValue& drill : drills) {
        QVERIFY(drill.toObject().value(QStringLiteral("agrees")).toBool());
        QVERIFY(QDateTime::fromString(drill.toObject().value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(drill.toObject().value(QStringLiteral("names")).toArray().size(), 4);
    }
}

QTEST_GUILESS_MAIN(DrillTest)
#include "tst_drill.moc"
