// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan check --zone example.test. --roots ROOT --port P` against the delegated lab: the
// walk goes root -> test. -> example.test. on loopback, the parent's NS set and glue are
// compared with the zone, and exactly the planted faults are reported: the standard lab's
// (lame, stale, TCP refusal, silence) and the parent's (an NS name missing, a wrong glue).
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace nameplan;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runNameplan(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString text(const QJsonObject& finding, const char* key)
{
    return finding.value(QLatin1StringView(key)).toString();
}
} // namespace

class DelegationCheckTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkFromRoots();
    void pinnedAuthorities();
    void notDelegated();

private:
    QStringList walkArguments(const QString& zone) const;
    QString address(const QString& server) const { return m_state.server(server)->endpoint.toString(); }

    LabState m_state;
};

void DelegationCheckTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
    QCOMPARE(m_state.roots.size(), 1);
}

QStringList DelegationCheckTest::walkArguments(const QString& zone) const
{
    // The root is given without its port: --port applies to it as to every learnt address.
    return { QStringLiteral("check"), QStringLiteral("--zone"), zone, QStringLiteral("--roots"),
        m_state.roots.first().address, QStringLiteral("--port"), QString::number(m_state.roots.first().port),
        QStringLiteral("--name"), QStringLiteral("www.example.test/A"), QStringLiteral("--json") };
}

void DelegationCheckTest::walkFromRoots()
{
    const Run run = runNameplan(walkArguments(m_state.zone));
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    QSet<QString> errors;
    QSet<QString> checkedAddresses;
    QString nsError, glueError, walk;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        const QString address
            = finding.value(QStringLiteral("authority")).toObject().value(QStringLiteral("address")).toString();
        checkedAddresses.insert(address);
        if (text(finding, "check") == u"delegation")
            walk = text(finding, "finding");
        if (text(finding, "severity") != u"error")
            continue;
        errors.insert(text(finding, "check") + QLatin1Char('@') + address);
        if (text(finding, "check") == u"ns-consistency")
            nsError = text(finding, "finding");
        if (text(finding, "check") == u"glue")
            glueError = text(finding, "finding");
    }
    const QSet<QString> expected { QStringLiteral("authoritative@") + address(QStringLiteral("lame")),
        QStringLiteral("soa-serial@") + address(QStringLiteral("stale")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("tcp-refusing")),
        QStringLiteral("reachable-udp@") + address(QStringLiteral("silent")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("silent")), QStringLiteral("ns-consistency@"),
        QStringLiteral("glue@") };
    QCOMPARE(errors, expected);
    // The authorities are the union of the parent's and the apex's NS sets, at their real
    // addresses (the wrong glue is never taken for an authority's address).
    for (const LabState::Server& server : std::as_const(m_state.servers))
        QVERIFY2(checkedAddresses.contains(server.endpoint.toString()), qPrintable(server.name));
    QVERIFY(!checkedAddresses.contains(
        m_state.wrongGlueAddress + QLatin1Char(':') + QString::number(m_state.roots.first().port)));
    QVERIFY2(nsError.contains(QStringLiteral("only at the apex: ") + m_state.missingFromParent), qPrintable(nsError));
    QVERIFY2(glueError.contains(m_state.wrongGlueHost) && glueError.contains(m_state.wrongGlueAddress)
            && glueError.contains(m_state.server(QStringLiteral("bind-secondary"))->endpoint.address),
        qPrintable(glueError));
    QVERIFY2(walk.contains(QStringLiteral("delegated by test.")), qPrintable(walk));
}

void DelegationCheckTest::pinnedAuthorities()
{
    // --ns pins the authorities; with --roots the parent is still found by walking.
    QStringList arguments = walkArguments(m_state.zone);
    for (const QString& name : { QStringLiteral("primary"), QStringLiteral("bind-secondary") }) {
        const LabState::Server server = *m_state.server(name);
        arguments << QStringLiteral("--ns") << server.host + QLatin1Char('=') + server.endpoint.address;
    }
    const Run run = runNameplan(arguments);
    QCOMPARE(run.exitCode, 1); // the parent's faults remain
    QSet<QString> errors;
    for (const QJsonValue& value :
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (text(finding, "severity") == u"error")
            errors.insert(text(finding, "check"));
    }
    QCOMPARE(errors, (QSet<QString> { QStringLiteral("ns-consistency"), QStringLiteral("glue") }));
}

void DelegationCheckTest::notDelegated()
{
    const Run run = runNameplan(walkArguments(QStringLiteral("nothere.test.")));
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(text(finding, "check"), QStringLiteral("delegation"));
    QCOMPARE(text(finding, "severity"), QStringLiteral("error"));
    QVERIFY2(text(finding, "finding").contains(QStringLiteral("not-delegated")), qPrintable(text(finding, "finding")));
}

QTEST_GUILESS_MAIN(DelegationCheckTest)
#include "tst_delegationcheck.moc"
