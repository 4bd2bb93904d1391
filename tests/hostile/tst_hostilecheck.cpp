// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan check --zone Z --ns HOST=IP:PORT` end to end against one hostile authority per
// mode: the command exits 1 (a check failed), reports findings with a message for that
// authority, and finishes within a bound derived from its --timeout.
#include "hostileserver.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace nameplan;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(nameplan::HostileServer::Mode)

namespace {
constexpr int attemptMs = 300;
// Every query of the check may meet its worst case (300 + 600 ms), a few rounds in sequence,
// on a loaded machine; far below what a hang would take (the runner kills at twice this).
constexpr std::chrono::milliseconds commandBound { 20000 };
}

class HostileCheckTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkReportsEveryMode_data();
    void checkReportsEveryMode();

private:
    std::unique_ptr<TestLab> m_lab;
};

void HostileCheckTest::initTestCase()
{
    m_lab = std::make_unique<TestLab>();
}

void HostileCheckTest::checkReportsEveryMode_data()
{
    QTest::addColumn<HostileServer::Mode>("mode");
    // An error finding of this check whose message holds this text (as measured: c-ares drops
    // answers with a wrong ID, question or source; it reports a TCP peer that closes early as
    // a refused connection; the parser names what is wrong with the octets that got through).
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("text");
    using Mode = HostileServer::Mode;
    const auto row = [](Mode mode, const char* check, const char* text) {
        QTest::newRow(QByteArray(HostileServer::modeName(mode).toLatin1() + ' ' + check).constData())
            << mode << QString::fromLatin1(check) << QString::fromLatin1(text);
    };
    row(Mode::Malformed, "authoritative", "not a valid DNS message: malformed: truncated data");
    row(Mode::Oversized, "authoritative", "not a valid DNS message: malformed: trailing data");
    row(Mode::CompressionLoop, "authoritative", "not a valid DNS message: malformed: compression loop");
    row(Mode::MismatchedId, "reachable-udp", "no answer over UDP: timeout");
    row(Mode::WrongQuestion, "reachable-udp", "no answer over UDP: timeout");
    row(Mode::ForeverTruncated, "reachable-udp", "no answer over UDP (answer truncated, TCP retry failed)");
    row(Mode::SlowDrip, "reachable-tcp", "no answer over TCP: timeout");
    row(Mode::Garbage, "reachable-udp", "no answer over UDP: timeout");
    row(Mode::CloseMidMessage, "reachable-tcp", "no answer over TCP");
    row(Mode::CloseMidMessage, "reachable-udp", "no answer over UDP (answer truncated, TCP retry failed)");
    row(Mode::LengthThenNothing, "reachable-tcp", "no answer over TCP: timeout");
    row(Mode::OtherSourcePort, "reachable-udp", "no answer over UDP: timeout");
}

void HostileCheckTest::checkReportsEveryMode()
{
    QFETCH(HostileServer::Mode, mode);
    QFETCH(QString, check);
    QFETCH(QString, text);
    HostileServer server(mode, m_lab->allocate());
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    // The hostile server lives on this thread: wait in an event loop, not waitForFinished().
    QProcess process;
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(commandBound * 2, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(NAMEPLAN_EXECUTABLE),
        { QStringLiteral("check"), QStringLiteral("--zone"), QStringLiteral("example.test"), QStringLiteral("--ns"),
            QStringLiteral("ns1.example.test=") + server.endpoint().toString(), QStringLiteral("--timeout"),
            QString::number(attemptMs), QStringLiteral("--json") });
    loop.exec();
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("nameplan check did not finish");
    }
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, err.constData());
    QVERIFY2(elapsed <= commandBound, qPrintable(QStringLiteral("%1 ms").arg(elapsed.count())));
    QVERIFY(server.queriesSeen() > 0);

    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(json.value(QStringLiteral("failed")).toBool());
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    bool expected = false;
    QStringList seen;
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        const QString message = finding.value(QStringLiteral("finding")).toString();
        QVERIFY(!message.isEmpty());
        const QString severity = finding.value(QStringLiteral("severity")).toString();
        const QString id = finding.value(QStringLiteral("check")).toString();
        expected = expected || (severity == u"error" && id == check && message.contains(text));
        seen << severity + QLatin1Char(' ') + id + QStringLiteral(": ") + message;
    }
    QVERIFY2(expected, qPrintable(seen.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(HostileCheckTest)
#include "tst_hostilecheck.moc"
