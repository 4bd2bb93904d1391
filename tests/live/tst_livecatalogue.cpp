// SPDX-License-Identifier: GPL-3.0-or-later
// The broken-zone catalogue of issue 5 item 6 served by real servers: one zone per entry
// (every algorithm the Debian signers make, NSEC and NSEC3, and the deliberately broken ones),
// all on one NSD and one Knot. For every entry and server, `nameplan check` must give the
// expected verdict and RFC 8914 code for www.<zone>/A, and delv (BIND's validator), asked the
// same server with the same anchor, must agree (docs/dnssec.md lists the deliberate
// differences). The KeyTrap floods end in bounded time in `check` and in `verify-zone`, and a
// validating Unbound agrees with delv on them. Only 127.0.0.0/8, every wait bounded.
#include "dnsseccatalogue.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nameplan;

namespace {
// Not a speed target: far above what a check of one name takes here, far below what trying every
// RRSIG with every colliding key of a KeyTrap zone could cost (CVE-2023-50387).
constexpr qint64 noHangMs = 10000;
}

class LiveCatalogueTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void verifyZoneWithinBudgets_data();
    void verifyZoneWithinBudgets();

private:
    DnssecCatalogue m_catalogue;
};

void LiveCatalogueTest::initTestCase()
{
    QString error;
    QVERIFY2(m_catalogue.start(&error), qPrintable(error));
}

void LiveCatalogueTest::verdicts_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<int>("server");
    const QList<DnssecCatalogue::Entry> entries = DnssecCatalogue::entries();
    const QList<LabServer*> servers = m_catalogue.servers();
    for (int e = 0; e < entries.size(); ++e) {
        for (int s = 0; s < servers.size(); ++s) {
            QTest::addRow("%s %s", qPrintable(entries[e].label), qPrintable(servers[s]->implementation())) << e << s;
        }
    }
}

void LiveCatalogueTest::verdicts()
{
    QFETCH(int, entry);
    QFETCH(int, server);
    const DnssecCatalogue::Entry expected = DnssecCatalogue::entries().at(entry);
    const ServerEndpoint endpoint = m_catalogue.servers().at(server)->endpoint();
    const QString zone = DnssecCatalogue::zone(expected);
    const QString www = QStringLiteral("www.") + zone;
    // delv first, so that a failure below shows what the reference said too.
    const QString delv
        = ReferenceValidator::delv(m_catalogue.delvAnchorFile(expected), zone, endpoint, www, QStringLiteral("A"));
    const ProgramRun run = ProgramRun::nameplan({ QStringLiteral("check"), QStringLiteral("--zone"), zone,
        QStringLiteral("--ns"), QStringLiteral("ns1=") + endpoint.toString(), QStringLiteral("--anchor"),
        m_catalogue.anchorFile(), QStringLiteral("--name"), www + QStringLiteral("/A"), QStringLiteral("--json") });
    QVERIFY2(run.millis < noHangMs, qPrintable(QStringLiteral("check took %1 ms").arg(run.millis)));
    const QJsonObject dnssec = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("dnssec")).toObject();
    QVERIFY2(dnssec.value(QStringLiteral("status")).toString() == QStringLiteral("checked"),
        QByteArray(run.out + run.err).constData());
    // The DNSKEY set's verdict first, then one per answer RRset (a CNAME and its target's A, or
    // www's A): each is what a resolver returns, and each must carry the entry's verdict.
    const QJsonArray verdicts = dnssec.value(QStringLiteral("authorities"))[0][QStringLiteral("verdicts")].toArray();
    QVERIFY(verdicts.size() >= 2);
    QCOMPARE(verdicts[1][QStringLiteral("owner")].toString(), www);
    for (qsizetype v = 1; v < verdicts.size(); ++v) {
        const QJsonObject answer = verdicts[v].toObject();
        QVERIFY2(answer.value(QStringLiteral("status")).toString() == expected.expected,
            qPrintable(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))
                + QStringLiteral("; delv: ") + delv));
        QCOMPARE(answer.value(QStringLiteral("ede")).toInt(-1), expected.ede);
    }
    QCOMPARE(delv, expected.delv);
    // Unbound 1.17 (Debian's KeyTrap limits) must agree with delv on the floods.
    if (expected.floodsABudget())
        QCOMPARE(ReferenceValidator::resolver(m_catalogue.resolverFor(server)->endpoint(), www, QStringLiteral("A")),
            expected.delv);
}

void LiveCatalogueTest::verifyZoneWithinBudgets_data()
{
    QTest::addColumn<int>("entry");
    const QList<DnssecCatalogue::Entry> entries = DnssecCatalogue::entries();
    for (int e = 0; e < entries.size(); ++e) {
        if (entries[e].floodsABudget())
            QTest::addRow("%s", qPrintable(entries[e].label)) << e;
    }
}

void LiveCatalogueTest::verifyZoneWithinBudgets()
{
    // The whole-zone verifier reads the flooded zone file the servers serve: the verdict the
    // catalogue gives (the budget row), neither a crash nor a hang.
    QFETCH(int, entry);
    const DnssecCatalogue::Entry flood = DnssecCatalogue::entries().at(entry);
    ProgramRun::Options merged;
    merged.mergeChannels = true;
    const ProgramRun run
        = ProgramRun::nameplan({ QStringLiteral("verify-zone"), QStringLiteral("--file"), m_catalogue.servedFile(flood),
                                   QStringLiteral("--origin"), DnssecCatalogue::zone(flood), QStringLiteral("--anchor"),
                                   m_catalogue.anchorFile() },
            merged);
    QVERIFY2(run.exitCode == 1, run.out.constData());
    // "STATUS (REASON, EDE N) OWNER TYPE ...", one line per problem; an indeterminate one must
    // name the budget.
    const QRegularExpression line(
        QStringLiteral("^%1 \\(%2, EDE %3\\) ")
            .arg(flood.expected,
                flood.expected == QStringLiteral("indeterminate") ? QStringLiteral("work-budget-exceeded")
                                                                  : QStringLiteral("[a-z0-9-]+"))
            .arg(flood.ede),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    // Where the budget stopped the work nothing is called bogus: every signature of these zones
    // is good, the floods only hide them.
    if (flood.expected == QStringLiteral("indeterminate"))
        QVERIFY2(!QString::fromUtf8(run.out).contains(
                     QRegularExpression(QStringLiteral("^bogus "), QRegularExpression::MultilineOption)),
            run.out.constData());
    QVERIFY2(run.millis < noHangMs, qPrintable(QStringLiteral("verify-zone took %1 ms").arg(run.millis)));
}

QTEST_GUILESS_MAIN(LiveCatalogueTest)
#include "tst_livecatalogue.moc"
