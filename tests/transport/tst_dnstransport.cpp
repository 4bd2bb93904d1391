// SPDX-License-Identifier: GPL-3.0-or-later
// The c-ares transport against real servers from the test lab: NSD for answers, a silent
// server for timeouts, a lame NSD for REFUSED, Unbound without TCP for refused connections.
#include "blockingexchange.h"
#include "dnstransport.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {
const QString zoneName = QStringLiteral("example.test.");
constexpr int bigTxtRecords = 8; // about 2 KiB of RDATA: over 1232 bytes, so TC over UDP

QByteArray query(const QString& name, quint16 type, quint16 id, quint16 edns = 1232)
{
    return LabMessage::query(name, type, id, edns);
}

QueryOptions quick(bool tcp = false)
{
    QueryOptions options;
    options.forceTcp = tcp;
    options.attemptTimeout = 1000ms;
    options.attempts = 2;
    return options;
}
}

class DnsTransportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void udpAnswer();
    void truncatedFallsBackToTcp();
    void forcedTcp();
    void ipv6();
    void timeoutAgainstSilentServer();
    void refusedIsDelivered();
    void refusedConnections();
    void manyQueriesWithConcurrencyBound();
    void cancelOne();
    void cancelAll();
    void deadlineOfBlockingExchange();
    void cancelOfBlockingExchange();
    void rejectedBeforeSending();

private:
    void verifyFresh(const TransportResult& result, const ServerEndpoint& server);

    std::unique_ptr<TestLab> m_lab;
    NsdServer* m_nsd = nullptr;
    NsdServer* m_nsd6 = nullptr;
    TestLab::Faults m_faults;
};

void DnsTransportTest::initTestCase()
{
    m_lab = std::make_unique<TestLab>();
    m_nsd = m_lab->addNsd(QStringLiteral("nsd"));
    ZoneFile zone(zoneName, 2024030303);
    zone.addNameServer(QStringLiteral("ns1"), m_nsd->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.80"));
    zone.addLargeTxt(QStringLiteral("big"), bigTxtRecords);
    const QString file = m_lab->writeZone(zone);
    m_nsd->addPrimaryZone(zoneName, file);
    if (LabNetwork::hasIpv6Loopback()) {
        m_nsd6 = m_lab->addNsd(QStringLiteral("nsd6"), m_lab->allocate(true));
        m_nsd6->addPrimaryZone(zoneName, file);
    }
    m_faults = m_lab->plantFaults(zone);
    QVERIFY2(m_lab->startAll(), qPrintable(m_lab->lastError()));
}

void DnsTransportTest::cleanupTestCase()
{
    m_lab.reset();
}

void DnsTransportTest::verifyFresh(const TransportResult& result, const ServerEndpoint& server)
{
    QCOMPARE(result.server, server);
    QVERIFY(result.observedAt.isValid());
    QCOMPARE(result.observedAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(result.observedAt.secsTo(QDateTime::currentDateTimeUtc())) < 30);
}

void DnsTransportTest::udpAnswer()
{
    const QByteArray bytes = query(QStringLiteral("www.example.test"), LabMessage::A, 0x1234);
    const TransportResult result = BlockingExchange::run(bytes, m_nsd->endpoint(), quick());
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    verifyFresh(result, m_nsd->endpoint());
    QVERIFY(!result.overTcp);
    QVERIFY(!result.truncatedOverUdp);
    QVERIFY(result.latency > 0us);
    QVERIFY(result.latency < 1s);
    // The query went out unchanged: same ID back, authoritative answer with the record.
    QCOMPARE(LabMessage::id(result.response), 0x1234);
    QCOMPARE(LabMessage::rcode(result.response), int(LabMessage::NoError));
    QVERIFY(LabMessage::isAuthoritative(result.response));
    QCOMPARE(LabMessage::answerCount(result.response), 1);
}

void DnsTransportTest::truncatedFallsBackToTcp()
{
    const QByteArray bytes = query(QStringLiteral("big.example.test"), LabMessage::TXT, 0x2345);
    const TransportResult result = BlockingExchange::run(bytes, m_nsd->endpoint(), quick());
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QVERIFY(result.truncatedOverUdp);
    QVERIFY(result.overTcp);
    QVERIFY(!LabMessage::isTruncated(result.response));
    QVERIFY(result.response.size() > 1232);
    QCOMPARE(LabMessage::answerCount(result.response), bigTxtRecords);
    QCOMPARE(LabMessage::id(result.response), 0x2345);
}

void DnsTransportTest::forcedTcp()
{
    const QByteArray bytes = query(QStringLiteral("www.example.test"), LabMessage::A, 0x3456);
    const TransportResult result = BlockingExchange::run(bytes, m_nsd->endpoint(), quick(true));
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QVERIFY(result.overTcp);
    QVERIFY(!result.truncatedOverUdp);
    QCOMPARE(LabMessage::answerCount(result.response), 1);

    // A big answer over TCP from the start is never truncated.
    const TransportResult big = BlockingExchange::run(
        query(QStringLiteral("big.example.test"), LabMessage::TXT, 0x3457), m_nsd->endpoint(), quick(true));
    QVERIFY2(big.ok(), qPrintable(big.summary()));
    QVERIFY(!big.truncatedOverUdp);
    QCOMPARE(LabMessage::answerCount(big.response), bigTxtRecords);
}

void DnsTransportTest::ipv6()
{
    if (!m_nsd6)
        QSKIP("::1 cannot be bound on this machine (IPv6 disabled on loopback)");
    QCOMPARE(m_nsd6->endpoint().address, QStringLiteral("::1"));
    for (const bool tcp : { false, true }) {
        const TransportResult result = BlockingExchange::run(
            query(QStringLiteral("www.example.test"), LabMessage::A, 0x4567), m_nsd6->endpoint(), quick(tcp));
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.overTcp, tcp);
        QCOMPARE(result.server.toString(), QStringLiteral("[::1]:") + QString::number(m_nsd6->endpoint().port));
        QCOMPARE(LabMessage::answerCount(result.response), 1);
    }
}

// Two attempts of 300 ms: c-ares 1.18 doubles the second, so 900 ms in all (worstCase()).
void DnsTransportTest::timeoutAgainstSilentServer()
{
    for (const bool tcp : { false, true }) {
        QueryOptions options = quick(tcp);
        options.attemptTimeout = 300ms;
        options.attempts = 2;
        QCOMPARE(options.worstCase(), 900ms);
        QElapsedTimer clock;
        clock.start();
        const TransportResult result
            = BlockingExchange::run(query(zoneName, LabMessage::SOA, 0x5678), m_faults.silent->endpoint(), options, 5s);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.error, TransportError::Timeout);
        QVERIFY(result.response.isEmpty());
        QCOMPARE(result.overTcp, tcp);
        verifyFresh(result, m_faults.silent->endpoint());
        QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed <= 900 + 500, qPrintable(QString::number(elapsed)));
    }
}

// REFUSED is an answer: ARES_FLAG_NOCHECKRESP keeps it (PLATFORM-NOTES).
void DnsTransportTest::refusedIsDelivered()
{
    const TransportResult result
        = BlockingExchange::run(query(zoneName, LabMessage::SOA, 0x6789), m_faults.lame->endpoint(), quick());
    QVERIFY2(result.ok(), qPrintable(result.summary()));
    QCOMPARE(LabMessage::rcode(result.response), int(LabMessage::Refused));
    QVERIFY(!LabMessage::isAuthoritative(result.response));
    QCOMPARE(LabMessage::id(result.response), 0x6789);
}

void DnsTransportTest::refusedConnections()
{
    const ServerEndpoint udpOnly = m_faults.tcpRefusing->endpoint();
    const TransportResult overUdp
        = BlockingExchange::run(query(QStringLiteral("www.example.test"), LabMessage::A, 0x789a), udpOnly, quick());
    QVERIFY2(overUdp.ok(), qPrintable(overUdp.summary()));

    const TransportResult overTcp
        = BlockingExchange::run(query(QStringLiteral("www.example.test"), LabMessage::A, 0x789b), udpOnly, quick(true));
    QCOMPARE(overTcp.error, TransportError::ConnectionRefused);
    QVERIFY(overTcp.overTcp);

    // Truncated over UDP, then refused over TCP: the evidence says both.
    const TransportResult big
        = BlockingExchange::run(query(QStringLiteral("big.example.test"), LabMessage::TXT, 0x789c), udpOnly, quick());
    QCOMPARE(big.error, TransportError::ConnectionRefused);
    QVERIFY(big.truncatedOverUdp);
    QVERIFY(big.overTcp);

    // Nothing listens at all: UDP gets ICMP port unreachable.
    const ServerEndpoint nobody = m_lab->allocate();
    const TransportResult closed
        = BlockingExchange::run(query(QStringLiteral("www.example.test"), LabMessage::A, 0x789d), nobody, quick());
    QCOMPARE(closed.error, TransportError::ConnectionRefused);
}

void DnsTransportTest::manyQueriesWithConcurrencyBound()
{
    constexpr int total = 500;
    constexpr int bound = 50;
    DnsTransport transport;
    transport.setMaxInFlightPerChannel(bound);
    QHash<quint64, quint16> expectedId;
    int answered = 0;
    int worstInFlight = 0;
    connect(&transport, &DnsTransport::finished, this, [&](const TransportResult& result) {
        worstInFlight = qMax(worstInFlight, transport.inFlightCount());
        if (result.ok() && LabMessage::id(result.response) == expectedId.value(result.queryId)
            && LabMessage::answerCount(result.response) == 1)
            ++answered;
        else
            qWarning("%s id %d expected %d", qPrintable(result.summary()), LabMessage::id(result.response),
                expectedId.value(result.queryId));
    });
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        const auto id = static_cast<quint16>(0x8000 + i);
        const quint64 handle
            = transport.send(query(QStringLiteral("www.example.test"), LabMessage::A, id), m_nsd->endpoint(), quick());
        expectedId.insert(handle, id);
        worstInFlight = qMax(worstInFlight, transport.inFlightCount());
    }
    QCOMPARE(transport.inFlightCount(), bound);
    QCOMPARE(transport.pendingCount(), total);
    QTRY_COMPARE_WITH_TIMEOUT(transport.pendingCount(), 0, 20000);
    QCOMPARE(answered, total);
    QVERIFY(worstInFlight <= bound);
    qInfo("%d queries, %d in flight at most, in %lld ms", total, worstInFlight, clock.elapsed());
}

void DnsTransportTest::cancelOne()
{
    DnsTransport transport;
    QSignalSpy spy(&transport, &DnsTransport::finished);
    QueryOptions slow = quick();
    slow.attemptTimeout = 5000ms;
    QElapsedTimer clock;
    clock.start();
    const quint64 silent = transport.send(query(zoneName, LabMessage::SOA, 0x9001), m_faults.silent->endpoint(), slow);
    const quint64 answered = transport.send(query(zoneName, LabMessage::SOA, 0x9002), m_nsd->endpoint(), slow);
    QVERIFY(clock.elapsed() < 100); // sending never waits for the network
    QCOMPARE(spy.count(), 0); // results come from the event loop, never from inside send()
    QVERIFY(transport.cancel(silent));
    QVERIFY(!transport.cancel(silent));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 3000);
    QVERIFY(clock.elapsed() < 3000);
    QHash<quint64, TransportResult> byId;
    for (const QList<QVariant>& arguments : std::as_const(spy)) {
        const auto result = arguments.constFirst().value<TransportResult>();
        byId.insert(result.queryId, result);
    }
    QCOMPARE(byId.value(silent).error, TransportError::Cancelled);
    QCOMPARE(byId.value(silent).server, m_faults.silent->endpoint());
    QVERIFY(byId.value(answered).ok());
    QVERIFY(!spy.wait(300)); // nothing more, in particular no late timeout for the cancelled one
}

void DnsTransportTest::cancelAll()
{
    DnsTransport transport;
    transport.setMaxInFlightPerChannel(4);
    QSignalSpy spy(&transport, &DnsTransport::finished);
    QueryOptions slow = quick();
    slow.attemptTimeout = 5000ms;
    for (int i = 0; i < 20; ++i)
        transport.send(
            query(zoneName, LabMessage::SOA, static_cast<quint16>(0xa000 + i)), m_faults.silent->endpoint(), slow);
    QCOMPARE(transport.inFlightCount(), 4);
    transport.cancelAll();
    QCOMPARE(transport.pendingCount(), 0);
    QCOMPARE(transport.inFlightCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 20, 2000);
    QSet<quint64> ids;
    for (const QList<QVariant>& arguments : std::as_const(spy)) {
        const auto result = arguments.constFirst().value<TransportResult>();
        QCOMPARE(result.error, TransportError::Cancelled);
        ids.insert(result.queryId);
    }
    QCOMPARE(ids.size(), 20);
    QVERIFY(!spy.wait(300));

    // The transport still works afterwards.
    transport.send(query(zoneName, LabMessage::SOA, 0xa100), m_nsd->endpoint(), quick());
    QVERIFY(spy.wait(3000));
    QVERIFY(spy.constLast().constFirst().value<TransportResult>().ok());
}

void DnsTransportTest::deadlineOfBlockingExchange()
{
    QueryOptions slow = quick();
    slow.attemptTimeout = 5000ms;
    QElapsedTimer clock;
    clock.start();
    const TransportResult result
        = BlockingExchange::run(query(zoneName, LabMessage::SOA, 0xb001), m_faults.silent->endpoint(), slow, 300ms);
    QCOMPARE(result.error, TransportError::DeadlineExceeded);
    QVERIFY(clock.elapsed() >= 290);
    QVERIFY(clock.elapsed() < 1000);
}

// A stop asked while a silent server holds the queries ends them within the 50 ms poll, long
// before the deadline; the server that did answer keeps its answer.
void DnsTransportTest::cancelOfBlockingExchange()
{
    QueryOptions slow = quick();
    slow.attemptTimeout = 5000ms;
    QElapsedTimer clock;
    clock.start();
    const QList<TransportResult> results
        = BlockingExchange::runAll({ { query(zoneName, LabMessage::SOA, 0xb101), m_faults.silent->endpoint(), slow },
                                       { query(zoneName, LabMessage::SOA, 0xb102), m_nsd->endpoint(), slow } },
            10s, 64, [&clock] { return clock.elapsed() >= 300; });
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].error, TransportError::Cancelled);
    QVERIFY(results[1].ok());
    QVERIFY(clock.elapsed() >= 290);
    QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));
}

void DnsTransportTest::rejectedBeforeSending()
{
    const TransportResult tooShort = BlockingExchange::run(QByteArray(5, '\0'), m_nsd->endpoint(), quick());
    QCOMPARE(tooShort.error, TransportError::BadQuery);
    const TransportResult hostName = BlockingExchange::run(
        query(zoneName, LabMessage::SOA, 1), ServerEndpoint { QStringLiteral("ns1.example.test"), 53 }, quick());
    QCOMPARE(hostName.error, TransportError::BadServer);
}

QTEST_GUILESS_MAIN(DnsTransportTest)
#include "tst_dnstransport.moc"
