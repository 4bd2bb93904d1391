// SPDX-License-Identifier: GPL-3.0-or-later
// The broken-zone catalogue of issue 5 item 6 served by real servers: one zone per entry
// (every algorithm the Debian signers make, NSEC and NSEC3, and the deliberately broken ones),
// all on one NSD and one Knot. For every entry and server, `nameplan check` must give the
// expected verdict and RFC 8914 code for www.<zone>/A, and delv (BIND's validator), asked the
// same server with the same anchor, must agree (docs/dnssec.md lists the two deliberate
// differences). Only 127.0.0.0/8, every wait bounded.
#include "dnsseccatalogue.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;

class LiveCatalogueTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();

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
}

QTEST_GUILESS_MAIN(LiveCatalogueTest)
#include "tst_livecatalogue.moc"
