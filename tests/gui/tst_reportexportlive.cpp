// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Evidence Report with "Include live checks, DNSSEC and failover drills", against
// a lab of its own: signed.test. served by a healthy NSD plus a silent server the model still
// lists. The dialog's preview and PDF carry the live sections (live checks per zone and
// authority, DNSSEC, the drill of the model's scenario) with the same headings and authorities
// as `nameplan report --with-live` writes for the same model, and the dialog says that the
// silent server's checks could not be made. Cancel during the live phase against a model whose
// every server is silent, and during a drill that can only ask the silent server, returns
// within a bound, leaves nothing stale to save and the dialog usable. The box, once ticked, is
// ticked (and the live report built) in the next dialog too. Only
// 127.0.0.0/8. With NAMEPLAN_SCREENSHOT_DIR set, the dialog showing a live page is saved there.

#include "modeldocument.h"
#include "programrun.h"
#include "reportexportdialog.h"
#include "testlab.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace nameplan;

namespace {

// The PDF's text (NFKC undoes the typographic ligatures), empty when pdftotext fails.
QString pdfText(const QString& pdf)
{
    const ProgramRun run
        = ProgramRun::run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    return run.exitCode == 0 ? QString::fromUtf8(run.out).normalized(QString::NormalizationForm_KC) : QString();
}

// The live sections' headings in page order (the table of contents and the body both list
// them, so the order of both is compared), and the authorities the text names.
QStringList liveOutline(const QString& text)
{
    static const QRegularExpression heading(
        QStringLiteral(
            R"(^\s*(?:\d+(?:\.\d+)*\s+)?(Live checks|Failures|DNSSEC|Failover drills|Zone \S+|Drill: .+?)\s*(?:\.{3,}.*|\s\d+)?$)"),
        QRegularExpression::MultilineOption);
    // A table cell's name and address are laid on two lines, with other cells between.
    static const QRegularExpression authority(QStringLiteral(R"(ns\d\.signed\.test\.|127\.\d+\.\d+\.\d+:\d+)"));
    QStringList outline;
    for (auto it = heading.globalMatch(text); it.hasNext();)
        outline.append(it.next().captured(1));
    QStringList authorities;
    for (auto it = authority.globalMatch(text); it.hasNext();)
        authorities.append(it.next().captured(0));
    authorities.removeDuplicates();
    authorities.sort();
    return outline + authorities;
}

} // namespace

class TestReportExportLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void liveSectionsAsTheCommandLineWrites();
    void liveChoiceIsNotRemembered();
    void cancelDuringTheLivePhaseReturnsPromptly();
    void cancelDuringADrillReturnsPromptly();

private:
    // The model of the lab: signed.test. on the given servers, a critical service on its www,
    // and scenarios that lose the last and the first server; the walk starts at root.
    QString writeModel(const QString& fileName, const QList<ServerEndpoint>& servers, const ServerEndpoint& root) const;
    // A dialog on the model whose first preview (offline: the live choice is never remembered) is ready.
    std::unique_ptr<ReportExportDialog> openDialog(ModelDocument& document, const QString& model);
    static bool waitBuilt(ReportExportDialog& dialog, int timeoutMs);
    // Clicks Cancel while queries to the silent server are in flight: the build must end
    // promptly (far below any query timeout) and say so.
    static void cancelWhileAsking(ReportExportDialog& dialog, const QLabel* status);
    // Shows the page with text on it (the preview's pages are the PDF's) and saves the dialog.
    static void screenshot(ReportExportDialog& dialog, const QString& pdfText, const QString& text);

    TestLab m_lab;
    ServerEndpoint m_healthy;
    ServerEndpoint m_silent;
    QStringList m_anchors;
    const QString m_origin = QStringLiteral("signed.test.");
};

void TestReportExportLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_healthy = m_lab.allocate();
    m_silent = ServerEndpoint { LabNetwork::nextAddress(), m_healthy.port };
    ZoneFile zone(m_origin, 2024060101);
    zone.addNameServer(QStringLiteral("ns1"), m_healthy.address);
    zone.addNameServer(QStringLiteral("ns2"), m_silent.address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    const QString dir = m_lab.directory();
    QVERIFY(!m_lab.writeZone(zone, QStringLiteral("signed.zone")).isEmpty());
    const ZoneSigner::Result signedZone = ZoneSigner::sign(
        dir + QStringLiteral("/signed.zone"), m_origin, dir + QStringLiteral("/keys"), ZoneSigner::Spec {});
    QVERIFY2(signedZone.ok(), qPrintable(signedZone.error));
    m_anchors = signedZone.dsRecords.trimmed().split(u'\n');
    m_lab.addNsd(QStringLiteral("healthy"), m_healthy)->addPrimaryZone(m_origin, signedZone.signedFile);
    m_lab.addSilent(QStringLiteral("silent"), m_silent);
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
}

void TestReportExportLive::init()
{
    QSettings().clear(); // every test starts from the dialog's defaults: offline
}

QString TestReportExportLive::writeModel(
    const QString& fileName, const QList<ServerEndpoint>& servers, const ServerEndpoint& root) const
{
    LabModel model(QStringLiteral("Live export lab"), root);
    model.setTrustAnchors(m_anchors);
    model.addLoopbackSite();
    for (const ServerEndpoint& server : servers) {
        const QString id = QStringLiteral("ns%1").arg(model.authorityIds().size() + 1);
        model.addAuthority(id, id + u'.' + m_origin, server.address);
    }
    const QStringList ids = model.authorityIds();
    model.addZone(QStringLiteral("signed"), QStringLiteral("signed.test"), ids);
    model.addName(QStringLiteral("www"), QStringLiteral("www.signed.test"));
    model.addPopulation(QStringLiteral("users"), LabModel::loopbackRegion);
    model.addService(
        QStringLiteral("web"), { QStringLiteral("www") }, QStringLiteral("critical"), { QStringLiteral("users") });
    model.addScenario(QStringLiteral("lose-ns2"), QStringLiteral("Second server lost"), { ids.last() });
    // For an hour (the secondary's copy has not expired yet), which leaves only the silent
    // server to ask: a drill that waits on timeouts.
    model.addScenario(QStringLiteral("lose-ns1"), QStringLiteral("First server lost"), { ids.first() }, 3600);
    return model.write(QDir(m_lab.directory()).filePath(fileName));
}

bool TestReportExportLive::waitBuilt(ReportExportDialog& dialog, int timeoutMs)
{
    return QTest::qWaitFor([&dialog] { return !dialog.isBuilding(); }, timeoutMs);
}

void TestReportExportLive::cancelWhileAsking(ReportExportDialog& dialog, const QLabel* status)
{
    QTest::qWait(300);
    QVERIFY(dialog.isBuilding());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelReport")), Qt::LeftButton);
    QVERIFY(waitBuilt(dialog, 5000));
    qInfo("cancel returned after %lld ms", clock.elapsed());
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(status->text(), QStringLiteral("Canceled. Update Preview builds the report again."));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveReport"))->isEnabled()); // no stale report
}

std::unique_ptr<ReportExportDialog> TestReportExportLive::openDialog(ModelDocument& document, const QString& model)
{
    bool loaded = false;
    document.load(model, false, &loaded);
    if (!loaded)
        return nullptr;
    auto dialog = std::make_unique<ReportExportDialog>(&document);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get(), 5000)
        || !QTest::qWaitFor([&dialog] { return dialog->pageCount() > 0 && !dialog->isBuilding(); }, 60000))
        return nullptr;
    return dialog;
}

void TestReportExportLive::liveSectionsAsTheCommandLineWrites()
{
    const QString model = writeModel(QStringLiteral("live.nameplan.json"), { m_healthy, m_silent }, m_healthy);
    ModelDocument document;
    const auto dialog = openDialog(document, model);
    QVERIFY(dialog);
    const int offlinePages = dialog->pageCount();
    auto* live = dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"));
    QVERIFY(live);
    QVERIFY(!live->isChecked()); // the report stays off the network unless asked
    QSignalSpy ready(dialog.get(), &ReportExportDialog::previewReady);
    live->setChecked(true);
    QVERIFY(dialog->isBuilding());
    QVERIFY(waitBuilt(*dialog, 120000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(dialog->pageCount() > offlinePages);
    // The silent server is named as the checks that could not be made.
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("reportStatus"))->text();
    QVERIFY2(
        status.contains(QStringLiteral("could not be made")) && status.contains(m_silent.address), qPrintable(status));

    const QString cli = QDir(m_lab.directory()).filePath(QStringLiteral("cli.pdf"));
    const ProgramRun run = ProgramRun::nameplan(
        { QStringLiteral("report"), model, QStringLiteral("--with-live"), QStringLiteral("-o"), cli },
        { {}, 120000, true });
    QVERIFY2(run.exitCode == 0, run.out.constData());
    const QString cliText = pdfText(cli);
    // Before Save, so that the picture has the status line of the build; the CLI's pages are
    // laid out as the preview's (same sections, same rows).
    screenshot(*dialog, cliText, QStringLiteral("reachable-udp"));
    const QString gui = QDir(m_lab.directory()).filePath(QStringLiteral("gui.pdf"));
    QCOMPARE(dialog->saveTo(gui), QString());
    const QString guiText = pdfText(gui);
    for (const QString& expected : { QStringLiteral("Live checks"), QStringLiteral("Zone signed.test."),
             QStringLiteral("reachable-udp"), QStringLiteral("DNSSEC"), QStringLiteral("secure"),
             QStringLiteral("Remaining validity"), QStringLiteral("Failover drills"),
             QStringLiteral("Drill: Second server lost"), m_healthy.address, m_silent.address })
        QVERIFY2(guiText.contains(expected), qPrintable(expected + u'\n' + guiText));
    QVERIFY(!guiText.contains(QStringLiteral("Live checks were not run")));
    const QStringList outline = liveOutline(guiText);
    QVERIFY2(outline.contains(QStringLiteral("Drill: Second server lost")), qPrintable(outline.join(u'\n')));
    QCOMPARE(outline, liveOutline(cliText));
    QVERIFY2(outline.contains(m_silent.toString()) && outline.contains(QStringLiteral("ns2.signed.test.")),
        qPrintable(outline.join(u'\n')));
}

void TestReportExportLive::liveChoiceIsNotRemembered()
{
    // Opening the dialog builds a preview: with the live choice remembered, that would query the
    // network without a click in this dialog.
    const QString model = writeModel(QStringLiteral("remembered.nameplan.json"), { m_healthy }, m_healthy);
    ModelDocument document;
    {
        const auto first = openDialog(document, model);
        QVERIFY(first);
        auto* live = first->findChild<QCheckBox*>(QStringLiteral("includeLive"));
        QVERIFY(!live->isChecked());
        live->setChecked(true);
        QVERIFY(waitBuilt(*first, 120000));
    }
    const auto dialog = openDialog(document, model);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"))->isChecked());
}

void TestReportExportLive::cancelDuringTheLivePhaseReturnsPromptly()
{
    // Every server silent, the walk too: without Cancel the live phase would take its whole
    // worst case (walk timeouts, then every probe's retries).
    const QString model = writeModel(QStringLiteral("silent.nameplan.json"), { m_silent }, m_silent);
    ModelDocument document;
    const auto dialog = openDialog(document, model);
    QVERIFY(dialog);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("reportStatus"));
    dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"))->setChecked(true);
    QVERIFY(QTest::qWaitFor(
        [status] {
            return status->text().startsWith(QStringLiteral("Walking"))
                || status->text().startsWith(QStringLiteral("Checking zone"));
        },
        30000));
    cancelWhileAsking(*dialog, status);
    if (QTest::currentTestFailed())
        return;
    // Still usable: the offline report builds again.
    QSignalSpy ready(dialog.get(), &ReportExportDialog::previewReady);
    dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"))->setChecked(false);
    QVERIFY(ready.wait(60000));
    QVERIFY(dialog->pageCount() > 0);
}

void TestReportExportLive::cancelDuringADrillReturnsPromptly()
{
    const QString model = writeModel(QStringLiteral("drill.nameplan.json"), { m_healthy, m_silent }, m_healthy);
    ModelDocument document;
    const auto dialog = openDialog(document, model);
    QVERIFY(dialog);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("reportStatus"));
    dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"))->setChecked(true);
    // The second drill asks only the silent server.
    QStringList seen;
    QVERIFY2(QTest::qWaitFor(
                 [status, &seen] {
                     if (seen.isEmpty() || seen.constLast() != status->text())
                         seen.append(status->text());
                     return status->text().startsWith(QStringLiteral("Drill 2 of 2"));
                 },
                 60000),
        qPrintable(seen.join(u'\n')));
    cancelWhileAsking(*dialog, status);
}

void TestReportExportLive::screenshot(ReportExportDialog& dialog, const QString& pdfText, const QString& text)
{
    const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    const QStringList pages = pdfText.split(u'\f'); // pdftotext ends every page with a form feed
    const auto page
        = std::find_if(pages.cbegin(), pages.cend(), [&text](const QString& p) { return p.contains(text); });
    QVERIFY(page != pages.cend());
    dialog.showPage(int(page - pages.cbegin()));
    QCoreApplication::processEvents();
    QVERIFY(dialog.grab().save(QDir(directory).filePath(QStringLiteral("export-evidence-report-live.png"))));
}

QTEST_MAIN(TestReportExportLive)
#include "tst_reportexportlive.moc"
