// SPDX-License-Identifier: GPL-3.0-or-later
// Import from live DNS against the delegated lab: a zone and its authorities created from
// the walk (real addresses, never the wrong glue), nothing changed on a second import, only
// the differences changed after edits; and the drift check of `nameplan check FILE` reports
// exactly the differences planted between a model and the lab.
#include "livediscovery.h"
#include "modelfile.h"
#include "modeltargets.h"
#include "modelvalidator.h"
#include "modelwriter.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

class LiveDiscoveryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importZone();
    void updateZone();
    void drift();
    void notDelegated();

private:
    Model labModel() const;
    LiveDiscovery::Result discover(const Model& base, const char* zone = "example.test.") const;
    QString address(const QString& server) const { return m_state.server(server)->endpoint.address; }

    LabState m_state;
};

void LiveDiscoveryTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
}

// An empty model that points at the lab: its root and its one port.
Model LiveDiscoveryTest::labModel() const
{
    Model model;
    model.title = QStringLiteral("lab");
    model.settings.port = m_state.roots.first().port;
    model.settings.roots = { m_state.roots.first().address };
    return model;
}

LiveDiscovery::Result LiveDiscoveryTest::discover(const Model& base, const char* zone) const
{
    IterativeResolver resolver(ModelTargets::resolverConfig(base, {}));
    return LiveDiscovery::discover(base, *DnsName::fromText(zone), resolver);
}

void LiveDiscoveryTest::importZone()
{
    const LiveDiscovery::Result result = discover(labModel());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Model& model = result.model;
    QCOMPARE(model.zones.size(), size_t(1));
    QCOMPARE(model.zones.front().domain, QStringLiteral("example.test"));
    QCOMPARE(model.zones.front().authorities.size(), m_state.servers.size()); // the parent's and the apex's
    QHash<QString, Authority> byHost;
    for (const Authority& authority : model.authorities)
        byHost.insert(authority.hostname + QLatin1Char('.'), authority);
    for (const LabState::Server& server : std::as_const(m_state.servers)) {
        QVERIFY2(byHost.contains(server.host), qPrintable(server.host));
        QCOMPARE(byHost.value(server.host).addresses, QStringList { server.endpoint.address });
    }
    QCOMPARE(byHost.value(m_state.servers.first().host).role, QStringLiteral("primary")); // the SOA MNAME
    QCOMPARE(byHost.value(m_state.wrongGlueHost).role, QStringLiteral("secondary"));
    QCOMPARE(model.providers.size(), size_t(1));
    QCOMPARE(model.regions.size(), size_t(1));
    const Problems problems = ModelValidator::validate(model);
    QStringList problemText;
    for (const Problem& problem : problems)
        problemText.append(problem.toString());
    QVERIFY2(!hasErrors(problems), qPrintable(problemText.join(QLatin1Char('\n'))));

    // Importing again into the result changes nothing.
    const LiveDiscovery::Result again = discover(model);
    QVERIFY(again.ok());
    QCOMPARE(again.changes, QStringList());
    QCOMPARE(ModelWriter::write(again.model), ModelWriter::write(model));
}

void LiveDiscoveryTest::updateZone()
{
    Model model = discover(labModel()).model;
    Authority& bind = *std::find_if(model.authorities.begin(), model.authorities.end(),
        [this](const Authority& a) { return a.hostname + QLatin1Char('.') == m_state.wrongGlueHost; });
    bind.addresses = { QStringLiteral("192.0.2.99") };
    model.zones.front().authorities.removeLast();
    const LiveDiscovery::Result result = discover(model);
    QVERIFY(result.ok());
    QCOMPARE(result.changes.size(), 2);
    QVERIFY2(result.changes[0].contains(QStringLiteral("192.0.2.99 → ") + address(QStringLiteral("bind-secondary"))),
        qPrintable(result.changes[0]));
    QVERIFY2(result.changes[1].startsWith(QStringLiteral("zone ")), qPrintable(result.changes[1]));
    QCOMPARE(ModelWriter::write(result.model), ModelWriter::write(discover(labModel()).model));
}

void LiveDiscoveryTest::drift()
{
    Model model = discover(labModel()).model;
    Zone& zone = model.zones.front();
    // Planted: knot-secondary left out, an invented ns9, bind-secondary at another address, and
    // a zone live DNS does not have.
    const QString knot = m_state.server(QStringLiteral("knot-secondary"))->host;
    for (const Authority& authority : model.authorities) {
        if (authority.hostname + QLatin1Char('.') == knot)
            zone.authorities.removeAll(authority.id);
    }
    Authority invented = model.authorities.front();
    invented.id = QStringLiteral("ns9");
    invented.hostname = QStringLiteral("ns9.example.test");
    invented.addresses = { LabNetwork::nextAddress() }; // loopback, nothing listens: refused at once
    invented.role = QStringLiteral("secondary");
    invented.transferFrom = model.authorities.front().id;
    model.authorities.push_back(invented);
    zone.authorities.append(invented.id);
    const QString elsewhere = LabNetwork::nextAddress();
    for (Authority& authority : model.authorities) {
        if (authority.hostname + QLatin1Char('.') == m_state.wrongGlueHost)
            authority.addresses = { elsewhere };
    }
    Zone gone = zone;
    gone.id = QStringLiteral("gone");
    gone.name = gone.domain = QStringLiteral("gone.test");
    model.zones.push_back(gone);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("drift.nameplan.json"));
    QCOMPARE(ModelFile::save(path, model), QString());

    QProcess process;
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE), { QStringLiteral("check"), path, QStringLiteral("--json") });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 1, QByteArray(output + process.readAllStandardError()).constData());
    const QJsonArray findings = QJsonDocument::fromJson(output).object().value(QStringLiteral("findings")).toArray();
    QStringList drift;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("check")).toString() == u"drift")
            drift.append(finding.value(QStringLiteral("zone")).toString() + QLatin1Char(' ')
                + finding.value(QStringLiteral("severity")).toString() + QLatin1Char(' ')
                + finding.value(QStringLiteral("finding")).toString());
    }
    drift.sort();
    QCOMPARE(drift.size(), 4);
    QVERIFY2(drift[0].startsWith(QStringLiteral("example.test. warning live DNS lists name server ") + knot),
        qPrintable(drift[0]));
    QVERIFY2(drift[1].startsWith(QStringLiteral("example.test. warning ") + m_state.wrongGlueHost
                 + QStringLiteral(": the model has addresses ") + elsewhere + QStringLiteral(", live DNS ")
                 + address(QStringLiteral("bind-secondary"))),
        qPrintable(drift[1]));
    QVERIFY2(drift[2].startsWith(QStringLiteral("example.test. warning the model lists name server ns9.example.test.")),
        qPrintable(drift[2]));
    QVERIFY2(drift[3].startsWith(QStringLiteral("gone.test. warning the model has this zone; live DNS does not")),
        qPrintable(drift[3]));
}

void LiveDiscoveryTest::notDelegated()
{
    const Model base = labModel();
    const LiveDiscovery::Result result = discover(base, "nothere.test.");
    QCOMPARE(result.error.kind, ResolveError::Kind::NotDelegated);
    QCOMPARE(ModelWriter::write(result.model), ModelWriter::write(base)); // nothing lost, nothing added
}

QTEST_GUILESS_MAIN(LiveDiscoveryTest)
#include "tst_livediscovery.moc"
