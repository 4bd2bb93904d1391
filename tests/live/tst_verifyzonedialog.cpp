// SPDX-License-Identifier: GPL-3.0-or-later
// Tools > Verify Zone… offscreen, on zones signed at test time: a healthy zone from its file
// and by AXFR from a real NSD (secure, the JSON that `nameplan verify-zone --json` writes), a
// tampered copy and an expired one (bogus, problems listed), inputs that cannot be had
// (unreadable file, a parse error with its line, a refused or silent transfer: clear errors),
// and Cancel in the middle of a 20,000-name zone (stops within a bounded time, the dialog
// verifies again afterwards) or of a transfer. Only 127.0.0.0/8, every wait bounded.
#include "mainwindow.h"
#include "programrun.h"
#include "rrtype.h"
#include "testlab.h"
#include "verifyprogress.h"
#include "verifyzonedialog.h"
#include "zoneproblemmodel.h"
#include "zonereader.h"
#include "zoneverifyresultsview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <atomic>

using namespace nameplan;

namespace {
constexpr int verifyBoundMs = 60000;
constexpr int cancelBoundMs = 3000; // from the click to a usable dialog

// Cancels once the verifier has reported its first chunk, and remembers how far it got.
class CancelAfterFirstChunk final : public VerifyProgress {
public:
    void setProgress(qint64 done, qint64 total) override
    {
        m_total = total;
        qint64 seen = m_done.load();
        while (done > seen && !m_done.compare_exchange_weak(seen, done)) { }
    }
    bool isCanceled() const override { return m_done.load() > 0; }
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
};

// Canceled before anything starts.
class CanceledAtOnce final : public VerifyProgress {
public:
    void setProgress(qint64, qint64) override { }
    bool isCanceled() const override { return true; }
};
} // namespace

class VerifyZoneDialogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void problemModelIsWellBehaved();
    void toolsMenuOpensTheDialog();
    void signedZoneIsSecure();
    void axfrCopyIsSecure();
    void brokenCopiesAreBogus_data();
    void brokenCopiesAreBogus();
    void jsonIsTheCommandLines();
    void inputsThatCannotBeHad_data();
    void inputsThatCannotBeHad();
    void engineStopsWhenCanceled();
    void transferStopsWhenCanceled();
    void cancelStopsALargeZone();

private:
    struct Zone {
        QString file;
        QString anchor;
    };
    Zone signZone(const ZoneFile& zone, const QString& name, const ZoneSigner::Spec& spec);
    QString writeText(const QString& name, const QByteArray& text);
    QString writeRecords(const QString& name, const QList<ResourceRecord>& records);
    bool runToEnd(VerifyZoneDialog& dialog);
    void screenshot(VerifyZoneDialog& dialog, const QString& name);

    TestLab m_lab;
    Zone m_good;
    QString m_expired;
    Zone m_large;
    QString m_tampered;
    LabServer* m_nsd = nullptr;
    LabServer* m_refusing = nullptr;
    LabServer* m_silent = nullptr;
    const QString m_origin = QStringLiteral("verify.test.");
    const QString m_largeOrigin = QStringLiteral("large.test.");
};

QString VerifyZoneDialogTest::writeText(const QString& name, const QByteArray& text)
{
    const QString path = QDir(m_lab.directory()).filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size() ? path : QString();
}

QString VerifyZoneDialogTest::writeRecords(const QString& name, const QList<ResourceRecord>& records)
{
    QByteArray text;
    for (const ResourceRecord& record : records)
        text += record.toString().toUtf8() + '\n';
    return writeText(name, text);
}

VerifyZoneDialogTest::Zone VerifyZoneDialogTest::signZone(
    const ZoneFile& zone, const QString& name, const ZoneSigner::Spec& spec)
{
    const QString unsignedFile = m_lab.writeZone(zone, name);
    const ZoneSigner::Result signedZone
        = ZoneSigner::sign(unsignedFile, zone.origin(), m_lab.directory() + QStringLiteral("/keys-") + name, spec);
    if (!signedZone.ok())
        qWarning("%s", qPrintable(signedZone.error));
    return { signedZone.signedFile, writeText(name + QStringLiteral(".ds"), signedZone.dsRecords.toUtf8()) };
}

void VerifyZoneDialogTest::initTestCase()
{
    m_nsd = m_lab.addNsd(QStringLiteral("nsd"));
    m_refusing = m_lab.addNsd(QStringLiteral("refusing"));
    m_silent = m_lab.addSilent(QStringLiteral("silent"));
    ZoneFile zone(m_origin, 2024070101);
    zone.addNameServer(QStringLiteral("ns1"), m_nsd->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    zone.add(QStringLiteral("www"), QStringLiteral("AAAA"), QStringLiteral("2001:db8::10"));
    zone.add(QStringLiteral("mail"), QStringLiteral("MX"), QStringLiteral("10 mx.example.net."));
    zone.add(QStringLiteral("sso"), QStringLiteral("CNAME"), QStringLiteral("www"));
    zone.add(QStringLiteral("_443._tcp.www"), QStringLiteral("TXT"), QStringLiteral("\"v=tls\""));
    m_good = signZone(zone, QStringLiteral("verify.zone"), ZoneSigner::Spec {});
    QVERIFY(!m_good.file.isEmpty() && !m_good.anchor.isEmpty());

    // Expired: the same zone and keys, signatures that ended yesterday (what a secondary left
    // behind serves).
    m_expired = QDir(m_lab.directory()).filePath(QStringLiteral("expired.zone.signed"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString resigned
        = ZoneSigner::resign(QDir(m_lab.directory()).filePath(QStringLiteral("verify.zone")), m_origin,
            m_lab.directory() + QStringLiteral("/keys-verify.zone"), now.addDays(-10), now.addDays(-1), m_expired);
    QVERIFY2(resigned.isEmpty(), qPrintable(resigned));

    // Tampered: the good copy with www's address changed, mail's RRSIG removed and the NSEC
    // of sso dropped (a hole in the chain).
    ZoneReaderOptions options;
    options.origin = *DnsName::fromText(m_origin.toUtf8());
    ZoneReader reader(options);
    QVERIFY(reader.readFile(m_good.file));
    QList<ResourceRecord> records = reader.records();
    const DnsName www = *DnsName::fromText("www.verify.test.");
    const DnsName mail = *DnsName::fromText("mail.verify.test.");
    const DnsName sso = *DnsName::fromText("sso.verify.test.");
    for (ResourceRecord& record : records) {
        if (record.owner == www && record.type == rrtype::A)
            record.rdata = QByteArray::fromHex("c0000263"); // 192.0.2.99
    }
    records.removeIf([&](const ResourceRecord& r) {
        return (r.owner == mail && r.type == rrtype::RRSIG && r.rdata.startsWith(QByteArray::fromHex("000f")))
            || (r.owner == sso && r.type == rrtype::NSEC);
    });
    m_tampered = writeRecords(QStringLiteral("tampered.zone"), records);

    // 20,000 names (A + TXT each, and their NSEC): about 60,000 signed RRsets.
    ZoneFile large(m_largeOrigin, 1);
    large.addNameServer(QStringLiteral("ns1"), QStringLiteral("127.0.0.1"));
    for (int i = 0; i < 20000; ++i) {
        large.add(QStringLiteral("h%1").arg(i), QStringLiteral("A"),
            QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255));
        large.add(QStringLiteral("h%1").arg(i), QStringLiteral("TXT"), QStringLiteral("\"host %1\"").arg(i));
    }
    m_large = signZone(large, QStringLiteral("large.zone"), ZoneSigner::Spec {});
    QVERIFY(!m_large.file.isEmpty());

    m_nsd->addPrimaryZone(m_origin, m_good.file);
    ZoneFile other(QStringLiteral("elsewhere.test."), 1);
    other.addNameServer(QStringLiteral("ns"), m_refusing->endpoint().address);
    m_refusing->addPrimaryZone(other.origin(), m_lab.writeZone(other));
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
}

bool VerifyZoneDialogTest::runToEnd(VerifyZoneDialog& dialog)
{
    dialog.findChild<QPushButton*>(QStringLiteral("verify"))->click();
    if (!dialog.isRunning())
        return true; // refused before anything ran
    QElapsedTimer clock;
    clock.start();
    while (dialog.isRunning() && clock.elapsed() < verifyBoundMs)
        QTest::qWait(20);
    return !dialog.isRunning();
}

void VerifyZoneDialogTest::screenshot(VerifyZoneDialog& dialog, const QString& name)
{
    const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    dialog.resize(900, 660);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(QDir(directory).filePath(name)));
}

void VerifyZoneDialogTest::problemModelIsWellBehaved()
{
    ZoneProblemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DnsName zone = *DnsName::fromText("verify.test.");
    model.setProblems({
        Verdict::make(Verdict::Status::Bogus, Verdict::Reason::SignatureExpired, *DnsName::fromText("b.verify.test."),
            rrtype::A, zone, QStringLiteral("expired")),
        Verdict::make(Verdict::Status::Insecure, Verdict::Reason::Nsec3IterationsTooHigh, zone, rrtype::NSEC3PARAM,
            zone, QStringLiteral("too many iterations")),
    });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.index(0, ZoneProblemModel::ReasonColumn).data().toString(), QStringLiteral("signature-expired (EDE 7)"));
    QCOMPARE(model.index(1, ZoneProblemModel::TypeColumn).data().toString(), QStringLiteral("NSEC3PARAM"));
    QCOMPARE(model.index(1, ZoneProblemModel::VerdictColumn).data(ZoneProblemModel::SortRole).toInt(),
        int(Verdict::Status::Insecure));
    // The apex sorts before b.verify.test. (RFC 4034 §6.1), whatever order the list came in.
    QVERIFY(model.index(1, ZoneProblemModel::OwnerColumn).data(ZoneProblemModel::SortRole).toInt()
        < model.index(0, ZoneProblemModel::OwnerColumn).data(ZoneProblemModel::SortRole).toInt());
    model.setProblems({});
    QCOMPARE(model.rowCount(), 0);
}

// Tools > Verify Zone… (Ctrl+Shift+V, taken by no other action of the window) opens the dialog.
void VerifyZoneDialogTest::toolsMenuOpensTheDialog()
{
    MainWindow window;
    auto* action = window.findChild<QAction*>(QStringLiteral("actionVerifyZone"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    const QList<QAction*> actions = window.findChildren<QAction*>();
    for (const QAction* other : actions)
        QVERIFY2(other == action || other->shortcut() != action->shortcut(), qPrintable(other->text()));
    action->trigger();
    auto* dialog = window.findChild<VerifyZoneDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void VerifyZoneDialogTest::signedZoneIsSecure()
{
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setZoneFile(m_good.file, QStringLiteral("verify.test")); // without the final dot
    dialog.setAnchorFile(m_good.anchor);
    QVERIFY(runToEnd(dialog));
    QVERIFY2(
        dialog.results()->bannerText().contains(QStringLiteral("SECURE")), qPrintable(dialog.results()->bannerText()));
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Verified")), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    const QStringList counts = dialog.results()->countLines();
    QVERIFY2(counts.contains(QStringLiteral("Denial chain: NSEC, complete")), qPrintable(counts.join(u'\n')));
    QVERIFY2(counts.contains(QStringLiteral("Keys: secure, anchored")), qPrintable(counts.join(u'\n')));
    QCOMPARE(dialog.results()->problems()->rowCount(), 0);

    const QJsonObject json = dialog.json();
    QCOMPARE(json.value(QStringLiteral("zone")).toString(), m_origin);
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("anchored")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("file")).toString(), m_good.file);
    QVERIFY(json.value(QStringLiteral("rrsets")).toInt() >= 10);
    QCOMPARE(json.value(QStringLiteral("secureRrsets")), json.value(QStringLiteral("rrsets")));
    const QString counted
        = QStringLiteral("RRsets: %1 signed, %1 secure").arg(json.value(QStringLiteral("rrsets")).toInt());
    QVERIFY2(counts.contains(counted), qPrintable(counts.join(u'\n')));

    const QString exported = QDir(m_lab.directory()).filePath(QStringLiteral("exported.json"));
    QCOMPARE(dialog.exportJson(exported), QString());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), json);
    QCOMPARE(
        dialog.exportJson(QStringLiteral("/nonexistent-dir/x.json")).startsWith(QStringLiteral("cannot write")), true);
}

void VerifyZoneDialogTest::axfrCopyIsSecure()
{
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setAxfr(m_nsd->endpoint().toString(), m_origin);
    dialog.setAnchorFile(m_good.anchor);
    QVERIFY(runToEnd(dialog));
    QVERIFY2(dialog.json().value(QStringLiteral("verified")).toBool(), qPrintable(dialog.results()->bannerText()));
    QCOMPARE(dialog.json().value(QStringLiteral("axfr")).toString(), m_nsd->endpoint().toString());
    QVERIFY(
        dialog.results()->countLines().contains(QStringLiteral("Source: AXFR from ") + m_nsd->endpoint().toString()));
}

void VerifyZoneDialogTest::brokenCopiesAreBogus_data()
{
    QTest::addColumn<int>("copy");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::newRow("tampered address") << 0 << QStringLiteral("www.verify.test.") << QStringLiteral("A")
                                      << QStringLiteral("dnssec-bogus (EDE 6)");
    QTest::newRow("missing RRSIG") << 0 << QStringLiteral("mail.verify.test.") << QStringLiteral("MX")
                                   << QStringLiteral("rrsigs-missing (EDE 10)");
    QTest::newRow("expired signatures") << 1 << QStringLiteral("www.verify.test.") << QStringLiteral("A")
                                        << QStringLiteral("signature-expired (EDE 7)");
}

void VerifyZoneDialogTest::brokenCopiesAreBogus()
{
    QFETCH(int, copy);
    QFETCH(QString, owner);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setZoneFile(copy == 0 ? m_tampered : m_expired, m_origin);
    dialog.setAnchorFile(m_good.anchor);
    QVERIFY(runToEnd(dialog));
    QVERIFY2(
        dialog.results()->bannerText().contains(QStringLiteral("BOGUS")), qPrintable(dialog.results()->bannerText()));
    QCOMPARE(dialog.json().value(QStringLiteral("verified")).toBool(), false);
    const ZoneProblemModel* problems = dialog.results()->problems();
    QCOMPARE(problems->rowCount(), dialog.json().value(QStringLiteral("problems")).toArray().size());
    bool listed = false;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const auto cell = [&](int column) { return problems->index(row, column).data().toString(); };
        listed = listed
            || (cell(ZoneProblemModel::OwnerColumn) == owner && cell(ZoneProblemModel::TypeColumn) == type
                && cell(ZoneProblemModel::VerdictColumn) == QStringLiteral("bogus")
                && cell(ZoneProblemModel::ReasonColumn) == reason);
    }
    QVERIFY2(listed, qPrintable(owner + QLatin1Char(' ') + type + QLatin1Char(' ') + reason));
    if (copy == 0) {
        // The hole left by the dropped NSEC shows in the counts and the table.
        QVERIFY2(dialog.results()->countLines().contains(QStringLiteral("Denial chain: NSEC, 1 problem")),
            qPrintable(dialog.results()->countLines().join(u'\n')));
        if (QTest::currentDataTag() == QByteArray("tampered address"))
            screenshot(dialog, QStringLiteral("verify-zone.png"));
        QTableView* table = dialog.results()->table();
        table->sortByColumn(ZoneProblemModel::ReasonColumn, Qt::AscendingOrder);
        QStringList reasons;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            reasons << table->model()->index(row, ZoneProblemModel::ReasonColumn).data().toString();
        QStringList sorted = reasons;
        sorted.sort();
        QCOMPARE(reasons, sorted);
    }
}

// Copy and Export give what `nameplan verify-zone --json` writes for the same zone at the same
// time, problems included; only the time taken differs.
void VerifyZoneDialogTest::jsonIsTheCommandLines()
{
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setZoneFile(m_tampered, m_origin);
    dialog.setAnchorFile(m_good.anchor);
    QVERIFY(runToEnd(dialog));
    QJsonObject shown = dialog.json();
    QVERIFY(!shown.isEmpty());
    const ProgramRun run = ProgramRun::nameplan({ QStringLiteral("verify-zone"), QStringLiteral("--file"), m_tampered,
        QStringLiteral("--origin"), m_origin, QStringLiteral("--anchor"), m_good.anchor, QStringLiteral("--json"),
        QStringLiteral("--now"), QString::number(shown.value(QStringLiteral("now")).toInteger()) });
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QJsonObject written = QJsonDocument::fromJson(run.out).object();
    QVERIFY(written.contains(QStringLiteral("milliseconds")));
    shown.remove(QStringLiteral("milliseconds"));
    written.remove(QStringLiteral("milliseconds"));
    QCOMPARE(shown, written);
    QCOMPARE(shown.value(QStringLiteral("problemCount")).toInt(), 3);
}

void VerifyZoneDialogTest::inputsThatCannotBeHad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("expected");
    const QString missing = QDir(m_lab.directory()).filePath(QStringLiteral("no-such.zone"));
    const QString broken = writeText(
        QStringLiteral("broken.zone"), "$TTL 300\n@ IN SOA ns1 host 1 3600 600 86400 300\nwww IN A 192.0.2.300\n");
    QTest::newRow("missing file") << missing << QString() << m_origin << QString()
                                  << missing + QStringLiteral(":0: cannot open");
    QTest::newRow("parse error") << broken << QString() << m_origin << QString() << broken + QStringLiteral(":3:");
    QTest::newRow("no file") << QString() << QString() << m_origin << QString()
                             << QStringLiteral("Choose the signed zone file");
    QTest::newRow("bad origin") << m_good.file << QString() << QStringLiteral("a..b") << QString()
                                << QStringLiteral("“a..b” is not a domain name");
    QTest::newRow("missing anchor") << m_good.file << QString() << m_origin << missing
                                    << QStringLiteral("The trust anchor cannot be used: ") + missing;
    QTest::newRow("bad server") << QString() << QStringLiteral("ns1.example.") << m_origin << QString()
                                << QStringLiteral("is not a server address");
    QTest::newRow("refused transfer") << QString() << m_refusing->endpoint().toString() << m_origin << QString()
                                      << QStringLiteral("AXFR failed: ");
    QTest::newRow("silent server") << QString() << m_silent->endpoint().toString() << m_origin << QString()
                                   << QStringLiteral("silent for 1000 ms");
}

void VerifyZoneDialogTest::inputsThatCannotBeHad()
{
    QFETCH(QString, file);
    QFETCH(QString, server);
    QFETCH(QString, origin);
    QFETCH(QString, anchor);
    QFETCH(QString, expected);
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    if (server.isEmpty())
        dialog.setZoneFile(file, origin);
    else
        dialog.setAxfr(server, origin);
    dialog.setAnchorFile(anchor);
    dialog.setTimeoutSeconds(1);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(dialog));
    QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()).constData());
    const QString banner = dialog.results()->bannerText();
    QVERIFY2(banner.contains(expected.toHtmlEscaped()), qPrintable(banner));
    QCOMPARE(dialog.statusText(), QStringLiteral("Nothing verified"));
    QVERIFY(dialog.json().isEmpty());
    if (QTest::currentDataTag() == QByteArray("refused transfer"))
        QVERIFY2(banner.contains(QStringLiteral("REFUSED")) || banner.contains(QStringLiteral("NOTAUTH")),
            qPrintable(banner));
}

// The engine's own cancel flag: polled between chunks, the run ends canceled with most of the
// zone never looked at.
void VerifyZoneDialogTest::engineStopsWhenCanceled()
{
    ZoneVerification::Source source;
    source.origin = *DnsName::fromText(m_largeOrigin.toUtf8());
    source.file = m_large.file;
    ZoneVerifier::Options options;
    options.now = QDateTime::currentSecsSinceEpoch();
    CancelAfterFirstChunk progress;
    const ZoneVerification::Outcome outcome = ZoneVerification::run(source, options, progress);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.result.overall.reason, Verdict::Reason::Canceled);
    QCOMPARE(outcome.result.overall.status, Verdict::Status::Indeterminate);
    QVERIFY2(progress.total() >= 60000, QByteArray::number(progress.total()).constData());
    // Each thread finishes the chunk it holds: at most a few chunks of 256 RRsets.
    QVERIFY2(progress.done() <= 8 * 256, QByteArray::number(progress.done()).constData());
    QVERIFY(outcome.result.secureRrsets <= progress.done());
}

// A transfer asks for cancellation before each message: nothing is taken, nothing verified.
void VerifyZoneDialogTest::transferStopsWhenCanceled()
{
    ZoneVerification::Source source;
    source.origin = *DnsName::fromText(m_origin.toUtf8());
    source.axfr = m_nsd->endpoint();
    CanceledAtOnce progress;
    QElapsedTimer clock;
    clock.start();
    const ZoneVerification::Outcome outcome = ZoneVerification::run(source, ZoneVerifier::Options {}, progress);
    QVERIFY2(clock.elapsed() < 3000, QByteArray::number(clock.elapsed()).constData());
    QCOMPARE(
        outcome.error, QStringLiteral("AXFR failed: %1: the transfer was canceled").arg(m_nsd->endpoint().toString()));
    QCOMPARE(outcome.result.rrsets, 0);
}

void VerifyZoneDialogTest::cancelStopsALargeZone()
{
    VerifyZoneDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setZoneFile(m_large.file, m_largeOrigin);
    dialog.setAnchorFile(m_large.anchor);
    dialog.findChild<QPushButton*>(QStringLiteral("verify"))->click();
    QVERIFY(dialog.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0, verifyBoundMs);
    const int reached = dialog.progressBar()->value();
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Verifying signatures"))
            || dialog.statusText().startsWith(QStringLiteral("about ")),
        qPrintable(dialog.statusText()));
    QVERIFY2(reached < dialog.progressBar()->maximum() / 2, QByteArray::number(reached).constData());
    QElapsedTimer clock;
    clock.start();
    dialog.findChild<QPushButton*>(QStringLiteral("cancel"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), cancelBoundMs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(QStringLiteral("Cancelled")), cancelBoundMs);
    qInfo("cancelled at %d permille, stopped %lld ms after the click", reached, clock.elapsed());
    QVERIFY(dialog.json().isEmpty());
    QVERIFY2(dialog.results()->bannerText().contains(QStringLiteral("cancelled")),
        qPrintable(dialog.results()->bannerText()));

    // Still usable: the next verification runs to its verdict.
    dialog.setZoneFile(m_good.file, m_origin);
    dialog.setAnchorFile(m_good.anchor);
    QVERIFY(runToEnd(dialog));
    QCOMPARE(dialog.json().value(QStringLiteral("verified")).toBool(), true);
}

QTEST_MAIN(VerifyZoneDialogTest)
#include "tst_verifyzonedialog.moc"
