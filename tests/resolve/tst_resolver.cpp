// SPDX-License-Identifier: GPL-3.0-or-later
// Iterative resolution from lab roots: every server on one shared port (glue carries none),
// each on its own 127.0.0.x. The root delegates test. (with glue), lab. to a name server
// inside example.test. (no glue: out of bailiwick), and alpha./beta. to each other's names
// (a dependency loop). Every bound is hit once and named in the error.
#include "iterativeresolver.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {
DnsName name(const char* text)
{
    return *DnsName::fromText(text);
}

QStringList addresses(const Resolution& resolution)
{
    QStringList list;
    for (const ResourceRecord& record : resolution.records)
        list.append(record.toString().section(QLatin1Char(' '), -1));
    return list;
}
} // namespace

class ResolverTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void delegationWithGlue();
    void outOfBailiwick();
    void cnames();
    void negative();
    void bounds_data();
    void bounds();
    void cancel();
    void cancelDuringQuery();
    void unreachableRoots();

private:
    ResolverConfig config() const;

    TestLab m_lab;
    ServerEndpoint m_root, m_parent, m_child, m_silent;
};

void ResolverTest::initTestCase()
{
    m_root = m_lab.allocate();
    m_parent = ServerEndpoint { LabNetwork::nextAddress(), m_root.port };
    m_child = ServerEndpoint { LabNetwork::nextAddress(), m_root.port };

    ZoneFile root(QStringLiteral("."), 1);
    root.addNameServer(QStringLiteral("a.root-servers.lab."), m_root.address);
    root.add(QStringLiteral("test."), QStringLiteral("NS"), QStringLiteral("ns.test."));
    root.add(QStringLiteral("ns.test."), QStringLiteral("A"), m_parent.address);
    root.add(QStringLiteral("other.lab."), QStringLiteral("NS"), QStringLiteral("ns1.example.test."));
    root.add(QStringLiteral("alpha."), QStringLiteral("NS"), QStringLiteral("ns.beta."));
    root.add(QStringLiteral("beta."), QStringLiteral("NS"), QStringLiteral("ns.alpha."));
    m_lab.addNsd(QStringLiteral("root"), m_root)
        ->addPrimaryZone(root.origin(), m_lab.writeZone(root, QStringLiteral("root.zone")));

    ZoneFile parent(QStringLiteral("test."), 1);
    parent.addNameServer(QStringLiteral("ns.test."), m_parent.address);
    parent.add(QStringLiteral("example"), QStringLiteral("NS"), QStringLiteral("ns1.example.test."));
    parent.add(QStringLiteral("ns1.example"), QStringLiteral("A"), m_child.address);
    m_lab.addKnot(QStringLiteral("parent"), m_parent)->addPrimaryZone(parent.origin(), m_lab.writeZone(parent));

    ZoneFile child(QStringLiteral("example.test."), 1);
    child.addNameServer(QStringLiteral("ns1.example.test."), m_child.address);
    child.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.80"));
    child.add(QStringLiteral("alias"), QStringLiteral("CNAME"), QStringLiteral("www"));
    child.add(QStringLiteral("far"), QStringLiteral("CNAME"), QStringLiteral("www.other.lab."));
    child.add(QStringLiteral("loop1"), QStringLiteral("CNAME"), QStringLiteral("loop2"));
    child.add(QStringLiteral("loop2"), QStringLiteral("CNAME"), QStringLiteral("loop1"));
    for (int i = 0; i < 9; ++i) // c0 -> c1 -> ... -> c8 -> www: 9 CNAMEs, one over the default 8
        child.add(QStringLiteral("c%1").arg(i), QStringLiteral("CNAME"),
            i == 8 ? QStringLiteral("www") : QStringLiteral("c%1").arg(i + 1));
    ZoneFile other(QStringLiteral("other.lab."), 1);
    other.addNameServer(QStringLiteral("ns1.example.test."));
    other.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.81"));
    NsdServer* childServer = m_lab.addNsd(QStringLiteral("child"), m_child);
    childServer->addPrimaryZone(child.origin(), m_lab.writeZone(child));
    childServer->addPrimaryZone(other.origin(), m_lab.writeZone(other));
    m_silent = ServerEndpoint { LabNetwork::nextAddress(), m_root.port };
    m_lab.addSilent(QStringLiteral("silent"), m_silent);
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
}

ResolverConfig ResolverTest::config() const
{
    ResolverConfig config;
    config.roots = { m_root };
    config.port = m_root.port;
    config.useIpv6 = false;
    config.query.attemptTimeout = 500ms;
    return config;
}

void ResolverTest::delegationWithGlue()
{
    IterativeResolver resolver(config());
    const ZoneAuthorities found = resolver.findAuthorities(name("example.test."));
    QVERIFY2(found.ok(), qPrintable(found.error.message + found.trace.join(QLatin1Char('\n'))));
    QCOMPARE(found.parent, name("test."));
    QCOMPARE(found.referralFrom, m_parent);
    QCOMPARE(found.parentServers, QList<ServerEndpoint> { m_parent });
    QCOMPARE(found.delegation.size(), 1);
    QCOMPARE(found.delegation.first().addresses, QStringList { m_child.address }); // glue, at the shared port
    QCOMPARE(found.apexNs, QList<DnsName> { name("ns1.example.test.") });
    QCOMPARE(found.authorities.size(), 1);
    QCOMPARE(found.authorities.first().addresses, QStringList { m_child.address });
    QVERIFY(found.queries >= 4 && found.queries <= 8); // root, parent, apex NS, ns1 A
    QCOMPARE(resolver.endpoint(m_child.address), m_child);

    // A TLD's parent is the root; a second zone reuses the cut already found (no root query).
    const ZoneAuthorities tld = resolver.findAuthorities(name("test."));
    QVERIFY(tld.ok());
    QCOMPARE(tld.parent, DnsName());
    QCOMPARE(tld.authorities.first().name, name("ns.test."));
    QVERIFY(!tld.trace.join(QLatin1Char('\n')).contains(m_root.toString()));
}

void ResolverTest::outOfBailiwick()
{
    IterativeResolver resolver(config());
    // other.lab. has no glue: its name server ns1.example.test. is resolved through test. first.
    const Resolution www = resolver.resolve(name("www.other.lab."), rrtype::A);
    QVERIFY2(www.ok(), qPrintable(www.error.message));
    QCOMPARE(addresses(www), QStringList { QStringLiteral("192.0.2.81") });
    QCOMPARE(www.answeredBy, m_child);
    QVERIFY(www.trace.join(QLatin1Char('\n')).contains(QStringLiteral("ns1.example.test./A")));

    const ZoneAuthorities lab = resolver.findAuthorities(name("other.lab."));
    QVERIFY2(lab.ok(), qPrintable(lab.error.message));
    QCOMPARE(lab.parent, DnsName());
    QVERIFY(lab.delegation.first().addresses.isEmpty()); // the root gave no glue
    QCOMPARE(lab.authorities.first().addresses, QStringList { m_child.address });

    // Name servers that need each other's zones: a loop, named.
    const Resolution loop = resolver.resolve(name("www.alpha."), rrtype::A);
    QCOMPARE(loop.error.kind, ResolveError::Kind::DependencyLoop);
    QVERIFY2(loop.error.message.contains(QStringLiteral("ns.")), qPrintable(loop.error.message));
}

void ResolverTest::cnames()
{
    IterativeResolver resolver(config());
    const Resolution alias = resolver.resolve(name("alias.example.test."), rrtype::A);
    QVERIFY(alias.ok());
    QCOMPARE(alias.cnames.size(), 1);
    QCOMPARE(addresses(alias), QStringList { QStringLiteral("192.0.2.80") });
    // Across zones: the target lives in other.lab., reached from the roots again.
    const Resolution far = resolver.resolve(name("far.example.test."), rrtype::A);
    QVERIFY2(far.ok(), qPrintable(far.error.message));
    QCOMPARE(far.canonicalName(), name("www.other.lab."));
    QCOMPARE(addresses(far), QStringList { QStringLiteral("192.0.2.81") });

    const Resolution loop = resolver.resolve(name("loop1.example.test."), rrtype::A);
    QCOMPARE(loop.error.kind, ResolveError::Kind::CnameLoop);
    QVERIFY(loop.error.message.contains(QStringLiteral("loop1.example.test.")));
    const Resolution chain = resolver.resolve(name("c0.example.test."), rrtype::A);
    QCOMPARE(chain.error.kind, ResolveError::Kind::CnameChainTooLong);
    QVERIFY(chain.error.message.contains(QStringLiteral("8")));
}

void ResolverTest::negative()
{
    IterativeResolver resolver(config());
    const Resolution missing = resolver.resolve(name("nothere.example.test."), rrtype::A);
    QVERIFY(missing.ok());
    QCOMPARE(missing.rcode, 3);
    QVERIFY(missing.records.isEmpty());
    const ZoneAuthorities notZone = resolver.findAuthorities(name("www.example.test."));
    QCOMPARE(notZone.error.kind, ResolveError::Kind::NotDelegated);
    QVERIFY2(notZone.error.message.contains(m_child.toString()), qPrintable(notZone.error.message));
    QCOMPARE(resolver.findAuthorities(name("nothere.test.")).error.kind, ResolveError::Kind::NotDelegated);
}

void ResolverTest::bounds_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("queries");
    QTest::addColumn<int>("nsSet");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("depth") << 1 << 200 << 20 << int(ResolveError::Kind::DelegationTooDeep)
                           << QStringLiteral("more than 1 referrals");
    QTest::newRow("queries") << 16 << 2 << 20 << int(ResolveError::Kind::QueryBudgetExceeded)
                             << QStringLiteral("more than 2 queries");
    QTest::newRow("ns set") << 16 << 200 << 0 << int(ResolveError::Kind::NsSetTooLarge)
                            << QStringLiteral("more than the limit of 0");
}

void ResolverTest::bounds()
{
    QFETCH(int, depth);
    QFETCH(int, queries);
    QFETCH(int, nsSet);
    QFETCH(int, kind);
    QFETCH(QString, message);
    ResolverConfig limited = config();
    limited.maxDelegationDepth = depth;
    limited.maxQueries = queries;
    limited.maxNsSetSize = nsSet;
    IterativeResolver resolver(limited);
    const Resolution resolution = resolver.resolve(name("www.example.test."), rrtype::A);
    QCOMPARE(int(resolution.error.kind), kind);
    QVERIFY2(resolution.error.message.contains(message), qPrintable(resolution.error.message));
    QVERIFY(resolution.queries <= queries + 1);
}

void ResolverTest::cancel()
{
    IterativeResolver resolver(config());
    resolver.setCancelCheck([] { return true; });
    const ZoneAuthorities found = resolver.findAuthorities(name("example.test."));
    QCOMPARE(found.error.kind, ResolveError::Kind::Cancelled);
    QCOMPARE(found.queries, 0); // stopped before the first query
}

void ResolverTest::cancelDuringQuery()
{
    // A silent root would hold the query for its worst case (0.5 s + 1 s); a cancel request
    // ends it at the next 50 ms poll.
    ResolverConfig silent = config();
    silent.roots = { m_silent };
    IterativeResolver resolver(silent);
    QElapsedTimer clock;
    clock.start();
    resolver.setCancelCheck([&clock] { return clock.elapsed() > 200; });
    const ZoneAuthorities found = resolver.findAuthorities(name("example.test."));
    QCOMPARE(found.error.kind, ResolveError::Kind::Cancelled);
    QVERIFY2(clock.elapsed() < 800, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(found.trace.last().endsWith(QStringLiteral("cancelled")));
}

void ResolverTest::unreachableRoots()
{
    ResolverConfig nobody = config();
    nobody.roots = { ServerEndpoint { LabNetwork::nextAddress(), m_root.port } }; // nothing listens there
    IterativeResolver resolver(nobody);
    const Resolution resolution = resolver.resolve(name("www.example.test."), rrtype::A);
    QCOMPARE(resolution.error.kind, ResolveError::Kind::NoServerAnswered);
    QVERIFY2(resolution.error.message.contains(QStringLiteral("no server of .")), qPrintable(resolution.error.message));
}

QTEST_GUILESS_MAIN(ResolverTest)
#include "tst_resolver.moc"
