// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Evidence Report on the acme example: Ctrl+E opens the dialog, the report is
// built off the GUI thread, the preview pages are the PDF's pages (same count, none blank),
// page navigation moves through them, and Save writes the PDF `nameplan report` writes: the
// model file's SHA-256 and the planted single point of failure (shieldco) in its text, plus
// the JSON bundle when ticked, both signed when asked. Save after a Cancel writes nothing
// (never the previous preview's report), and the options are remembered across runs. With NAMEPLAN_SCREENSHOT_DIR set,
// the dialog is also saved there as a picture (docs/regenerate-images does that for the user guide).

#include "mainwindow.h"
#include "modeldocument.h"
#include "reportexportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace nameplan;

namespace {

const QString examplePath = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int exitCodeOf(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) ? process.exitCode() : -1;
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// Share of pixels that are not white.
double inkOf(const QImage& image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    ReportExportDialog* openDialog()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        auto* dialog = m_window->findChild<ReportExportDialog*>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog, 5000))
            return nullptr;
        if (dialog->pageCount() == 0 && !QTest::qWaitFor([dialog] { return dialog->pageCount() > 0; }, 60000))
            return nullptr;
        return dialog;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(examplePath));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(ModelDocument::recoveryDirectory()).removeRecursively();
    }

    void init()
    {
        QSettings().clear(); // every test starts from the dialog's defaults
        openWindow();
    }

    void cleanup() { m_window.reset(); }

    void actionIsInTheFileMenu()
    {
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionExportEvidenceReport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!action->statusTip().isEmpty());
    }

    void previewNavigateAndSave()
    {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->pageCount() > 3, qPrintable(QString::number(dialog->pageCount())));
        QCOMPARE(dialog->currentPage(), 0);

        QToolButton* forward = nullptr;
        QToolButton* back = nullptr;
        for (QToolButton* button : dialog->findChildren<QToolButton*>()) {
            if (button->arrowType() == Qt::RightArrow)
                forward = button;
            if (button->arrowType() == Qt::LeftArrow)
                back = button;
        }
        QVERIFY(forward && back);
        QVERIFY(!back->isEnabled());
        QTest::mouseClick(forward, Qt::LeftButton);
        QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(dialog->currentPage(), 2);
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(dialog->currentPage(), 1);
        dialog->showPage(dialog->pageCount() + 5);
        QCOMPARE(dialog->currentPage(), dialog->pageCount() - 1);
        QVERIFY(!forward->isEnabled());

        dialog->findChild<QCheckBox*>()->setChecked(true); // the JSON bundle
        const QString pdf = m_dir.filePath(QStringLiteral("acme-evidence.pdf"));
        QCOMPARE(dialog->saveTo(pdf), QString());

        const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.contains(fileSha256(examplePath)));
        QVERIFY(text.contains(QStringLiteral("shieldco")));
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(dialog->pageCount()))),
            qPrintable(info));

        QFile json(m_dir.filePath(QStringLiteral("acme-evidence.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(json.readAll()).isObject());
        screenshot(dialog);
    }

    // Every page of the preview has ink, and a different paper size is a different layout.
    void previewPagesAreNotBlank()
    {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        for (int index = 0; index < dialog->pageCount(); ++index)
            QVERIFY2(inkOf(dialog->pageImage(index)) > 0.002, qPrintable(QString::number(index)));
        const QSize a4 = dialog->pageImage(0).size();
        auto* paper = dialog->findChild<QComboBox*>();
        QVERIFY(paper);
        paper->setCurrentIndex(paper->findData(QStringLiteral("Letter")));
        QSignalSpy ready(dialog, &ReportExportDialog::previewReady);
        QVERIFY(ready.wait(60000));
        const QSize letter = dialog->pageImage(0).size();
        QVERIFY(letter.width() > a4.width() && letter.height() < a4.height());
    }

    // The dialog writes what `nameplan report` writes: the same lines of text (but for the
    // moment it was generated) on as many pages. Lines are compared as a sorted list because
    // the diagrams' labels are placed by Graphviz, which does not place them identically in
    // two runs even of the command line.
    void sameReportAsTheCommandLine()
    {
        const QString cli = m_dir.filePath(QStringLiteral("cli.pdf"));
        const QString nameplan = QStringLiteral(NAMEPLAN_BINARY_DIR "/app/nameplan");
        QVERIFY(!run(nameplan, { QStringLiteral("report"), examplePath, QStringLiteral("-o"), cli }).isEmpty());
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        const QString gui = m_dir.filePath(QStringLiteral("gui.pdf"));
        QCOMPARE(dialog->saveTo(gui), QString());
        const QRegularExpression moment(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        const auto linesOf = [&moment](const QString& pdf) {
            QStringList lines = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                                    .replace(moment, QStringLiteral("TIME"))
                                    .split(u'\n');
            lines.sort();
            return lines;
        };
        const QStringList expected = linesOf(cli);
        QVERIFY(expected.join(u'\n').contains(QStringLiteral("TIME")));
        QVERIFY(expected.size() > 500);
        QCOMPARE(linesOf(gui), expected);
        const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        QCOMPARE(pages.match(run(QStringLiteral("pdfinfo"), { gui })).captured(1),
            pages.match(run(QStringLiteral("pdfinfo"), { cli })).captured(1));
    }

    // Signed from the dialog: both files get a detached CMS signature that `openssl cms`
    // verifies; a half-filled signing section is refused before anything is written.
    void signsThePdfAndTheBundle()
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QCOMPARE(
            exitCodeOf(QStringLiteral("openssl"),
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Nameplan GUI test"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=digitalSignature") }),
            0);
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox*>()->setChecked(true);
        auto* sign = dialog->findChild<QGroupBox*>();
        for (QGroupBox* box : dialog->findChildren<QGroupBox*>()) {
            if (box->isCheckable())
                sign = box;
        }
        QVERIFY(sign && sign->isCheckable());
        sign->setChecked(true);
        QLineEdit* keyEdit = nullptr;
        QLineEdit* certEdit = nullptr;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            if (edit->accessibleName() == u"Private key (PEM)")
                keyEdit = edit;
            if (edit->accessibleName() == u"Certificate (PEM)")
                certEdit = edit;
        }
        QVERIFY(keyEdit && certEdit);
        keyEdit->setText(key);
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(!dialog->saveTo(pdf).isEmpty());
        QVERIFY(!QFile::exists(pdf));
        certEdit->setText(cert);
        QCOMPARE(dialog->saveTo(pdf), QString());
        for (const QString& file : { pdf, m_dir.filePath(QStringLiteral("signed.json")) }) {
            QCOMPARE(exitCodeOf(QStringLiteral("openssl"),
                         { QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                             QStringLiteral("-inform"), QStringLiteral("PEM"), QStringLiteral("-in"),
                             file + QStringLiteral(".p7s"), QStringLiteral("-content"), file, QStringLiteral("-CAfile"),
                             cert, QStringLiteral("-purpose"), QStringLiteral("any"), QStringLiteral("-out"),
                             QStringLiteral("/dev/null") }),
                0);
        }
    }

    // Cancel drops the previous preview with the build: Save is off and writes nothing until a
    // build of the options shown has finished; that build then is what Save writes.
    void saveAfterCancelWritesNothingStale()
    {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveReport"));
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelReport"));
        QVERIFY(save && cancel);
        QVERIFY(save->isEnabled());
        auto* paper = dialog->findChild<QComboBox*>();
        {
            // Chosen without the build the choice starts, so that Cancel follows the start of
            // the build at once: the offline build of the example takes only some milliseconds.
            const QSignalBlocker quiet(paper);
            paper->setCurrentIndex(paper->findData(QStringLiteral("Letter")));
        }
        dialog->rebuild(); // Update Preview
        QVERIFY(dialog->isBuilding());
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        const QLabel* status = dialog->findChild<QLabel*>(QStringLiteral("reportStatus"));
        QVERIFY(QTest::qWaitFor(
            [dialog, status] { return !dialog->isBuilding() && status->text().startsWith(u"Canceled"); }, 30000));
        const QString pdf = m_dir.filePath(QStringLiteral("after-cancel.pdf"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog->saveTo(pdf).isEmpty());
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(dialog->pageCount(), 0);
        QCOMPARE(dialog->currentPage(), -1);
        QCOMPARE(status->text(), QStringLiteral("Canceled. Update Preview builds the report again."));

        QSignalSpy ready(dialog, &ReportExportDialog::previewReady);
        dialog->rebuild(); // Update Preview
        QVERIFY(ready.wait(60000));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog->saveTo(pdf), QString());
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        QVERIFY2(info.contains(QStringLiteral("(letter)")), qPrintable(info));
    }

    // A duration that does not parse leaves nothing to save either: the preview shown was of
    // other options.
    void refusedOptionsDropThePreview()
    {
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        QLineEdit* duration = nullptr;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            if (edit->accessibleName() == u"Duration of the outage")
                duration = edit;
        }
        QVERIFY(duration);
        duration->setText(QStringLiteral("soon"));
        dialog->rebuild();
        QVERIFY(!dialog->isBuilding());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reportStatus"))->text().startsWith(u"Duration:"));
        QCOMPARE(dialog->pageCount(), 0);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveReport"))->isEnabled());
        QVERIFY(!dialog->saveTo(m_dir.filePath(QStringLiteral("refused.pdf"))).isEmpty());
    }

    // Paper, bundle, signing and zoom come back in the next dialog, even after the window is
    // gone (QSettings, isolated by the test mode); the outage, which names one model's
    // components, does not.
    void optionsAreRemembered()
    {
        {
            ReportExportDialog* dialog = openDialog();
            QVERIFY(dialog);
            auto* paper = dialog->findChild<QComboBox*>();
            paper->setCurrentIndex(paper->findData(QStringLiteral("Letter")));
            dialog->findChild<QCheckBox*>()->setChecked(true); // the JSON bundle
            for (QGroupBox* box : dialog->findChildren<QGroupBox*>()) {
                if (box->isCheckable())
                    box->setChecked(true);
            }
            for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
                if (edit->accessibleName() == u"Private key (PEM)")
                    edit->setText(QStringLiteral("/keys/evidence.key"));
                if (edit->accessibleName() == u"Certificate (PEM)")
                    edit->setText(QStringLiteral("/keys/evidence.crt"));
                if (edit->accessibleName() == u"Outage set of the extra scenario")
                    edit->setText(QStringLiteral("shieldco"));
            }
            dialog->findChild<QSpinBox*>()->setValue(100);
            QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBuilding(); }, 60000));
        }
        m_window.reset();
        openWindow();
        ReportExportDialog* dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox*>()->currentData().toString(), QStringLiteral("Letter"));
        QVERIFY(dialog->pageImage(0).width() > dialog->pageImage(0).height() * 0.75); // built on Letter
        QVERIFY(dialog->findChild<QCheckBox*>()->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("includeLive"))->isChecked());
        for (QGroupBox* box : dialog->findChildren<QGroupBox*>()) {
            if (box->isCheckable())
                QVERIFY(box->isChecked());
        }
        QStringList texts;
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
            texts.append(edit->accessibleName() + u'=' + edit->text());
        QVERIFY2(texts.contains(QStringLiteral("Private key (PEM)=/keys/evidence.key")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("Certificate (PEM)=/keys/evidence.crt")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(QStringLiteral("Outage set of the extra scenario=")), qPrintable(texts.join(u'\n')));
        QCOMPARE(dialog->findChild<QSpinBox*>()->value(), 100);
    }

private:
    void screenshot(ReportExportDialog* dialog)
    {
        const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        dialog->showPage(2);
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(directory).filePath(QStringLiteral("export-evidence-report.png"))));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
