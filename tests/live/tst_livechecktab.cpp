// SPDX-License-Identifier: GPL-3.0-or-later
// The Live checks tab of the workbench (offscreen) on a model pointing at the delegated lab
// (settings.roots and settings.port): Ctrl+Shift+L, Run; the walk from the roots runs off the
// GUI thread, the table shows the planted faults, and every finding, drift and DNSSEC
// included, is the one `nameplan check FILE --json` reports for the same file. A walk stuck on
// a silent root is cancelled at once, also by closing the window. Only 127.0.0.0/8, every wait bounded.
#include "iterativeresolver.h"
#include "livecheckspanel.h"
#include "livediscovery.h"
#include "livefindingfilter.h"
#include "livefindingmodel.h"
#include "livereport.h"
#include "liveworkspace.h"
#include "mainwindow.h"
#include "modelfile.h"
#include "modeltargets.h"
#include "testlab.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace nameplan;

class LiveCheckTabTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runMatchesTheCommandLine();
    void cancelDuringTheWalk();
    void closeDuringTheWalk();

private:
    // The lab's zone as imported from live DNS, then a drift planted (knot-secondary left out)
    // and a trust anchor no key of the unsigned lab zone matches; saved to a file.
    QString driftedModel(const ServerEndpoint& root);
    // The window on the file, the Live checks tab shown with Ctrl+Shift+L.
    std::unique_ptr<MainWindow> openTab(const QString& path, LiveChecksPanel** panel);
    QString address(const char* server) const
    {
        return m_state.server(QString::fromLatin1(server))->endpoint.toString();
    }

    LabState m_state;
    QTemporaryDir m_directory;
};

namespace {
QPushButton* button(QWidget* panel, const QString& text)
{
    for (QPushButton* candidate : panel->findChildren<QPushButton*>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

bool showsStatus(QWidget* panel, const QString& text)
{
    for (const QLabel* label : panel->findChildren<QLabel*>()) {
        if (label->text() == text)
            return true;
    }
    return false;
}

// What identifies a finding across two runs: check, severity, zone, authority; the text too
// for drift and DNSSEC (latencies and serial timings differ from run to run).
QString key(
    const QString& check, const QString& severity, const QString& zone, const QString& address, const QString& finding)
{
    const bool exact = check == u"drift" || check == u"dnssec";
    return QStringList { check, severity, zone, address, exact ? finding : QString() }.join(QLatin1Char('|'));
}
} // namespace

void LiveCheckTabTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
    QVERIFY(m_directory.isValid());
    qRegisterMetaType<LiveReport>();
}

QString LiveCheckTabTest::driftedModel(const ServerEndpoint& root)
{
    Model base;
    base.title = QStringLiteral("lab");
    base.settings.port = m_state.roots.first().port;
    base.settings.roots = { m_state.roots.first().address };
    IterativeResolver resolver(ModelTargets::resolverConfig(base, {}));
    Model model = LiveDiscovery::discover(base, *DnsName::fromText(m_state.zone.toUtf8()), resolver).model;
    if (model.zones.size() != 1)
        return {};
    const QString knot = m_state.server(QStringLiteral("knot-secondary"))->host;
    for (const Authority& authority : model.authorities) {
        if (authority.hostname + QLatin1Char('.') == knot)
            model.zones.front().authorities.removeAll(authority.id);
    }
    model.settings.trustAnchors
        = { m_state.zone + QStringLiteral(" 3600 IN DS 12345 13 2 ") + QString(64, QLatin1Char('a')) };
    model.settings.roots = { root.toString() };
    const QString path = m_directory.filePath(QStringLiteral("lab-%1.nameplan.json").arg(root.address));
    return ModelFile::save(path, model).isEmpty() ? path : QString();
}

std::unique_ptr<MainWindow> LiveCheckTabTest::openTab(const QString& path, LiveChecksPanel** panel)
{
    auto window = std::make_unique<MainWindow>();
    if (!window->openFile(path))
        return nullptr;
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("views"));
    auto* workspace = tabs ? qobject_cast<LiveWorkspace*>(tabs->currentWidget()) : nullptr;
    if (!workspace)
        return nullptr;
    *panel = workspace->panel();
    return window;
}

void LiveCheckTabTest::runMatchesTheCommandLine()
{
    const QString path = driftedModel(m_state.roots.first());
    QVERIFY(!path.isEmpty());
    LiveChecksPanel* panel = nullptr;
    const auto window = openTab(path, &panel);
    QVERIFY(window);
    QCOMPARE(panel->findChild<QComboBox*>()->itemText(1), m_state.zone);
    QSignalSpy finished(panel, &LiveChecksPanel::runFinished);
    // The GUI thread keeps serving timers during the walk and the checks.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(50);
    QTest::mouseClick(button(panel, QStringLiteral("&Run checks")), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    const LiveReport report = qvariant_cast<LiveReport>(finished.first().first());
    QVERIFY(!report.cancelled);
    QVERIFY(report.dnssecChecked); // the model's trust anchor reached the run

    // The table holds the run; the errors are the planted faults.
    QCOMPARE(panel->findings()->rowCount(), report.findings.size());
    panel->severityFilter()->setCurrentIndex(3); // errors only
    QSet<QString> errors;
    for (int row = 0; row < panel->filter()->rowCount(); ++row) {
        const QModelIndex index = panel->filter()->mapToSource(panel->filter()->index(row, 0));
        const LiveFinding& finding = panel->findings()->finding(index.data(LiveFindingModel::FindingIndexRole).toInt());
        if (finding.checkId != u"dnssec") // every authority fails the made-up anchor
            errors.insert(finding.checkId + QLatin1Char('@') + finding.authorityAddress);
    }
    const QSet<QString> expected { QStringLiteral("authoritative@") + address("lame"),
        QStringLiteral("soa-serial@") + address("stale"), QStringLiteral("reachable-tcp@") + address("tcp-refusing"),
        QStringLiteral("reachable-udp@") + address("silent"), QStringLiteral("reachable-tcp@") + address("silent"),
        QStringLiteral("ns-consistency@"), QStringLiteral("glue@") };
    QCOMPARE(errors, expected);
    panel->severityFilter()->setCurrentIndex(0);
    QVERIFY(window->grab().save(QStringLiteral(NAMEPLAN_BINARY_DIR "/livechecktab-lab.png")));

    // The command line on the same file reports the same findings.
    QProcess process;
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE), { QStringLiteral("check"), path, QStringLiteral("--json") });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 1, QByteArray(output + process.readAllStandardError()).constData());
    QStringList cli;
    for (const QJsonValue& value :
        QJsonDocument::fromJson(output).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        cli.append(key(finding.value(QStringLiteral("check")).toString(),
            finding.value(QStringLiteral("severity")).toString(), finding.value(QStringLiteral("zone")).toString(),
            finding.value(QStringLiteral("authority")).toObject().value(QStringLiteral("address")).toString(),
            finding.value(QStringLiteral("finding")).toString()));
    }
    QStringList gui;
    int drift = 0;
    int dnssec = 0;
    for (const LiveFinding& finding : report.findings) {
        gui.append(key(finding.checkId, LiveFinding::severityName(finding.severity), finding.zone,
            finding.authorityAddress, finding.finding));
        drift += finding.checkId == u"drift";
        dnssec += finding.checkId == u"dnssec";
    }
    cli.sort();
    gui.sort();
    QCOMPARE(gui, cli);
    QCOMPARE(drift, 1); // knot-secondary: live DNS lists it, the model does not
    QVERIFY(dnssec >= 1);
}

void LiveCheckTabTest::cancelDuringTheWalk()
{
    const QString path = driftedModel(m_state.server(QStringLiteral("silent"))->endpoint);
    QVERIFY(!path.isEmpty());
    LiveChecksPanel* panel = nullptr;
    const auto window = openTab(path, &panel);
    QVERIFY(window);
    QSignalSpy finished(panel, &LiveChecksPanel::runFinished);
    QTest::mouseClick(button(panel, QStringLiteral("&Run checks")), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTest::qWait(100); // the first query of the walk is out to the silent root
    QCOMPARE(panel->findChild<QProgressBar*>()->maximum(), 0); // busy: still walking
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(button(panel, QStringLiteral("Cancel")), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(2000));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed()))); // not the 3 s timeout
    QVERIFY(qvariant_cast<LiveReport>(finished.first().first()).cancelled);
    QVERIFY(!panel->isRunning());
    QVERIFY(showsStatus(panel, QStringLiteral("Cancelled")));
    QCOMPARE(panel->findings()->rowCount(), 0);
    QVERIFY(button(panel, QStringLiteral("&Run checks"))->isEnabled());
}

void LiveCheckTabTest::closeDuringTheWalk()
{
    const QString path = driftedModel(m_state.server(QStringLiteral("silent"))->endpoint);
    QVERIFY(!path.isEmpty());
    LiveChecksPanel* panel = nullptr;
    auto window = openTab(path, &panel);
    QVERIFY(window);
    QTest::mouseClick(button(panel, QStringLiteral("&Run checks")), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTest::qWait(100); // the first query of the walk is out to the silent root
    window.reset();
    // The walk ends with the window, long before the silent root's 3 s timeout.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(1000));
}

QTEST_MAIN(LiveCheckTabTest)
#include "tst_livechecktab.moc"
