// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan --screenshot OUT.png FILE` run as the docs run it: a separate process, no display.

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>

namespace {
constexpr int timeoutMs = 60000;
const QString examplePath = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");
} // namespace

class TestScreenshotCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersExampleEstate();
    void refusesBrokenFile();
};

void TestScreenshotCommand::rendersExampleEstate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("main-window.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY")); // as on a build server
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE), { QStringLiteral("--screenshot"), out, examplePath });
    QVERIFY2(process.waitForFinished(timeoutMs), "nameplan --screenshot did not finish in time");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());

    const QImage image(out);
    QCOMPARE(image.size(), QSize(1400, 900));
    // Not blank: a real window has many colours (text, icons, selection, alternating rows).
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestScreenshotCommand::refusesBrokenFile()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.nameplan.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"schema\": ");
    file.close();
    const QString out = dir.filePath(QStringLiteral("never.png"));
    QProcess process;
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE), { QStringLiteral("--screenshot"), out, broken });
    QVERIFY(process.waitForFinished(timeoutMs));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(!QFile::exists(out));
    QVERIFY(process.readAllStandardError().contains("broken.nameplan.json"));
}

QTEST_MAIN(TestScreenshotCommand)
#include "tst_screenshotcommand.moc"
