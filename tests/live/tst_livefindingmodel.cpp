// SPDX-License-Identifier: GPL-3.0-or-later
// The Live Checks panel's table model and filter over a real run against the standard lab:
// the planted faults appear as error rows, filters by severity, zone and authority narrow
// them, severity sorts by order. Only 127.0.0.0/8, every wait bounded.
#include "labstate.h"
#include "livechecker.h"
#include "livefindingfilter.h"
#include "livefindingmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace nameplan;

class LiveFindingModelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelIsConsistent();
    void errorsAreThePlantedFaults();
    void zoneAndAuthorityFilters();
    void severitySortsByOrder();

private:
    QString address(const QString& server) const { return m_state.server(server)->endpoint.toString(); }
    QSet<QString> visibleKeys(const QAbstractItemModel& model) const;

    LabState m_state;
    LiveFindingModel m_model;
};

void LiveFindingModelTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
    LiveZoneTarget target;
    target.zone = *DnsName::fromText(m_state.zone.toUtf8());
    for (const LabState::Server& server : m_state.servers)
        target.authorities.append({ server.host, server.endpoint });
    LiveCheckRequest request;
    request.zones.append(target);
    m_model.setReport(LiveChecker::runBlocking(request));
    QVERIFY(m_model.rowCount() > 0);
}

// "check@address" of every row the model shows.
QSet<QString> LiveFindingModelTest::visibleKeys(const QAbstractItemModel& model) const
{
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int source = model.index(row, 0).data(LiveFindingModel::FindingIndexRole).toInt();
        keys.insert(m_model.finding(source).checkId + QLatin1Char('@') + m_model.finding(source).authorityAddress);
    }
    return keys;
}

void LiveFindingModelTest::modelIsConsistent()
{
    LiveFindingFilter filter;
    filter.setSourceModel(&m_model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setMinimumSeverity(LiveSeverity::Warning);
    filter.sort(LiveFindingModel::SeverityColumn, Qt::DescendingOrder);
    m_model.setReport(m_model.report());
    QCOMPARE(m_model.columnCount(), int(LiveFindingModel::ColumnCount));
}

void LiveFindingModelTest::errorsAreThePlantedFaults()
{
    LiveFindingFilter filter;
    filter.setSourceModel(&m_model);
    filter.setMinimumSeverity(LiveSeverity::Error);
    const QSet<QString> expected { QStringLiteral("authoritative@") + address(QStringLiteral("lame")),
        QStringLiteral("soa-serial@") + address(QStringLiteral("stale")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("tcp-refusing")),
        QStringLiteral("reachable-udp@") + address(QStringLiteral("silent")),
        QStringLiteral("reachable-tcp@") + address(QStringLiteral("silent")) };
    QCOMPARE(visibleKeys(filter), expected);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, LiveFindingModel::SeverityColumn).data().toString(), QStringLiteral("error"));
    filter.setMinimumSeverity(LiveSeverity::Ok);
    QCOMPARE(filter.rowCount(), m_model.rowCount());
}

void LiveFindingModelTest::zoneAndAuthorityFilters()
{
    LiveFindingFilter filter;
    filter.setSourceModel(&m_model);
    filter.setZone(QStringLiteral("no-such-zone.test."));
    QCOMPARE(filter.rowCount(), 0);
    filter.setZone(m_state.zone);
    QCOMPARE(filter.rowCount(), m_model.rowCount());
    const auto silent = m_state.server(QStringLiteral("silent"));
    filter.setAuthority(silent->host + QLatin1Char(' ') + silent->endpoint.toString());
    QVERIFY(filter.rowCount() > 0);
    for (const QString& key : visibleKeys(filter))
        QVERIFY2(key.endsWith(QLatin1Char('@') + address(QStringLiteral("silent"))), qPrintable(key));
}

void LiveFindingModelTest::severitySortsByOrder()
{
    LiveFindingFilter filter;
    filter.setSourceModel(&m_model);
    filter.sort(LiveFindingModel::SeverityColumn, Qt::DescendingOrder);
    int previous = int(LiveSeverity::Error);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const int severity = filter.index(row, 0).data(LiveFindingModel::SeverityRole).toInt();
        QVERIFY(severity <= previous);
        previous = severity;
    }
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("error"));
}

QTEST_GUILESS_MAIN(LiveFindingModelTest)
#include "tst_livefindingmodel.moc"
