// SPDX-License-Identifier: GPL-3.0-or-later
// The iterative resolver with a hostile peer (HostileServer) as its only root: for every mode,
// findAuthorities() and resolve() end with a named ResolveError and a message, within a bound
// derived from the resolver's own query options, and never report an answer.
#include "dnsname.h"
#include "hostileserver.h"
#include "iterativeresolver.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(nameplan::HostileServer::Mode)

namespace {
const QByteArray zoneName = QByteArrayLiteral("example.test.");

ResolverConfig hostileRoot(const ServerEndpoint& root)
{
    ResolverConfig config;
    config.roots = { root };
    config.query = QueryOptions { false, 250ms, 2, 1232 };
    config.useIpv6 = false;
    return config;
}

// One root and nothing learnt from it: a query or two per call (the resolver may retry over
// TCP after a truncated answer), each bounded by the transport's worst case, plus slack for a
// loaded machine. A hang or a walk through the query budget would take far longer.
std::chrono::milliseconds bound(const ResolverConfig& config)
{
    return 4 * config.query.worstCase() + 1000ms;
}
}

class HostileResolverTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostileRootFails_data();
    void hostileRootFails();

private:
    std::unique_ptr<TestLab> m_lab;
};

void HostileResolverTest::initTestCase()
{
    m_lab = std::make_unique<TestLab>();
}

void HostileResolverTest::hostileRootFails_data()
{
    QTest::addColumn<HostileServer::Mode>("mode");
    for (const HostileServer::Mode mode : HostileServer::allModes())
        QTest::newRow(qPrintable(HostileServer::modeName(mode))) << mode;
}

void HostileResolverTest::hostileRootFails()
{
    QFETCH(HostileServer::Mode, mode);
    HostileServer server(mode, m_lab->allocate());
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const ResolverConfig config = hostileRoot(server.endpoint());
    const DnsName zone = *DnsName::fromText(zoneName);

    // A fresh resolver per call: the infrastructure cache would otherwise answer the second
    // call from the first one's verdict on the root, and the peer would not be met again.
    QElapsedTimer clock;
    clock.start();
    const ZoneAuthorities found = IterativeResolver(config).findAuthorities(zone);
    const auto findElapsed = std::chrono::milliseconds(clock.restart());
    const Resolution resolved = IterativeResolver(config).resolve(zone, 6 /* SOA */);
    const auto resolveElapsed = std::chrono::milliseconds(clock.elapsed());

    qInfo("%s: findAuthorities %s (%s) in %lld ms; resolve %s in %lld ms", qPrintable(HostileServer::modeName(mode)),
        qPrintable(ResolveError::kindName(found.error.kind)), qPrintable(found.error.message),
        qlonglong(findElapsed.count()), qPrintable(ResolveError::kindName(resolved.error.kind)),
        qlonglong(resolveElapsed.count()));
    QVERIFY(server.queriesSeen() > 0);
    QVERIFY(found.error.isError());
    // The message names the root's failure: the transport error or the parser's verdict.
    QVERIFY2(found.error.message.contains(QStringLiteral("last: ") + server.endpoint().toString()),
        qPrintable(found.error.message));
    QVERIFY2(QRegularExpression(QStringLiteral(": (timeout|connection refused|malformed: .+)\\)$"))
                 .match(found.error.message)
                 .hasMatch(),
        qPrintable(found.error.message));
    QVERIFY(found.authorities.isEmpty());
    QVERIFY(resolved.error.isError());
    QVERIFY(!resolved.error.message.isEmpty());
    QVERIFY2(findElapsed <= bound(config), qPrintable(QString::number(findElapsed.count())));
    QVERIFY2(resolveElapsed <= bound(config), qPrintable(QString::number(resolveElapsed.count())));
}

QTEST_GUILESS_MAIN(HostileResolverTest)
#include "tst_hostileresolver.moc"
