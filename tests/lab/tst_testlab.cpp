// SPDX-License-Identifier: GPL-3.0-or-later
// The lab itself: servers start fast, replication really happens by AXFR and NOTIFY, the
// planted faults behave as planted, and zones are signed by the real tools.
#include "testlab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {
constexpr auto probe = 500ms;
const QString zoneName = QStringLiteral("example.test.");

ZoneFile makeZone(quint32 serial, const LabServer* primary)
{
    ZoneFile zone(zoneName, serial);
    zone.addNameServer(QStringLiteral("ns1"), primary->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.80"));
    return zone;
}

LabServer* addServer(TestLab& lab, const QString& kind, const QString& name)
{
    if (kind == QStringLiteral("bind"))
        return lab.addBind(name);
    if (kind == QStringLiteral("knot"))
        return lab.addKnot(name);
    return lab.addNsd(name);
}

std::optional<QByteArray> ask(const LabServer* server, const QString& name, quint16 type)
{
    static quint16 id = 0x2000;
    return LabMessage::exchangeUdp(server->endpoint(), LabMessage::query(name, type, ++id), probe);
}

// True when a TCP connection to the endpoint is refused (RST), as opposed to accepted.
bool tcpRefused(const ServerEndpoint& endpoint)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(endpoint.port);
    inet_pton(AF_INET, endpoint.address.toLatin1().constData(), &address.sin_addr);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int result = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    const int error = errno;
    ::close(fd);
    return result != 0 && error == ECONNREFUSED;
}
}

class TestLabTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void primaryFeedsSecondaries_data();
    void primaryFeedsSecondaries();
    void plantedFaults();
    void signedZones_data();
    void signedZones();
};

void TestLabTest::primaryFeedsSecondaries_data()
{
    QTest::addColumn<QString>("primaryKind");
    QTest::addColumn<QString>("secondaryKind");
    QTest::newRow("nsd -> bind") << QStringLiteral("nsd") << QStringLiteral("bind");
    QTest::newRow("nsd -> knot") << QStringLiteral("nsd") << QStringLiteral("knot");
    QTest::newRow("knot -> bind") << QStringLiteral("knot") << QStringLiteral("bind");
    QTest::newRow("bind -> nsd") << QStringLiteral("bind") << QStringLiteral("nsd");
}

// The secondary starts empty, so an answer with the zone's serial can only come from a
// transfer; the serial bump then arrives by NOTIFY (SOA refresh is an hour).
void TestLabTest::primaryFeedsSecondaries()
{
    QFETCH(QString, primaryKind);
    QFETCH(QString, secondaryKind);
    TestLab lab;
    LabServer* primary = addServer(lab, primaryKind, QStringLiteral("primary"));
    LabServer* secondary = addServer(lab, secondaryKind, QStringLiteral("secondary"));
    ZoneFile zone = makeZone(2024010101, primary);
    const QString file = lab.writeZone(zone);
    QVERIFY(!file.isEmpty());
    primary->addPrimaryZone(zoneName, file);
    lab.replicate(primary, zoneName, { secondary });

    QElapsedTimer clock;
    clock.start();
    QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
    qInfo("%s primary and %s secondary answering after %lld ms", qPrintable(primaryKind), qPrintable(secondaryKind),
        clock.elapsed());
    QVERIFY(clock.elapsed() < 4000); // two servers, under 2 s each

    QVERIFY(secondary->waitForSerial(zoneName, 2024010101, 5s));
    const auto www = ask(secondary, QStringLiteral("www.example.test"), LabMessage::A);
    QVERIFY(www);
    QCOMPARE(LabMessage::rcode(*www), int(LabMessage::NoError));
    QVERIFY(LabMessage::isAuthoritative(*www));
    QCOMPARE(LabMessage::answerCount(*www), 1);

    zone.setSerial(2024010102);
    zone.add(QStringLiteral("new"), QStringLiteral("A"), QStringLiteral("192.0.2.81"));
    QCOMPARE(lab.writeZone(zone), file);
    clock.restart();
    QVERIFY(primary->reload());
    QVERIFY(primary->waitForSerial(zoneName, 2024010102, 5s));
    const qint64 reloaded = clock.elapsed();
    QVERIFY2(secondary->waitForSerial(zoneName, 2024010102, 10s), qPrintable(secondary->logs()));
    qInfo(
        "primary reloaded after %lld ms, secondary notified and transferred after %lld ms", reloaded, clock.elapsed());
    const auto added = ask(secondary, QStringLiteral("new.example.test"), LabMessage::A);
    QVERIFY(added);
    QCOMPARE(LabMessage::answerCount(*added), 1);
    // The daemons' own logs name the transfer: it was a real AXFR from the primary.
    const QString logs = secondary->logs();
    QVERIFY2(
        logs.contains(QStringLiteral("AXFR")) || logs.contains(QStringLiteral("Transfer completed")), qPrintable(logs));
}

void TestLabTest::plantedFaults()
{
    TestLab lab;
    NsdServer* primary = lab.addNsd(QStringLiteral("primary"));
    const ZoneFile zone = makeZone(2024020202, primary);
    primary->addPrimaryZone(zoneName, lab.writeZone(zone));
    const TestLab::Faults faults = lab.plantFaults(zone);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
    qInfo("5 servers (2 nsd, unbound, silent, and the primary) answering after %lld ms", clock.elapsed());

    QCOMPARE(primary->serial(zoneName, probe), std::optional<quint32>(2024020202));

    const auto lame = ask(faults.lame, zoneName, LabMessage::SOA);
    QVERIFY(lame);
    QCOMPARE(LabMessage::rcode(*lame), int(LabMessage::Refused));
    QVERIFY(!LabMessage::isAuthoritative(*lame));

    QCOMPARE(faults.stale->serial(zoneName, probe), std::optional<quint32>(2024020201));

    const auto udp = ask(faults.tcpRefusing, QStringLiteral("www.example.test"), LabMessage::A);
    QVERIFY(udp);
    QVERIFY(LabMessage::isAuthoritative(*udp));
    QCOMPARE(LabMessage::answerCount(*udp), 1);
    QVERIFY(tcpRefused(faults.tcpRefusing->endpoint()));
    QVERIFY(!tcpRefused(primary->endpoint()));

    QElapsedTimer silence;
    silence.start();
    QVERIFY(!ask(faults.silent, zoneName, LabMessage::SOA));
    QVERIFY(silence.elapsed() >= 400);
    QVERIFY(!tcpRefused(faults.silent->endpoint())); // it listens; it just never speaks

    // Stopping is by PID and leaves nothing answering.
    primary->stop(3s);
    QVERIFY(!primary->isRunning());
    QVERIFY(!ask(primary, zoneName, LabMessage::SOA));
}

void TestLabTest::signedZones_data()
{
    QTest::addColumn<int>("tool");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("nsec3");
    QTest::newRow("bind ECDSAP256SHA256 NSEC")
        << int(ZoneSigner::Tool::Bind) << QStringLiteral("ECDSAP256SHA256") << false;
    QTest::newRow("bind RSASHA256 NSEC3") << int(ZoneSigner::Tool::Bind) << QStringLiteral("RSASHA256") << true;
    QTest::newRow("ldns ED25519 NSEC3") << int(ZoneSigner::Tool::Ldns) << QStringLiteral("ED25519") << true;
    QTest::newRow("ldns ECDSAP384SHA384 NSEC")
        << int(ZoneSigner::Tool::Ldns) << QStringLiteral("ECDSAP384SHA384") << false;
}

// Signed with the chosen window and served: DNSKEY answers carry their RRSIG.
void TestLabTest::signedZones()
{
    QFETCH(int, tool);
    QFETCH(QString, algorithm);
    QFETCH(bool, nsec3);
    TestLab lab;
    NsdServer* server = lab.addNsd(QStringLiteral("signed"));
    const QString file = lab.writeZone(makeZone(7, server));
    ZoneSigner::Spec spec;
    spec.tool = static_cast<ZoneSigner::Tool>(tool);
    spec.algorithm = algorithm;
    spec.rsaBits = 1024; // key generation time, not strength, matters here
    spec.nsec3 = nsec3;
    spec.nsec3Iterations = 0;
    spec.inception = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    spec.expiration = QDateTime(QDate(2035, 1, 1), QTime(0, 0), Qt::UTC);
    const ZoneSigner::Result signedZone
        = ZoneSigner::sign(file, zoneName, lab.directory() + QStringLiteral("/keys"), spec);
    QVERIFY2(signedZone.ok(), qPrintable(signedZone.error));
    QCOMPARE(signedZone.keyBases.size(), 2);
    QVERIFY(signedZone.dsRecords.contains(QStringLiteral(" DS ")));
    QCOMPARE(signedZone.dnskeyRecords.count(QStringLiteral("DNSKEY")), 2);

    QFile text(signedZone.signedFile);
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray zoneText = text.readAll();
    QVERIFY(zoneText.contains("20350101000000"));
    QVERIFY(zoneText.contains("20250101000000"));
    QCOMPARE(zoneText.contains("NSEC3PARAM"), nsec3);

    server->addPrimaryZone(zoneName, signedZone.signedFile);
    QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
    static quint16 id = 0x5000;
    const auto dnskey = LabMessage::exchangeUdp(
        server->endpoint(), LabMessage::query(zoneName, LabMessage::DNSKEY, ++id, 4096, true), probe);
    QVERIFY(dnskey);
    QCOMPARE(LabMessage::rcode(*dnskey), int(LabMessage::NoError));
    QVERIFY(LabMessage::answerCount(*dnskey) >= 3); // KSK, ZSK and at least one RRSIG
}

QTEST_GUILESS_MAIN(TestLabTest)
#include "tst_testlab.moc"
