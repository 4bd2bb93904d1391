// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan check --zone example.test. --roots ROOT --port P` against the delegated lab: the
// walk goes root -> test. -> example.test. on loopback, the parent's NS set and glue are
// compared with the zone, and exactly the planted faults are reported: the standard lab's
// (lame, stale, TCP refusal, silence) and the parent's (an NS name missing, a wrong glue).
#include "iptoasntable.h"
#include "programrun.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

namespace {

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
    void asnTable();
    void asnTableErrors_data();
    void asnTableErrors();

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
    const ProgramRun run = ProgramRun::nameplan(walkArguments(m_state.zone));
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
    const ProgramRun run = ProgramRun::nameplan(arguments);
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
    const ProgramRun run = ProgramRun::nameplan(walkArguments(QStringLiteral("nothere.test.")));
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(text(finding, "check"), QStringLiteral("delegation"));
    QCOMPARE(text(finding, "severity"), QStringLiteral("error"));
    QVERIFY2(text(finding, "finding").contains(QStringLiteral("not-delegated")), qPrintable(text(finding, "finding")));
}

void DelegationCheckTest::asnTable()
{
    // The primary's and the BIND secondary's addresses in one AS, every other address of the
    // lab in another; 10.0.0.0/8 unrouted (AS 0); an IPv6 range to show both families parse.
    const QString primary = address(QStringLiteral("primary")).section(QLatin1Char(':'), 0, 0);
    const QString bind = address(QStringLiteral("bind-secondary")).section(QLatin1Char(':'), 0, 0);
    QStringList lines { QStringLiteral("2001:db8::\t2001:db8::ffff\t64510\tZZ\tV6-NET"),
        QStringLiteral("10.0.0.0\t10.255.255.255\t0\tNone\tNot routed") };
    for (const LabState::Server& server : std::as_const(m_state.servers)) {
        const bool first = server.endpoint.address == primary || server.endpoint.address == bind;
        lines.append(QStringLiteral("%1\t%1\t%2\tZZ\t%3")
                         .arg(server.endpoint.address, first ? QStringLiteral("64500") : QStringLiteral("64501"),
                             first ? QStringLiteral("LAB-ONE") : QStringLiteral("LAB-TWO")));
    }
    QString error;
    const auto table = IpToAsnTable::parse(lines.join(QLatin1Char('\n')).toUtf8(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), m_state.servers.size() + 1); // AS 0 is left out
    QCOMPARE(table->find(primary)->asn, 64500u);
    QCOMPARE(table->find(QStringLiteral("2001:db8::42"))->description, QStringLiteral("V6-NET"));
    QVERIFY(!table->find(QStringLiteral("10.1.2.3")));
    QVERIFY(!table->find(QStringLiteral("2001:db9::1")));

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("ip2asn.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    file.close();
    const ProgramRun run = ProgramRun::nameplan(walkArguments(m_state.zone) << QStringLiteral("--asn-table") << path);
    QStringList asn;
    QStringList prefixes;
    for (const QJsonValue& value :
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        const QString line = text(finding, "severity") + QLatin1Char(' ') + text(finding, "finding");
        if (text(finding, "check") == u"asn-diversity")
            asn.append(line);
        if (text(finding, "check") == u"address-diversity")
            prefixes.append(line);
    }
    // The counts in their number: one prefix is the warning, several are fine.
    QCOMPARE(prefixes.size(), 1);
    const QRegularExpression counted(
        QStringLiteral("^(warning [2-9]\\d* addresses in 1 prefix|ok [2-9]\\d* addresses in [2-9]\\d* prefixes): "));
    QVERIFY2(counted.match(prefixes.first()).hasMatch(), qPrintable(prefixes.first()));
    QCOMPARE(asn.size(), 1);
    QVERIFY2(asn.first().startsWith(QStringLiteral("ok 2 distinct ASNs: AS64500 LAB-ONE (")), qPrintable(asn.first()));
    QVERIFY2(asn.first().contains(QStringLiteral("AS64501 LAB-TWO")), qPrintable(asn.first()));
}

void DelegationCheckTest::asnTableErrors_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("message");
    QTest::newRow("columns") << QByteArray("1.0.0.0\t1.0.0.255\t13335\tUS\tCLOUDFLARENET\n1.0.1.0 1.0.3.255 0\n")
                             << QStringLiteral("line 2: wants");
    QTest::newRow("address") << QByteArray("1.0.0.0\tone\t13335\tUS\tX\n") << QStringLiteral("line 1: not a numeric");
    QTest::newRow("asn") << QByteArray("\n1.0.0.0\t1.0.0.255\tAS13335\tUS\tX\n") << QStringLiteral("line 2: not an AS");
    QTest::newRow("order") << QByteArray("1.0.0.9\t1.0.0.1\t1\tUS\tX\n") << QStringLiteral("line 1: the range ends");
}

void DelegationCheckTest::asnTableErrors()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, message);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bad.tsv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(table);
    file.close();
    // A bad table is a usage error that names the file and the line, before any query is sent.
    const ProgramRun run = ProgramRun::nameplan(walkArguments(m_state.zone) << QStringLiteral("--asn-table") << path);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(path + QStringLiteral(": ") + message), run.err.constData());
}

QTEST_GUILESS_MAIN(DelegationCheckTest)
#include "tst_delegationcheck.moc"
