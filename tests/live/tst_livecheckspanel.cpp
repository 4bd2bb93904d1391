// SPDX-License-Identifier: GPL-3.0-or-later
// The Live Checks panel offscreen against the standard lab: a run fills the table with the
// planted faults while the event loop keeps turning, the severity/zone/authority filters
// narrow it, the selected row shows advice and evidence, the latency chart has a bar per
// answering authority, Cancel stops a run once its queries are out. Only 127.0.0.0/8, every wait bounded.
#include "labstate.h"
#include "latencychart.h"
#include "livecheckspanel.h"
#include "livefindingfilter.h"
#include "livefindingmodel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace nameplan;

class LiveChecksPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runShowsPlantedFaults();
    void cancelStopsTheRun();

private:
    // The panel runs the lab's zone with the request ready at once (no walk).
    void offerLab(LiveChecksPanel& panel) const;
    LabState m_state;
};

void LiveChecksPanelTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
    qRegisterMetaType<LiveReport>();
}

void LiveChecksPanelTest::offerLab(LiveChecksPanel& panel) const
{
    LiveZoneTarget target;
    target.zone = *DnsName::fromText(m_state.zone.toUtf8());
    for (const LabState::Server& server : m_state.servers)
        target.authorities.append({ server.host, server.endpoint });
    LiveChecksPanel::Preparation prepared;
    prepared.request.zones.append(target);
    panel.setPreparer([prepared](const QString&) { return QtFuture::makeReadyFuture(prepared); });
    panel.setZones({ m_state.zone });
}

void LiveChecksPanelTest::runShowsPlantedFaults()
{
    LiveChecksPanel panel;
    panel.resize(1100, 700);
    panel.show();
    offerLab(panel);
    QCOMPARE(panel.findChild<QComboBox*>()->count(), 2); // all zones + the lab zone
    QSignalSpy finished(&panel, &LiveChecksPanel::runFinished);
    // The GUI thread keeps serving timers during the run: the silent server takes seconds.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(50);
    panel.run();
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(15000));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(!panel.isRunning());

    panel.severityFilter()->setCurrentIndex(3); // errors only
    QCOMPARE(panel.filter()->rowCount(), 5); // lame, stale, tcp-refusing, silent udp + tcp
    const auto silent = m_state.server(QStringLiteral("silent"));
    const int authority
        = panel.authorityFilter()->findText(silent->host + QLatin1Char(' ') + silent->endpoint.toString());
    QVERIFY(authority > 0);
    panel.authorityFilter()->setCurrentIndex(authority);
    QCOMPARE(panel.filter()->rowCount(), 2);
    const auto primary = m_state.server(QStringLiteral("primary"));
    panel.authorityFilter()->setCurrentIndex(
        panel.authorityFilter()->findText(primary->host + QLatin1Char(' ') + primary->endpoint.toString()));
    QCOMPARE(panel.filter()->rowCount(), 0); // the primary has no error
    panel.severityFilter()->setCurrentIndex(0);
    QVERIFY(panel.filter()->rowCount() >= 7); // every per-server check passed
    panel.authorityFilter()->setCurrentIndex(0);
    panel.zoneFilter()->setCurrentIndex(panel.zoneFilter()->findText(m_state.zone));
    QCOMPARE(panel.filter()->rowCount(), panel.findings()->rowCount());

    panel.table()->sortByColumn(LiveFindingModel::SeverityColumn, Qt::DescendingOrder);
    panel.table()->selectRow(0);
    const QString details = panel.details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("error")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Advice:")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Evidence:")), qPrintable(details));

    // Five of the six lab servers answer the latency probe; the silent one has no bar.
    QCOMPARE(panel.latencyChart()->series()->count(), 1);
    QCOMPARE(panel.latencyChart()->series()->barSets().first()->count(), m_state.servers.size() - 1);

    const QString shot = qEnvironmentVariable("NAMEPLAN_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTest::qWait(100); // the chart lays out its new axes from posted events
        QVERIFY(panel.grab().save(shot));
    }
}

void LiveChecksPanelTest::cancelStopsTheRun()
{
    LiveChecksPanel panel;
    offerLab(panel);
    QSignalSpy finished(&panel, &LiveChecksPanel::runFinished);
    panel.run();
    QVERIFY(panel.isRunning());
    // The queries are out once the progress bar counts them (busy while preparing).
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QProgressBar*>()->maximum() > 0, 2000);
    panel.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(2000));
    QVERIFY(qvariant_cast<LiveReport>(finished.first().first()).cancelled);
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.findings()->rowCount(), 0);
    bool cancelledShown = false;
    for (const QLabel* label : panel.findChildren<QLabel*>())
        cancelledShown = cancelledShown || label->text() == QStringLiteral("Cancelled");
    QVERIFY(cancelledShown);
}

QTEST_MAIN(LiveChecksPanelTest)
#include "tst_livecheckspanel.moc"
