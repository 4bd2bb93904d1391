// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan analyze` end to end: the real binary on a model written by the test and on the
// bundled ACME example, checking the JSON fields issue 3 fixes and the exit statuses.

#include "analysistestmodels.h"
#include "modelfile.h"
#include "programrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

namespace {

ProgramRun analyze(const QStringList& arguments)
{
    return ProgramRun::nameplan(QStringList { QStringLiteral("analyze") } + arguments);
}

QJsonObject result(const QJsonObject& report, const QString& service, const QString& population)
{
    const QJsonArray results = report.value(QStringLiteral("results")).toArray();
    for (const QJsonValue& value : results) {
        const QJsonObject o = value.toObject();
        if (o.value(QStringLiteral("service")).toString() == service
            && o.value(QStringLiteral("population")).toString() == population)
            return o;
    }
    return {};
}

QString acme()
{
    return QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");
}

} // namespace

class TestAnalyzeCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonOnWrittenModel()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("base.nameplan.json"));
        QVERIFY(ModelFile::save(file, testmodels::base()).isEmpty());
        const ProgramRun run = analyze({ file, QStringLiteral("--outage"), QStringLiteral("a1,a2"),
            QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("duration_seconds")).toInt(), 3600);
        QCOMPARE(report.value(QStringLiteral("outages")).toArray().size(), 2);
        const QJsonObject web = result(report, QStringLiteral("web"), QStringLiteral("pop"));
        QCOMPARE(web.value(QStringLiteral("works")).toBool(true), false);
        QVERIFY(web.value(QStringLiteral("explanation")).isObject());
        QVERIFY(web.value(QStringLiteral("explanation_text"))
                    .toString()
                    .contains(QStringLiteral("a1 down (authority a1 out)")));
        // For an hour no timer runs out: a1 and a2 fail independently.
        QVERIFY(report.value(QStringLiteral("single_points_of_failure")).toArray().isEmpty());
        QCOMPARE(web.value(QStringLiteral("smallest_cut_size")).toInt(), 2);
        // For good, the hidden primary and p1's control plane (transfers, re-signing) are single points.
        const QJsonObject forGood = QJsonDocument::fromJson(analyze({ file, QStringLiteral("--json") }).out).object();
        const QJsonArray spofs = forGood.value(QStringLiteral("single_points_of_failure")).toArray();
        QVERIFY(spofs.contains(QStringLiteral("hp")) && spofs.contains(QStringLiteral("p1:control")));
        QVERIFY(!spofs.contains(QStringLiteral("a1")));
        QCOMPARE(result(forGood, QStringLiteral("web"), QStringLiteral("pop"))
                     .value(QStringLiteral("smallest_cut_size"))
                     .toInt(),
            1);
        const QJsonArray zones = report.value(QStringLiteral("independence")).toArray();
        QCOMPARE(zones.size(), 1);
        const QJsonArray common = zones[0].toObject().value(QStringLiteral("common_modes")).toArray();
        QStringList ids;
        for (const QJsonValue& d : common)
            ids.append(d.toObject().value(QStringLiteral("id")).toString());
        QVERIFY2(ids.contains(QStringLiteral("hp")) && ids.contains(QStringLiteral("sig")), qPrintable(ids.join(u',')));
    }

    void acmeSharedDependencyIsASinglePointOfFailure()
    {
        // The planted flaw: both "independent" providers route through ShieldCo.
        const ProgramRun run = analyze({ acme(), QStringLiteral("--duration"), QStringLiteral("1h"),
            QStringLiteral("--max-order"), QStringLiteral("1"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        for (const QString& service : { QStringLiteral("sso"), QStringLiteral("idp"), QStringLiteral("token") }) {
            for (const QString& population :
                { QStringLiteral("eu-staff"), QStringLiteral("us-staff"), QStringLiteral("customers") }) {
                const QJsonObject r = result(report, service, population);
                QVERIFY2(r.value(QStringLiteral("works")).toBool(), qPrintable(service));
                QVERIFY2(
                    r.value(QStringLiteral("single_points_of_failure")).toArray().contains(QStringLiteral("shieldco")),
                    qPrintable(service + u'/' + population));
                // The same flaw as a minimal cut set of order 1, from the cut set engine.
                QVERIFY(r.value(QStringLiteral("minimal_cut_sets"))
                            .toArray()
                            .contains(QJsonArray { QStringLiteral("shieldco") }));
                const double q = r.value(QStringLiteral("unavailability")).toDouble(-1);
                QVERIFY2(q > 0.0004 && q < 0.01, qPrintable(QString::number(q)));
                bool found = false;
                for (const QJsonValue& i : r.value(QStringLiteral("importance")).toArray()) {
                    const QJsonObject o = i.toObject();
                    if (o.value(QStringLiteral("component")).toString() != u"shieldco")
                        continue;
                    found = true;
                    QVERIFY(o.value(QStringLiteral("birnbaum")).toDouble() > 0.9);
                    QVERIFY(o.contains(QStringLiteral("fussell_vesely")) && o.contains(QStringLiteral("raw"))
                        && o.contains(QStringLiteral("rrw")));
                }
                QVERIFY(found);
            }
        }
    }

    void acmeTimersDecide()
    {
        const ProgramRun shortLoss
            = analyze({ acme(), QStringLiteral("--outage"), QStringLiteral("hp1"), QStringLiteral("--duration"),
                QStringLiteral("3d"), QStringLiteral("--max-order"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY(
            result(QJsonDocument::fromJson(shortLoss.out).object(), QStringLiteral("sso"), QStringLiteral("eu-staff"))
                .value(QStringLiteral("works"))
                .toBool());
        const ProgramRun longLoss = analyze({ acme(), QStringLiteral("--outage"), QStringLiteral("hp1"),
            QStringLiteral("--duration"), QStringLiteral("3w"), QStringLiteral("--max-order"), QStringLiteral("1") });
        QCOMPARE(longLoss.exitCode, 0);
        QVERIFY2(longLoss.out.contains("FAILS  Single sign-on fails for EU staff"), longLoss.out.constData());
        QVERIFY(longLoss.out.contains("data expired (transfer source lost 21 d > SOA expire 7 d)"));
    }

    void survivalCountsInPluralForms()
    {
        const ProgramRun run = analyze({ acme(), QStringLiteral("--max-order"), QStringLiteral("2") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\n  1 simultaneous outage: "), run.out.constData());
        QVERIFY2(run.out.contains("\n  2 simultaneous outages: "), run.out.constData());
        QVERIFY(!run.out.contains("outage(s)"));
    }

    void usageErrors()
    {
        const ProgramRun unknown = analyze({ acme(), QStringLiteral("--outage"), QStringLiteral("atlantis") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown outage id \"atlantis\""));
        const ProgramRun badDuration = analyze({ acme(), QStringLiteral("--duration"), QStringLiteral("soon") });
        QCOMPARE(badDuration.exitCode, 2);
        QVERIFY(badDuration.err.contains("invalid duration"));
        QCOMPARE(analyze({ acme(), QStringLiteral("--max-order"), QStringLiteral("9") }).exitCode, 2);
        QCOMPARE(analyze({ QStringLiteral("/nonexistent.nameplan.json") }).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
