// SPDX-License-Identifier: GPL-3.0-or-later
// The standard lab as a CTest fixture: started by nameplan_labrunner before this test, it is
// found through its state file and every server behaves as its role says.
#include "labmessage.h"
#include "labstate.h"

#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

class LabFixtureTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roles_data();
    void roles();

private:
    LabState m_state;
};

void LabFixtureTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
    QCOMPARE(m_state.servers.size(), 7);
}

void LabFixtureTest::roles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rcode"); // -1: no answer at all
    QTest::addColumn<bool>("authoritative");
    QTest::addColumn<int>("serialOffset"); // from the zone's serial
    QTest::newRow("primary") << QStringLiteral("primary") << 0 << true << 0;
    QTest::newRow("bind-secondary") << QStringLiteral("bind-secondary") << 0 << true << 0;
    QTest::newRow("knot-secondary") << QStringLiteral("knot-secondary") << 0 << true << 0;
    QTest::newRow("lame") << QStringLiteral("lame") << int(LabMessage::Refused) << false << 0;
    QTest::newRow("stale") << QStringLiteral("stale") << 0 << true << -1;
    QTest::newRow("tcp-refusing") << QStringLiteral("tcp-refusing") << 0 << true << 0;
    QTest::newRow("silent") << QStringLiteral("silent") << -1 << false << 0;
}

void LabFixtureTest::roles()
{
    QFETCH(QString, name);
    QFETCH(int, rcode);
    QFETCH(bool, authoritative);
    QFETCH(int, serialOffset);
    const auto server = m_state.server(name);
    QVERIFY(server);
    const auto answer
        = LabMessage::exchangeUdp(server->endpoint, LabMessage::query(m_state.zone, LabMessage::SOA, 0x77), 500ms);
    if (rcode < 0) {
        QVERIFY(!answer);
        return;
    }
    QVERIFY(answer);
    QCOMPARE(LabMessage::rcode(*answer), rcode);
    QCOMPARE(LabMessage::isAuthoritative(*answer), authoritative);
    if (rcode == LabMessage::NoError)
        QCOMPARE(LabMessage::soaSerial(*answer), std::optional<quint32>(m_state.serial + serialOffset));
}

QTEST_GUILESS_MAIN(LabFixtureTest)
#include "tst_labfixture.moc"
