// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan verify-zone --axfr IP[:PORT] Z` against real servers: one zone signed at test
// time, served with AXFR allowed to 127.0.0.0/8 by an NSD and a Knot (a complete, correctly
// signed copy: exit 0, the transfer holds every record of the signed file), by an NSD with a
// copy whose signatures expired yesterday (exit 1, signature expired, EDE 7), by an NSD that
// does not serve the zone (REFUSED/NOTAUTH: exit 2 with the server's answer named) and by a
// server that accepts the TCP connection and stays silent (exit 2 within the timeout), and
// the NSD's own stream cut short by a relay (after its first message, in the middle of a
// message: exit 2, nothing verified). Only 127.0.0.0/8, every wait bounded.
#include "axfrclient.h"
#include "programrun.h"
#include "testlab.h"
#include "zonereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {

// Relays one TCP connection to a real server and cuts the server's stream short: after its
// first DNS message (cutAfter < 0) or after cutAfter octets. What a transfer that breaks off
// looks like to the client, made of the real server's own octets.
class CuttingRelay {
public:
    CuttingRelay(const ServerEndpoint& listenOn, const ServerEndpoint& target, qint64 cutAfter)
        : m_target(target)
        , m_cutAfter(cutAfter)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int on = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        const sockaddr_in address = socketAddress(listenOn);
        if (::bind(m_listen, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
            || ::listen(m_listen, 1) != 0) {
            ::close(m_listen);
            m_listen = -1;
            return;
        }
        m_thread = std::thread([this] { serveOne(); });
    }
    ~CuttingRelay()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_listen >= 0)
            ::close(m_listen);
    }
    CuttingRelay(const CuttingRelay&) = delete;
    CuttingRelay& operator=(const CuttingRelay&) = delete;
    bool listening() const { return m_listen >= 0; }

private:
    static sockaddr_in socketAddress(const ServerEndpoint& endpoint)
    {
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(endpoint.port);
        ::inet_pton(AF_INET, endpoint.address.toLatin1().constData(), &address.sin_addr);
        return address;
    }
    static bool readable(int fd) // every wait bounded: 5 s
    {
        pollfd p { fd, POLLIN, 0 };
        return ::poll(&p, 1, 5000) == 1;
    }
    void serveOne()
    {
        if (!readable(m_listen))
            return;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in target = socketAddress(m_target);
        if (client >= 0 && server >= 0
            && ::connect(server, reinterpret_cast<const sockaddr*>(&target), sizeof target) == 0)
            relay(client, server);
        ::close(server);
        ::close(client);
    }
    void relay(int client, int server)
    {
        char buffer[4096];
        if (!readable(client))
            return;
        const ssize_t query = ::read(client, buffer, sizeof buffer);
        if (query <= 0 || ::write(server, buffer, size_t(query)) != query)
            return;
        QByteArray stream;
        while (readable(server)) {
            const ssize_t got = ::read(server, buffer, sizeof buffer);
            if (got <= 0)
                break;
            stream.append(buffer, got);
            const qint64 cut = m_cutAfter >= 0 || stream.size() < 2
                ? m_cutAfter
                : 2 + ((quint8(stream[0]) << 8) | quint8(stream[1]));
            if (cut >= 0 && stream.size() >= cut) {
                stream.truncate(cut);
                break;
            }
        }
        if (::write(client, stream.constData(), size_t(stream.size())) != stream.size())
            qWarning("relay: short write to the client");
    }

    ServerEndpoint m_target;
    qint64 m_cutAfter;
    int m_listen = -1;
    std::thread m_thread;
};

ProgramRun verifyZone(const QStringList& arguments)
{
    return ProgramRun::nameplan(QStringList { QStringLiteral("verify-zone") } + arguments);
}
} // namespace

class AxfrVerifyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void transferIsComplete_data();
    void transferIsComplete();
    void goodCopyVerifies_data();
    void goodCopyVerifies();
    void expiredCopyFails();
    void refusedTransferIsClearError();
    void silentServerTimesOut();
    void cutStreamIsClearError_data();
    void cutStreamIsClearError();
    void badUsage();

private:
    bool writeFile(const QString& path, const QString& text) const;

    TestLab m_lab;
    QString m_anchorFile;
    QString m_signedFile;
    LabServer* m_nsd = nullptr;
    LabServer* m_knot = nullptr;
    LabServer* m_expired = nullptr;
    LabServer* m_refusing = nullptr;
    LabServer* m_silent = nullptr;
    const QString m_origin = QStringLiteral("axfr.test.");
};

bool AxfrVerifyTest::writeFile(const QString& path, const QString& text) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

void AxfrVerifyTest::initTestCase()
{
    m_nsd = m_lab.addNsd(QStringLiteral("nsd"));
    m_knot = m_lab.addKnot(QStringLiteral("knot"));
    m_expired = m_lab.addNsd(QStringLiteral("expired"));
    m_refusing = m_lab.addNsd(QStringLiteral("refusing"));
    m_silent = m_lab.addSilent(QStringLiteral("silent"));
    ZoneFile zone(m_origin, 2024070101);
    zone.addNameServer(QStringLiteral("ns1"), m_nsd->endpoint().address);
    zone.addNameServer(QStringLiteral("ns2"), m_knot->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    zone.add(QStringLiteral("mail"), QStringLiteral("MX"), QStringLiteral("10 mx.example.net."));
    for (int i = 0; i < 400; ++i) // enough records for the transfer to span several messages
        zone.add(QStringLiteral("host%1").arg(i), QStringLiteral("TXT"),
            QStringLiteral("\"%1\"").arg(QString(200, QLatin1Char('a' + i % 26))));
    const QString dir = m_lab.directory();
    QVERIFY(m_lab.writeZone(zone, QStringLiteral("axfr.zone")).size() > 0);
    const ZoneSigner::Result good = ZoneSigner::sign(
        dir + QStringLiteral("/axfr.zone"), m_origin, dir + QStringLiteral("/keys"), ZoneSigner::Spec {});
    QVERIFY2(good.ok(), qPrintable(good.error));
    m_signedFile = good.signedFile;
    // The same keys, signatures that ended yesterday.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expired = ZoneSigner::resign(dir + QStringLiteral("/axfr.zone"), m_origin,
        dir + QStringLiteral("/keys"), now.addDays(-10), now.addDays(-1), dir + QStringLiteral("/expired.zone.signed"));
    QVERIFY2(expired.isEmpty(), qPrintable(expired));

    m_nsd->addPrimaryZone(m_origin, good.signedFile);
    m_knot->addPrimaryZone(m_origin, good.signedFile);
    m_expired->addPrimaryZone(m_origin, dir + QStringLiteral("/expired.zone.signed"));
    ZoneFile other(QStringLiteral("elsewhere.test."), 1);
    other.addNameServer(QStringLiteral("ns"), m_refusing->endpoint().address);
    m_refusing->addPrimaryZone(other.origin(), m_lab.writeZone(other));
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));

    m_anchorFile = dir + QStringLiteral("/anchor.ds");
    QVERIFY(writeFile(m_anchorFile, good.dsRecords));
}

void AxfrVerifyTest::transferIsComplete_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("nsd") << 0;
    QTest::newRow("knot") << 1;
}

// Every record of the signed file arrives, each once, SOA included once.
void AxfrVerifyTest::transferIsComplete()
{
    QFETCH(int, server);
    const LabServer* source = server == 0 ? m_nsd : m_knot;
    AxfrClient::Limits limits;
    limits.stream.idleTimeout = 5000ms;
    const AxfrClient::Result transfer
        = AxfrClient::transfer(*DnsName::fromText(m_origin.toUtf8()), source->endpoint(), limits);
    QVERIFY2(transfer.ok(), qPrintable(transfer.error));
    QVERIFY2(transfer.messages >= 2, QByteArray::number(transfer.messages).constData());
    ZoneReaderOptions options;
    options.origin = *DnsName::fromText(m_origin.toUtf8());
    ZoneReader reader(options);
    QVERIFY(reader.readFile(m_signedFile));
    QCOMPARE(transfer.records.size(), reader.records().size());
    for (const ResourceRecord& expected : reader.records()) {
        const auto found = std::count_if(transfer.records.begin(), transfer.records.end(),
            [&expected](const ResourceRecord& r) { return r.sameData(expected); });
        QVERIFY2(found == 1, qPrintable(expected.toString()));
    }
}

void AxfrVerifyTest::goodCopyVerifies_data()
{
    transferIsComplete_data();
}

void AxfrVerifyTest::goodCopyVerifies()
{
    QFETCH(int, server);
    const LabServer* source = server == 0 ? m_nsd : m_knot;
    const ProgramRun run = verifyZone({ QStringLiteral("--axfr"), source->endpoint().toString(), m_origin,
        QStringLiteral("--anchor"), m_anchorFile, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("anchored")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("axfr")).toString(), source->endpoint().toString());
    QVERIFY(json.value(QStringLiteral("rrsets")).toInt() > 200);
    QCOMPARE(json.value(QStringLiteral("secureRrsets")).toInt(), json.value(QStringLiteral("rrsets")).toInt());
}

void AxfrVerifyTest::expiredCopyFails()
{
    const ProgramRun run = verifyZone({ QStringLiteral("--axfr"), m_expired->endpoint().toString(), m_origin,
        QStringLiteral("--anchor"), m_anchorFile, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QStringLiteral("verified")).toBool(), false);
    const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("status")).toString(), QStringLiteral("bogus"));
    QCOMPARE(verdict.value(QStringLiteral("ede")).toInt(), 7);
}

void AxfrVerifyTest::refusedTransferIsClearError()
{
    const ProgramRun run = verifyZone({ QStringLiteral("--axfr"), m_refusing->endpoint().toString(), m_origin });
    QVERIFY2(run.exitCode == 2, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.err.contains("REFUSED") || run.err.contains("NOTAUTH"), run.err.constData());
    QVERIFY2(run.err.contains(m_refusing->endpoint().toString().toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void AxfrVerifyTest::silentServerTimesOut()
{
    const ProgramRun run = verifyZone({ QStringLiteral("--axfr"), m_silent->endpoint().toString(), m_origin,
        QStringLiteral("--timeout"), QStringLiteral("800") });
    QVERIFY2(run.exitCode == 2, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.err.contains("silent for 800 ms"), run.err.constData());
    QVERIFY2(run.millis >= 700 && run.millis < 5000, QByteArray::number(run.millis).constData());
}

void AxfrVerifyTest::cutStreamIsClearError_data()
{
    QTest::addColumn<qint64>("cutAfter");
    QTest::newRow("after the first message") << qint64(-1);
    QTest::newRow("inside the first message") << qint64(700);
}

void AxfrVerifyTest::cutStreamIsClearError()
{
    QFETCH(qint64, cutAfter);
    const ServerEndpoint relayed = m_lab.allocate();
    {
        CuttingRelay relay(relayed, m_nsd->endpoint(), cutAfter);
        QVERIFY(relay.listening());
        AxfrClient::Limits limits;
        limits.stream.idleTimeout = 3000ms;
        const AxfrClient::Result transfer
            = AxfrClient::transfer(*DnsName::fromText(m_origin.toUtf8()), relayed, limits);
        QVERIFY(!transfer.ok());
        QVERIFY2(transfer.error.contains(QStringLiteral("closed the connection in the middle of the stream")),
            qPrintable(transfer.error));
        QVERIFY(transfer.records.isEmpty());
        QCOMPARE(transfer.messages, cutAfter < 0 ? 1 : 0);
    }
    CuttingRelay relay(relayed, m_nsd->endpoint(), cutAfter);
    QVERIFY(relay.listening());
    const ProgramRun run
        = verifyZone({ QStringLiteral("--axfr"), relayed.toString(), m_origin, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 2, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.err.contains("AXFR failed"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void AxfrVerifyTest::badUsage()
{
    const QStringList wrong[] = {
        { QStringLiteral("--axfr"), QStringLiteral("ns.example."), m_origin },
        { QStringLiteral("--axfr"), m_nsd->endpoint().toString() },
        { QStringLiteral("--axfr"), m_nsd->endpoint().toString(), m_origin, QStringLiteral("--file"), m_signedFile },
        { QStringLiteral("--axfr"), m_nsd->endpoint().toString(), m_origin, QStringLiteral("--timeout"),
            QStringLiteral("0") },
    };
    for (const QStringList& arguments : wrong) {
        const ProgramRun run = verifyZone(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY2(run.err.startsWith("nameplan verify-zone: "), run.err.constData());
    }
}

QTEST_GUILESS_MAIN(AxfrVerifyTest)
#include "tst_axfrverify.moc"
