// SPDX-License-Identifier: GPL-3.0-or-later
// The chain of trust followed from an anchor above the checked zone (issue 5 item 5):
// `nameplan check --zone Z --roots ROOT --port P --anchor ROOT-DS --name www.Z/A --json` on a
// lab whose root, TLDs and children are signed at test time (ChainLab). Each zone's verdict,
// the chain links in the JSON (zone, DS and DNSKEY verdicts, which parent server answered) and
// every authority's verdict are asserted, and each is cross-checked with Unbound validating
// from the same anchor (AD flag, SERVFAIL with its Extended DNS Error). A parent that stops
// answering makes the zone indeterminate (EDE 22). Only 127.0.0.0/8, every wait bounded.
#include "chainlab.h"
#include "livechecker.h"
#include "livediscovery.h"
#include "modelfile.h"
#include "modeltargets.h"
#include "programrun.h"

#include <QFile>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nameplan;

namespace {
// What Unbound said about one question: "secure" (AD), "insecure" (NOERROR without AD),
// "bogus" (SERVFAIL), and the EDE code it attached (-1: none).
struct Validated {
    QString status;
    int ede = -1;
};

QJsonArray array(const QJsonValue& value)
{
    return value.toArray();
}
} // namespace

class LiveChainTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chainVerdicts_data();
    void chainVerdicts();
    void chainLinksInJson();
    void unboundAgrees_data();
    void unboundAgrees();
    void textShowsTheChain();
    void modelFormFollowsTheChain();
    void pinnedWithoutWalkIsIndeterminate();
    void parentUnreachable(); // last: stops the parent of secure.test.

private:
    QJsonObject check(const QString& zone, int* exitCode = nullptr) const;
    Validated unbound(const UnboundResolver* validator, const QString& name) const;
    UnboundResolver* addValidator(const QString& name, const QString& secureServer);

    ChainLab m_lab;
    UnboundResolver* m_viaNs1 = nullptr; // secure.test. reached through ns1 only
    UnboundResolver* m_viaNs2 = nullptr; // through ns2 (other keys) only
};

UnboundResolver* LiveChainTest::addValidator(const QString& name, const QString& secureServer)
{
    UnboundResolver* validator = m_lab.lab().addUnboundResolver(name);
    validator->setTrustAnchorFile(m_lab.anchorFile());
    // Every zone cut of the lab, the root included, at its one server; secure.test. at the
    // authority whose verdict is compared.
    for (const QString& zone : m_lab.zones() + QStringList { QStringLiteral(".") }) {
        const QList<ServerEndpoint> servers = m_lab.servers(zone);
        validator->addStub(
            zone, servers.value(zone == QStringLiteral("secure.test.") && secureServer == u"ns2" ? 1 : 0));
    }
    return validator;
}

void LiveChainTest::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.start(&error), qPrintable(error));
    m_viaNs1 = addValidator(QStringLiteral("unbound-ns1"), QStringLiteral("ns1"));
    m_viaNs2 = addValidator(QStringLiteral("unbound-ns2"), QStringLiteral("ns2"));
    QVERIFY2(m_lab.lab().startAll(), qPrintable(m_lab.lab().lastError()));
}

QJsonObject LiveChainTest::check(const QString& zone, int* exitCode) const
{
    const ProgramRun run = ProgramRun::nameplan(
        { QStringLiteral("check"), QStringLiteral("--zone"), zone, QStringLiteral("--roots"), m_lab.root().toString(),
            QStringLiteral("--port"), QString::number(m_lab.port()), QStringLiteral("--anchor"), m_lab.anchorFile(),
            QStringLiteral("--name"), QStringLiteral("www.") + zone + QStringLiteral("/A"), QStringLiteral("--timeout"),
            QStringLiteral("500"), QStringLiteral("--json") });
    if (exitCode)
        *exitCode = run.exitCode;
    if (run.exitCode < 0)
        qWarning("nameplan check failed to run: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

Validated LiveChainTest::unbound(const UnboundResolver* validator, const QString& name) const
{
    const ProgramRun run = ProgramRun::run(QStringLiteral("dig"),
        { QLatin1Char('@') + validator->endpoint().address, QStringLiteral("-p"),
            QString::number(validator->endpoint().port), QStringLiteral("+dnssec"), QStringLiteral("+time=5"),
            QStringLiteral("+tries=1"), name, QStringLiteral("A") });
    const QString out = QString::fromUtf8(run.out);
    Validated result;
    const QRegularExpressionMatch status = QRegularExpression(QStringLiteral("status: ([A-Z]+)")).match(out);
    const QRegularExpressionMatch flags = QRegularExpression(QStringLiteral(";; flags:([a-z ]*);")).match(out);
    const QRegularExpressionMatch ede = QRegularExpression(QStringLiteral("EDE: (\\d+)")).match(out);
    if (ede.hasMatch())
        result.ede = ede.captured(1).toInt();
    if (status.captured(1) == QStringLiteral("SERVFAIL"))
        result.status = QStringLiteral("bogus");
    else if (status.captured(1) == QStringLiteral("NOERROR"))
        result.status = flags.captured(1).split(QLatin1Char(' ')).contains(QStringLiteral("ad"))
            ? QStringLiteral("secure")
            : QStringLiteral("insecure");
    else
        result.status = out;
    return result;
}

void LiveChainTest::chainVerdicts_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("answers"); // www A per authority, in the zone's NS order
    QTest::addColumn<QList<int>>("keyEde"); // the DNSKEY verdict's EDE per authority (-1: none)
    QTest::addColumn<QString>("dsReason"); // the zone's own DS link
    QTest::newRow("secure, a secondary with other keys")
        << QStringLiteral("secure.test.") << QStringList { QStringLiteral("secure"), QStringLiteral("bogus") }
        << QList<int> { -1, 9 } << QStringLiteral("none");
    QTest::newRow("DS matching no key") << QStringLiteral("wrongds.test.") << QStringList { QStringLiteral("bogus") }
                                        << QList<int> { 9 } << QStringLiteral("none");
    QTest::newRow("unsigned, NSEC-proven")
        << QStringLiteral("plain.test.") << QStringList { QStringLiteral("insecure") } << QList<int> { -1 }
        << QStringLiteral("insecure-delegation");
    QTest::newRow("unsigned, NSEC3 opt-out")
        << QStringLiteral("plain.opt.") << QStringList { QStringLiteral("insecure") } << QList<int> { -1 }
        << QStringLiteral("insecure-delegation");
}

void LiveChainTest::chainVerdicts()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, answers);
    QFETCH(QList<int>, keyEde);
    QFETCH(QString, dsReason);
    int exitCode = -1;
    const QJsonObject json = check(zone, &exitCode);
    const QJsonObject dnssec = json.value(QStringLiteral("dnssec")).toObject();
    QCOMPARE(dnssec.value(QStringLiteral("status")).toString(), QStringLiteral("checked"));
    const QJsonArray authorities = array(dnssec.value(QStringLiteral("authorities")));
    QCOMPARE(authorities.size(), answers.size());
    for (qsizetype a = 0; a < answers.size(); ++a) {
        const QJsonArray verdicts = array(authorities[a][QStringLiteral("verdicts")]);
        QCOMPARE(verdicts.size(), 2); // the DNSKEY set, then www A
        QCOMPARE(verdicts[1][QStringLiteral("owner")].toString(), QStringLiteral("www.") + zone);
        QCOMPARE(verdicts[1][QStringLiteral("status")].toString(), answers[a]);
        QCOMPARE(verdicts[0][QStringLiteral("ede")].toInt(-1), keyEde[a]);
    }
    const QJsonArray links = array(array(dnssec.value(QStringLiteral("chains")))[0][QStringLiteral("links")]);
    QCOMPARE(links.last()[QStringLiteral("zone")].toString(), zone);
    QCOMPARE(links.last()[QStringLiteral("ds")][QStringLiteral("reason")].toString(), dsReason);
    if (answers.contains(QStringLiteral("bogus")))
        QCOMPARE(exitCode, 1); // a bogus authority is a failed check
}

void LiveChainTest::chainLinksInJson()
{
    const QJsonObject json = check(QStringLiteral("secure.test."));
    const QJsonObject chain = array(json[QStringLiteral("dnssec")][QStringLiteral("chains")])[0].toObject();
    QCOMPARE(chain.value(QStringLiteral("anchor")).toString(), QStringLiteral("."));
    const QJsonArray links = array(chain.value(QStringLiteral("links")));
    QStringList zones;
    for (const QJsonValue& link : links)
        zones.append(link[QStringLiteral("zone")].toString());
    QCOMPARE(zones, (QStringList { QStringLiteral("."), QStringLiteral("test."), QStringLiteral("secure.test.") }));
    // The root is vouched for by the anchor; test.'s DS came from the root server, secure.test.'s
    // from test.'s server, and every link down to the zone's DS is secure.
    QCOMPARE(links[0][QStringLiteral("ds")][QStringLiteral("message")].toString(), QStringLiteral("trust anchor"));
    QCOMPARE(links[1][QStringLiteral("dsServer")].toString(), m_lab.root().toString());
    QCOMPARE(links[1][QStringLiteral("parent")].toString(), QStringLiteral("."));
    QCOMPARE(links[2][QStringLiteral("dsServer")].toString(), m_lab.servers(QStringLiteral("test."))[0].toString());
    for (const QJsonValue& link : links)
        QCOMPARE(link[QStringLiteral("ds")][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    QCOMPARE(links[1][QStringLiteral("dnskey")][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    // The zone's own keys, per authority: ns1's match the DS, ns2's do not (EDE 9).
    const QJsonArray byAuthority = array(links[2][QStringLiteral("dnskeyByAuthority")]);
    QCOMPARE(byAuthority.size(), 2);
    QCOMPARE(byAuthority[0][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    QCOMPARE(byAuthority[1][QStringLiteral("status")].toString(), QStringLiteral("bogus"));
    QCOMPARE(byAuthority[1][QStringLiteral("authority")].toString(),
        m_lab.servers(QStringLiteral("secure.test."))[1].toString());
    QCOMPARE(links[2][QStringLiteral("dnskey")][QStringLiteral("status")].toString(), QStringLiteral("bogus"));
}

void LiveChainTest::unboundAgrees_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("authority");
    QTest::newRow("secure.test. ns1") << QStringLiteral("secure.test.") << 0;
    QTest::newRow("secure.test. ns2") << QStringLiteral("secure.test.") << 1;
    QTest::newRow("wrongds.test.") << QStringLiteral("wrongds.test.") << 0;
    QTest::newRow("plain.test.") << QStringLiteral("plain.test.") << 0;
    QTest::newRow("plain.opt.") << QStringLiteral("plain.opt.") << 0;
}

void LiveChainTest::unboundAgrees()
{
    QFETCH(QString, zone);
    QFETCH(int, authority);
    const QJsonObject json = check(zone);
    const QJsonArray verdicts = array(
        array(json[QStringLiteral("dnssec")][QStringLiteral("authorities")])[authority][QStringLiteral("verdicts")]);
    const Validated reference = unbound(authority == 0 ? m_viaNs1 : m_viaNs2, QStringLiteral("www.") + zone);
    QCOMPARE(verdicts[1][QStringLiteral("status")].toString(), reference.status);
    if (reference.status == QStringLiteral("bogus"))
        QCOMPARE(verdicts[0][QStringLiteral("ede")].toInt(-1), reference.ede);
}

void LiveChainTest::textShowsTheChain()
{
    const ProgramRun run = ProgramRun::nameplan({ QStringLiteral("check"), QStringLiteral("--zone"),
        QStringLiteral("plain.test."), QStringLiteral("--roots"), m_lab.root().toString(), QStringLiteral("--port"),
        QString::number(m_lab.port()), QStringLiteral("--anchor"), m_lab.anchorFile() });
    const QString out = QString::fromUtf8(run.out);
    // One line per link, top down: the DS (or anchor) and the DNSKEY verdicts.
    QVERIFY2(out.contains(QStringLiteral("CHAIN   plain.test.: secure . DS: trust anchor; secure . DNSKEY")),
        qPrintable(out));
    QVERIFY2(
        out.contains(QStringLiteral("CHAIN   plain.test.: secure test. DS (from %1)").arg(m_lab.root().toString())),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("CHAIN   plain.test.: insecure (insecure-delegation) plain.test. DS")),
        qPrintable(out));
}

void LiveChainTest::modelFormFollowsTheChain()
{
    // `nameplan check FILE`: the model (imported from the lab) carries the root's DS in
    // settings.trust_anchors; the walk from settings.roots finds the path the same way.
    Model base;
    base.title = QStringLiteral("chain lab");
    base.settings.port = m_lab.port();
    base.settings.roots = { m_lab.root().address };
    IterativeResolver resolver(ModelTargets::resolverConfig(base, {}));
    Model model = LiveDiscovery::discover(base, *DnsName::fromText("wrongds.test."), resolver).model;
    QCOMPARE(model.zones.size(), size_t(1));
    QFile anchor(m_lab.anchorFile());
    QVERIFY(anchor.open(QIODevice::ReadOnly));
    model.settings.trustAnchors = QString::fromUtf8(anchor.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("chain.nameplan.json"));
    QVERIFY(ModelFile::save(path, model).isEmpty());
    const ProgramRun run = ProgramRun::nameplan({ QStringLiteral("check"), path, QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 1); // bogus
    const QJsonObject dnssec = QJsonDocument::fromJson(run.out).object()[QStringLiteral("dnssec")].toObject();
    const QJsonArray links = array(array(dnssec[QStringLiteral("chains")])[0][QStringLiteral("links")]);
    QCOMPARE(links.size(), 3);
    QCOMPARE(links[2][QStringLiteral("ds")][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    QCOMPARE(links[2][QStringLiteral("dnskey")][QStringLiteral("ede")].toInt(), 9);
}

void LiveChainTest::pinnedWithoutWalkIsIndeterminate()
{
    // --ns without --roots walks nothing: the zones between the anchor and the zone are
    // unknown, so nothing is guessed (indeterminate, and the chain says why).
    const ProgramRun run = ProgramRun::nameplan(
        { QStringLiteral("check"), QStringLiteral("--zone"), QStringLiteral("secure.test."), QStringLiteral("--ns"),
            QStringLiteral("ns1=") + m_lab.servers(QStringLiteral("secure.test."))[0].toString(),
            QStringLiteral("--anchor"), m_lab.anchorFile(), QStringLiteral("--json") });
    const QJsonObject dnssec = QJsonDocument::fromJson(run.out).object()[QStringLiteral("dnssec")].toObject();
    const QJsonObject chain = array(dnssec[QStringLiteral("chains")])[0].toObject();
    QVERIFY2(chain[QStringLiteral("error")].toString().contains(QStringLiteral("walking from the roots")),
        qPrintable(chain[QStringLiteral("error")].toString()));
    const QJsonObject keys
        = array(array(dnssec[QStringLiteral("authorities")])[0][QStringLiteral("verdicts")])[0].toObject();
    QCOMPARE(keys[QStringLiteral("status")].toString(), QStringLiteral("indeterminate"));
    QCOMPARE(keys[QStringLiteral("reason")].toString(), QStringLiteral("no-trust-anchor"));
}

void LiveChainTest::parentUnreachable()
{
    // The walk finds the path while test.'s server answers; then it stops, and the DS of
    // secure.test. can be asked of nobody: indeterminate, EDE 22, not bogus.
    const LiveCheckRequest request = m_lab.request({ QStringLiteral("secure.test.") });
    QCOMPARE(request.zones[0].chainPath.size(), 2);
    QCOMPARE(request.zones[0].chainPath[1].zone, *DnsName::fromText("test."));
    m_lab.lab().server(QStringLiteral("test"))->stop(std::chrono::seconds(3));
    const LiveReport report = LiveChecker::runBlocking(request);
    QCOMPARE(report.chains.size(), 1);
    const LiveChainLink& own = report.chains[0].links.last();
    QCOMPARE(own.ds.status, Verdict::Status::Indeterminate);
    QCOMPARE(own.ds.edeCode(), std::optional<std::uint16_t>(22));
    QVERIFY(own.dsServer.isEmpty());
    QCOMPARE(report.dnssec.size(), 2);
    for (const LiveDnssecAuthority& authority : report.dnssec)
        QCOMPARE(authority.verdicts.last().status, Verdict::Status::Indeterminate);
}

QTEST_GUILESS_MAIN(LiveChainTest)
#include "tst_livechain.moc"
