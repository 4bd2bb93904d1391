// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverendpoint.h"

#include <QTest>

using namespace nameplan;

class ServerEndpointTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void ServerEndpointTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("v4") << QStringLiteral("127.0.0.5") << true << QStringLiteral("127.0.0.5") << 53
                        << QStringLiteral("127.0.0.5:53");
    QTest::newRow("v4 port") << QStringLiteral("127.0.0.5:5353") << true << QStringLiteral("127.0.0.5") << 5353
                             << QStringLiteral("127.0.0.5:5353");
    QTest::newRow("v6") << QStringLiteral("::1") << true << QStringLiteral("::1") << 53 << QStringLiteral("[::1]:53");
    QTest::newRow("v6 brackets port") << QStringLiteral("[2001:db8::1]:853") << true << QStringLiteral("2001:db8::1")
                                      << 853 << QStringLiteral("[2001:db8::1]:853");
    QTest::newRow("host name") << QStringLiteral("ns1.example.test") << false << QString() << 0 << QString();
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0") << false << QString() << 0 << QString();
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0 << QString();
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:53") << false << QString() << 0 << QString();
    QTest::newRow("garbage after bracket") << QStringLiteral("[::1]x53") << false << QString() << 0 << QString();
    QTest::newRow("empty") << QString() << false << QString() << 0 << QString();
}

void ServerEndpointTest::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto endpoint = ServerEndpoint::parse(text);
    QCOMPARE(endpoint.has_value(), valid);
    if (!valid)
        return;
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, canonical);
    QCOMPARE(endpoint->address, address);
    QCOMPARE(int(endpoint->port), port);
    QCOMPARE(endpoint->toString(), canonical);
    QCOMPARE(ServerEndpoint::parse(endpoint->toString()), endpoint);
}

QTEST_GUILESS_MAIN(ServerEndpointTest)
#include "tst_serverendpoint.moc"
