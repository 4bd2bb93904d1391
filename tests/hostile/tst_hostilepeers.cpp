// SPDX-License-Identifier: GPL-3.0-or-later
// The transport and the parser against peers that misbehave on purpose (HostileServer): for
// every mode, over UDP and over TCP, the exchange ends by itself within its timeouts with an
// error — a transport error, or response octets the parser rejects — and nothing crashes or
// reads out of bounds (the sanitizer build runs this test too).
#include "blockingexchange.h"
#include "dnsmessage.h"
#include "hostileserver.h"
#include "labmessage.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(nameplan::HostileServer::Mode)

namespace {
QueryOptions quick(bool tcp)
{
    QueryOptions options;
    options.forceTcp = tcp;
    options.attemptTimeout = 400ms;
    options.attempts = 2;
    return options;
}

// What the transport may take: its worst case, once more when a UDP answer with TC sends it
// to TCP (c-ares 1.18 restarts the attempt's timer then), plus scheduling slack on a loaded
// machine.
std::chrono::milliseconds bound(const QueryOptions& options)
{
    return options.worstCase() * (options.forceTcp ? 1 : 2) + 1000ms;
}
}

class HostilePeersTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyModeEndsInAnError_data();
    void everyModeEndsInAnError();
    void parserRejectsEveryHostileReply_data();
    void parserRejectsEveryHostileReply();

private:
    std::unique_ptr<TestLab> m_lab;
};

void HostilePeersTest::initTestCase()
{
    m_lab = std::make_unique<TestLab>();
}

void HostilePeersTest::everyModeEndsInAnError_data()
{
    QTest::addColumn<HostileServer::Mode>("mode");
    QTest::addColumn<bool>("tcp");
    for (const HostileServer::Mode mode : HostileServer::allModes()) {
        const QByteArray name = HostileServer::modeName(mode).toLatin1();
        QTest::newRow(QByteArray(name + " udp").constData()) << mode << false;
        if (mode != HostileServer::Mode::OtherSourcePort)
            QTest::newRow(QByteArray(name + " tcp").constData()) << mode << true;
    }
}

void HostilePeersTest::everyModeEndsInAnError()
{
    QFETCH(HostileServer::Mode, mode);
    QFETCH(bool, tcp);
    HostileServer server(mode, m_lab->allocate());
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QueryOptions options = quick(tcp);
    const QByteArray query = LabMessage::query(QStringLiteral("www.example.test."), LabMessage::A, 0x4242);

    QElapsedTimer clock;
    clock.start();
    const TransportResult result = BlockingExchange::run(query, server.endpoint(), options, bound(options) * 2);
    const auto elapsed = std::chrono::milliseconds(clock.elapsed());

    QVERIFY2(server.queriesSeen() > 0, "the query never reached the hostile server");
    QVERIFY2(result.error != TransportError::DeadlineExceeded, qPrintable(result.summary()));
    QVERIFY2(elapsed <= bound(options),
        qPrintable(QStringLiteral("%1 ms for %2").arg(elapsed.count()).arg(result.summary())));
    if (result.ok()) {
        const DnsMessage parsed = DnsMessage::parse(result.response);
        QVERIFY2(!parsed.isValid(), qPrintable(QStringLiteral("accepted: ") + result.summary()));
    }
}

void HostilePeersTest::parserRejectsEveryHostileReply_data()
{
    QTest::addColumn<QByteArray>("wire");
    const QByteArray query = LabMessage::query(QStringLiteral("www.example.test."), LabMessage::A, 7);
    using Mode = HostileServer::Mode;
    for (const Mode mode : { Mode::Malformed, Mode::Oversized, Mode::CompressionLoop, Mode::Garbage }) {
        const QByteArray name = HostileServer::modeName(mode).toLatin1();
        QTest::newRow(QByteArray(name + " udp").constData()) << HostileServer::udpReply(mode, query);
        QTest::newRow(QByteArray(name + " tcp").constData()) << HostileServer::tcpStream(mode, query).mid(2);
    }
    for (const Mode mode : { Mode::ForeverTruncated, Mode::CloseMidMessage })
        QTest::newRow(QByteArray(HostileServer::modeName(mode).toLatin1() + " tcp").constData())
            << HostileServer::tcpStream(mode, query).mid(2);
}

// The octets the transport may hand over, given straight to the parser: it must say no
// (never crash, never read past the end), whatever reached the transport's caller.
void HostilePeersTest::parserRejectsEveryHostileReply()
{
    QFETCH(QByteArray, wire);
    const DnsMessage parsed = DnsMessage::parse(wire);
    QVERIFY(!parsed.isValid());
}

QTEST_GUILESS_MAIN(HostilePeersTest)
#include "tst_hostilepeers.moc"
