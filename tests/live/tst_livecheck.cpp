// SPDX-License-Identifier: GPL-3.0-or-later
// The live checks against real servers: the standard lab's planted faults (lame, stale,
// TCP-refusing, silent) are reported at error severity and nothing else is; `nameplan check`
// writes the documented JSON and exit statuses; the model form reads a model that points at
// a lab started here. Only 127.0.0.0/8, every wait bounded.
#include "livechecker.h"
#include "programrun.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// "check@address" for every finding at error severity.
QSet<QString> errorKeys(const QList<LiveFinding>& findings)
{
    QSet<QString> keys;
    for (const LiveFinding& finding : findings) {
        if (finding.severity == LiveSeverity::Error)
            keys.insert(finding.checkId + QLatin1Char('@') + finding.authorityAddress);
    }
    return keys;
}
} // namespace

class LiveCheckTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plantedFaults();
    void healthyOnly();
    void cancel();
    void commandJson();
    void usageErrors_data();
    void usageErrors();
    void modelForm();
    void serialLagInTime();

private:
    QStringList nsArguments() const;
    LiveCheckRequest labRequest() const;
    QString address(const QString& server) const { return m_state.server(server)->endpoint.toString(); }

    LabState m_state;
};

void LiveCheckTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
}

QStringList LiveCheckTest::nsArguments() const
{
    QStringList arguments;
    for (const LabState::Server& server : m_state.servers)
        arguments << QStringLiteral("--ns") << server.host + QLatin1Char('=') + server.endpoint.toString();
    return arguments;
}

LiveCheckRequest LiveCheckTest::labRequest() const
{
    LiveZoneTarget target;
    target.zone = *DnsName::fromText(m_state.zone.toUtf8());
    for (const LabState::Server& server : m_state.servers)
        target.authorities.append({ server.host, server.endpoint });
    target.names.append({ *DnsName::fromText("www.example.test."), rrtype::A, rrclass::IN });
    target.names.append({ *DnsName::fromText("example.test."), rrtype::MX, rrclass::IN });
    LiveCheckRequest request;
    request.zones.append(target);
    return request;
}

void LiveCheckTest::plantedFaults()
{
    QElapsedTimer clock;
    clock.start();
    const LiveReport report = LiveChecker::runBlocking(labRequest());
    // The silent server must end as a timeout within the query bound (1 s, 2 attempts: 3 s).
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!report.cancelled);
    const QSet<QString> expected { QStringLiteral("authoritative@") + address(QStringLiteral("lame")),
        QStringLiteral("soa-serial@") + address(QStringLiteral("stale")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("tcp-refusing")),
        QStringLiteral("reachable-udp@") + address(QStringLiteral("silent")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("silent")) };
    QCOMPARE(errorKeys(report.findings), expected);
    QVERIFY(report.hasErrors());
    // The healthy servers pass every per-server check.
    for (const QString& name :
        { QStringLiteral("primary"), QStringLiteral("bind-secondary"), QStringLiteral("knot-secondary") }) {
        QSet<QString> okChecks;
        for (const LiveFinding& finding : report.findings) {
            if (finding.authorityAddress == address(name) && finding.severity == LiveSeverity::Ok)
                okChecks.insert(finding.checkId);
        }
        const QSet<QString> all { QStringLiteral("reachable-udp"), QStringLiteral("reachable-tcp"),
            QStringLiteral("authoritative"), QStringLiteral("edns"), QStringLiteral("latency"),
            QStringLiteral("soa-serial"), QStringLiteral("ns-consistency") };
        QCOMPARE(okChecks, all);
    }
    // The stale finding says how far behind it is; the silent one says timeout.
    for (const LiveFinding& finding : report.findings) {
        if (finding.checkId == u"soa-serial" && finding.severity == LiveSeverity::Error)
            QVERIFY2(finding.finding.contains(QStringLiteral("1 behind"))
                    && finding.finding.contains(QStringLiteral("(the same date, so less than a day)")),
                qPrintable(finding.finding)); // 2024010100 and 2024010101: date serials
        if (finding.checkId == u"reachable-udp" && finding.severity == LiveSeverity::Error) {
            QVERIFY(finding.finding.contains(QStringLiteral("timeout")));
            QCOMPARE(finding.evidence.size(), 1);
            QCOMPARE(finding.evidence.first().result.error, TransportError::Timeout);
        }
    }
}

void LiveCheckTest::healthyOnly()
{
    LiveCheckRequest request = labRequest();
    request.zones[0].authorities.resize(3); // primary, BIND and Knot secondaries
    const LiveReport report = LiveChecker::runBlocking(request);
    QVERIFY2(!report.hasErrors(), qPrintable(errorKeys(report.findings).values().join(QLatin1Char(' '))));
    QVERIFY(report.count(LiveSeverity::Ok) >= 3 * 7);
}

void LiveCheckTest::cancel()
{
    LiveChecker checker;
    std::optional<LiveReport> done;
    connect(&checker, &LiveChecker::finished, this, [&done](const LiveReport& report) { done = report; });
    checker.start(labRequest());
    QVERIFY(checker.isRunning());
    checker.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 2000);
    QVERIFY(done->cancelled);
    QVERIFY(done->findings.isEmpty());
    QTest::qWait(50); // no second finished() from the abandoned queries
    QVERIFY(!checker.isRunning());
}

void LiveCheckTest::commandJson()
{
    const ProgramRun run = ProgramRun::nameplan(
        QStringList { QStringLiteral("check"), QStringLiteral("--zone"), m_state.zone, QStringLiteral("--name"),
            QStringLiteral("www.example.test/A"), QStringLiteral("--json") }
        + nsArguments());
    QVERIFY2(run.exitCode == 1, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(json.value(QStringLiteral("failed")).toBool());
    QCOMPARE(json.value(QStringLiteral("dnssec")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("not-checked"));
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QVERIFY(findings.size() > 30);
    int errors = 0;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* key : { "check", "severity", "zone", "authority", "finding", "advice", "evidence" })
            QVERIFY2(finding.contains(QLatin1StringView(key)), key);
        QCOMPARE(finding.value(QStringLiteral("zone")).toString(), m_state.zone);
        QVERIFY(finding.value(QStringLiteral("authority")).toObject().contains(QStringLiteral("address")));
        errors += finding.value(QStringLiteral("severity")).toString() == u"error";
        for (const QJsonValue& item : finding.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject evidence = item.toObject();
            for (const char* key : { "server", "question", "time", "transport", "latencyMicroseconds", "response" })
                QVERIFY2(evidence.contains(QLatin1StringView(key)), key);
            QVERIFY(evidence.value(QStringLiteral("server")).toString().startsWith(QStringLiteral("127.")));
            QVERIFY(evidence.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
        }
    }
    QCOMPARE(errors, 5);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt(), 5);

    // Without the faulty servers nothing fails: exit status 0, text output.
    const ProgramRun healthy = ProgramRun::nameplan(
        QStringList { QStringLiteral("check"), QStringLiteral("--zone"), m_state.zone } + nsArguments().mid(0, 6));
    QVERIFY2(healthy.exitCode == 0, healthy.out.constData());
    QVERIFY(healthy.out.contains("0 errors"));
}

void LiveCheckTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {} << QStringLiteral("--zone");
    QTest::newRow("bad roots") << QStringList { QStringLiteral("--zone"), QStringLiteral("example.test"),
        QStringLiteral("--roots"), QStringLiteral("not-an-ip") }
                               << QStringLiteral("not-an-ip");
    QTest::newRow("bad ns") << QStringList { QStringLiteral("--zone"), QStringLiteral("example.test"),
        QStringLiteral("--ns"), QStringLiteral("ns1.example.test=not-an-ip") }
                            << QStringLiteral("not-an-ip");
    QTest::newRow("bad name") << QStringList { QStringLiteral("--zone"), QStringLiteral("example.test"),
        QStringLiteral("--ns"), QStringLiteral("a=127.0.0.1"), QStringLiteral("--name"), QStringLiteral("www") }
                              << QStringLiteral("NAME/TYPE");
    QTest::newRow("bad port") << QStringList { QStringLiteral("--zone"), QStringLiteral("example.test"),
        QStringLiteral("--ns"), QStringLiteral("a=127.0.0.1"), QStringLiteral("--port"), QStringLiteral("70000") }
                              << QStringLiteral("--port");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
    QTest::newRow("missing model") << QStringList { QStringLiteral("/nonexistent/x.nameplan.json") }
                                   << QStringLiteral("x.nameplan.json");
}

void LiveCheckTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProgramRun run = ProgramRun::nameplan(QStringList { QStringLiteral("check") } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void LiveCheckTest::modelForm()
{
    // A lab of its own: glue and model addresses carry no port, so every server listens on one
    // port (settings.port) on its own 127.0.0.x.
    TestLab lab;
    const ServerEndpoint first = lab.allocate();
    const ServerEndpoint second { LabNetwork::nextAddress(), first.port };
    ZoneFile zone(QStringLiteral("model.test."), 2024020201);
    zone.addNameServer(QStringLiteral("ns1.model.test."), first.address);
    zone.addNameServer(QStringLiteral("ns2.model.test."), second.address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.1"));
    const QString file = lab.writeZone(zone);
    NsdServer* primary = lab.addNsd(QStringLiteral("primary"), first);
    primary->addPrimaryZone(zone.origin(), file);
    lab.replicate(primary, zone.origin(), { lab.addKnot(QStringLiteral("secondary"), second) });
    QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
    QVERIFY(lab.server(QStringLiteral("secondary"))->waitForSerial(zone.origin(), zone.serial(), 10s));

    // The walk for the parent's servers starts at the primary (never at the IANA roots): it
    // serves model.test. itself, so it answers for the delegation from the apex. Every element
    // carries the optional display name too.
    const auto named = [](const QString& name) { return QJsonObject { { QStringLiteral("name"), name } }; };
    LabModel model(QStringLiteral("lab"), first);
    model.addRegion(LabModel::loopbackRegion, named(QStringLiteral("Loopback")));
    model.addProvider(LabModel::labProvider, named(QStringLiteral("Lab")));
    for (const auto& [id, endpoint] :
        { std::pair { QStringLiteral("ns1"), first }, std::pair { QStringLiteral("ns2"), second } })
        model.addAuthority(id, id + QStringLiteral(".model.test"), endpoint.address, LabModel::labProvider,
            LabModel::loopbackRegion, named(id));
    model.addZone(
        QStringLiteral("z"), QStringLiteral("model.test"), model.authorityIds(), named(QStringLiteral("model.test")));
    model.addName(QStringLiteral("www"), QStringLiteral("www.model.test"), named(QStringLiteral("www")));
    const QString path = model.write(lab.directory() + QStringLiteral("/lab.nameplan.json"));
    QVERIFY(!path.isEmpty());

    const ProgramRun run = ProgramRun::nameplan({ QStringLiteral("check"), path, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QJsonArray findings = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    QSet<QString> servers;
    bool wwwCompared = false;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        servers.insert(
            finding.value(QStringLiteral("authority")).toObject().value(QStringLiteral("address")).toString());
        wwwCompared |= finding.value(QStringLiteral("check")).toString() == u"answers-consistent"
            && finding.value(QStringLiteral("finding")).toString().contains(QStringLiteral("2 of 2"));
    }
    QVERIFY(servers.contains(first.toString()));
    QVERIFY(servers.contains(second.toString()));
    QVERIFY(wwwCompared);

    // --zone selects a zone the model does not have: usage error.
    QCOMPARE(
        ProgramRun::nameplan({ QStringLiteral("check"), path, QStringLiteral("--zone"), QStringLiteral("other.test") })
            .exitCode,
        2);
}

void LiveCheckTest::serialLagInTime()
{
    // Two copies of two zones: Unix-time serials an hour apart (the lag in time is derived) and
    // counter serials (it cannot be, and the finding says so).
    TestLab lab;
    NsdServer* newer = lab.addNsd(QStringLiteral("newer"));
    NsdServer* older = lab.addNsd(QStringLiteral("older"));
    const quint32 now = quint32(QDateTime::currentSecsSinceEpoch());
    LiveCheckRequest request;
    for (const auto& [origin, serial, lag] : { std::tuple { QStringLiteral("clock.test."), now, quint32(3600) },
             std::tuple { QStringLiteral("count.test."), quint32(5), quint32(2) } }) {
        ZoneFile zone(origin, serial);
        zone.addNameServer(QStringLiteral("ns1.") + origin, newer->endpoint().address);
        zone.addNameServer(QStringLiteral("ns2.") + origin, older->endpoint().address);
        newer->addPrimaryZone(zone.origin(), lab.writeZone(zone));
        ZoneFile stale = zone;
        stale.setSerial(serial - lag);
        older->addPrimaryZone(zone.origin(), lab.writeZone(stale, QStringLiteral("older-") + origin + u"zone"_s));
        LiveZoneTarget target;
        target.zone = *DnsName::fromText(origin.toUtf8());
        target.authorities = { { QStringLiteral("ns1.") + origin, newer->endpoint() },
            { QStringLiteral("ns2.") + origin, older->endpoint() } };
        request.zones.append(target);
    }
    QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
    QStringList lags;
    for (const LiveFinding& finding : LiveChecker::runBlocking(request).findings) {
        if (finding.checkId == u"soa-serial" && finding.severity == LiveSeverity::Error)
            lags.append(finding.zone + QLatin1Char(' ') + finding.finding);
    }
    QCOMPARE(lags.size(), 2);
    QVERIFY2(lags[0].endsWith(QStringLiteral("(3600 s by its Unix-time serial)")), qPrintable(lags[0]));
    QVERIFY2(lags[1].endsWith(QStringLiteral("2 behind the newest serial 5 (no time: the serial is a counter)")),
        qPrintable(lags[1]));
}

QTEST_GUILESS_MAIN(LiveCheckTest)
#include "tst_livecheck.moc"
