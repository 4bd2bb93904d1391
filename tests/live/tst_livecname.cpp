// SPDX-License-Identifier: GPL-3.0-or-later
// CNAMEs followed by `nameplan check --anchor` as a validating resolver follows them (RFC 1034
// §3.6.2, RFC 4035 §5) on the signed lab of ChainLab: a CNAME from test. into another signed
// TLD (and a wildcard one), into a signed zone whose target was tampered with, into an unsigned
// delegated zone, a loop and a chain longer than the walk follows. The name's combined verdict,
// each link's verdict and zone, and the reason naming the failing link are asserted; each is
// cross-checked with Unbound validating from the same anchor. The evidence report of a model
// naming alias, tobroken and toplain lists each name's links with their verdicts in its DNSSEC
// section (pdftotext). Only 127.0.0.0/8, bounded waits.
#include "chainlab.h"
#include "labmodel.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;

class LiveCnameTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followed_data();
    void followed();
    void textNamesTheLink();
    void reportListsTheLinks();

private:
    ProgramRun check(const QString& name, bool json = true) const;

    ChainLab m_lab;
    UnboundResolver* m_validator = nullptr;
};

void LiveCnameTest::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.start(&error), qPrintable(error));
    m_validator = m_lab.lab().addUnboundResolver(QStringLiteral("unbound"));
    m_validator->setTrustAnchorFile(m_lab.anchorFile());
    for (const QString& zone : m_lab.zones() + QStringList { QStringLiteral(".") })
        m_validator->addStub(zone, m_lab.servers(zone).value(0));
    QVERIFY2(m_lab.lab().startAll(), qPrintable(m_lab.lab().lastError()));
}

ProgramRun LiveCnameTest::check(const QString& name, bool json) const
{
    QStringList arguments { QStringLiteral("check"), QStringLiteral("--zone"), QStringLiteral("test."),
        QStringLiteral("--roots"), m_lab.root().toString(), QStringLiteral("--port"), QString::number(m_lab.port()),
        QStringLiteral("--anchor"), m_lab.anchorFile(), QStringLiteral("--name"), name + QStringLiteral("/A"),
        QStringLiteral("--timeout"), QStringLiteral("500") };
    if (json)
        arguments.append(QStringLiteral("--json"));
    return ProgramRun::nameplan(arguments);
}

void LiveCnameTest::followed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status"); // the name's combined verdict
    QTest::addColumn<QStringList>("links"); // "zone status" per link followed
    QTest::addColumn<QString>("because"); // in the combined verdict's message
    QTest::newRow("secure into another signed zone")
        << QStringLiteral("alias.test.") << QStringLiteral("secure") << QStringList { QStringLiteral("opt. secure") }
        << QStringLiteral("secure through 1 CNAMEs");
    QTest::newRow("wildcard CNAME") << QStringLiteral("x.wild.test.") << QStringLiteral("secure")
                                    << QStringList { QStringLiteral("opt. secure") }
                                    << QStringLiteral("secure through 1 CNAMEs");
    QTest::newRow("target tampered") << QStringLiteral("tobroken.test.") << QStringLiteral("bogus")
                                     << QStringList { QStringLiteral("broken.test. bogus") }
                                     << QStringLiteral(
                                            "CNAME tobroken.test. → www.broken.test. (hop 1, zone broken.test.)");
    QTest::newRow("into an unsigned zone") << QStringLiteral("toplain.test.") << QStringLiteral("insecure")
                                           << QStringList { QStringLiteral("plain.test. insecure") }
                                           << QStringLiteral("CNAME toplain.test. → www.plain.test.");
    QTest::newRow("loop") << QStringLiteral("loop.test.") << QStringLiteral("indeterminate")
                          << QStringList { QStringLiteral("opt. secure"), QStringLiteral(". indeterminate") }
                          << QStringLiteral("leads back to");
    QStringList longChain;
    for (int hop = 1; hop <= 8; ++hop)
        longChain.append(hop % 2 == 1 ? QStringLiteral("opt. secure") : QStringLiteral("test. secure"));
    longChain.append(QStringLiteral(". indeterminate"));
    QTest::newRow("too long") << QStringLiteral("long0.test.") << QStringLiteral("indeterminate") << longChain
                              << QStringLiteral("needs more than 8 CNAMEs");
}

void LiveCnameTest::followed()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(QStringList, links);
    QFETCH(QString, because);
    QElapsedTimer timer;
    timer.start();
    const ProgramRun run = check(name);
    QVERIFY2(timer.elapsed() < 20000, "a CNAME chain is followed in bounded time");
    const QJsonObject dnssec = QJsonDocument::fromJson(run.out).object()[QStringLiteral("dnssec")].toObject();
    const QJsonArray authorities = dnssec[QStringLiteral("authorities")].toArray();
    QCOMPARE(authorities.size(), 1);
    // The CNAME RRset itself is judged with test.'s keys as before (the wildcard one with its proof).
    const QJsonArray verdicts = authorities[0][QStringLiteral("verdicts")].toArray();
    QCOMPARE(verdicts[1][QStringLiteral("owner")].toString(), name);
    QCOMPARE(verdicts[1][QStringLiteral("type")].toString(), QStringLiteral("CNAME"));
    QCOMPARE(verdicts[1][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    const QJsonObject combined = authorities[0][QStringLiteral("names")].toArray()[0].toObject();
    QCOMPARE(combined[QStringLiteral("status")].toString(), status);
    QVERIFY2(combined[QStringLiteral("message")].toString().contains(because),
        qPrintable(combined[QStringLiteral("message")].toString()));
    QStringList followed;
    for (const QJsonValue& link : dnssec[QStringLiteral("cnames")].toArray()) {
        QCOMPARE(link[QStringLiteral("name")].toString(), name);
        followed.append(
            link[QStringLiteral("zone")].toString() + QLatin1Char(' ') + link[QStringLiteral("status")].toString());
    }
    QCOMPARE(followed, links);
    QCOMPARE(run.exitCode, status == QStringLiteral("bogus") ? 1 : 0);
    // Unbound from the same anchor: the same verdict; where the chain is cut, no validated answer.
    const QString reference = ReferenceValidator::resolver(m_validator->endpoint(), name, QStringLiteral("A"));
    if (status == QStringLiteral("indeterminate"))
        QVERIFY2(reference == QStringLiteral("bogus"), qPrintable(reference));
    else
        QCOMPARE(reference, status);
}

void LiveCnameTest::textNamesTheLink()
{
    const QString out = QString::fromUtf8(check(QStringLiteral("tobroken.test."), false).out);
    QVERIFY2(out.contains(QStringLiteral("CNAME   tobroken.test. hop 1: tobroken.test. -> www.broken.test. (zone "
                                         "broken.test.): bogus")),
        qPrintable(out));
}

void LiveCnameTest::reportListsTheLinks()
{
    LabModel model(QStringLiteral("CNAME lab"), m_lab.root());
    QFile anchor(m_lab.anchorFile());
    QVERIFY(anchor.open(QIODevice::ReadOnly));
    model.setTrustAnchors(QString::fromUtf8(anchor.readAll()).trimmed().split(u'\n'));
    model.addLoopbackSite();
    model.addAuthority(
        QStringLiteral("ns"), QStringLiteral("ns.test"), m_lab.servers(QStringLiteral("test."))[0].address);
    model.addZone(QStringLiteral("test"), QStringLiteral("test"), model.authorityIds());
    for (const QString& name : { QStringLiteral("alias"), QStringLiteral("tobroken"), QStringLiteral("toplain") })
        model.addName(name, name + QStringLiteral(".test"));
    const QString base = m_lab.lab().directory() + QStringLiteral("/cnames");
    const QString file = model.write(base + QStringLiteral(".nameplan.json"));
    QVERIFY(!file.isEmpty());
    const ProgramRun report = ProgramRun::nameplan(
        { QStringLiteral("report"), file, QStringLiteral("--with-live"), QStringLiteral("--json"),
            base + QStringLiteral(".json"), QStringLiteral("-o"), base + QStringLiteral(".pdf") });
    QVERIFY2(report.exitCode == 0, QByteArray(report.out + report.err).constData());
    const ProgramRun text
        = ProgramRun::run(QStringLiteral("pdftotext"), { base + QStringLiteral(".pdf"), QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    // NFKC undoes the typographic ligatures; a table cell's text may wrap, so spaces are folded
    // (a tall row's first cell comes after the others in the text).
    const QString pages = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString& expected :
        { QStringLiteral("CNAMEs followed: each target is judged at the authorities of the zone holding it"),
            QStringLiteral("alias.test. A (the name) test. secure -"),
            QStringLiteral("hop 1: alias.test. → www.opt. opt. secure -"), QStringLiteral("tobroken.test. A"),
            QStringLiteral("(the name) test. bogus bogus (dnssec-bogus, EDE 6) www.broken.test. A"),
            QStringLiteral("CNAME tobroken.test. → www.broken.test. (hop 1, zone broken.test.)"),
            QStringLiteral("hop 1: tobroken.test. → www.broken.test. broken.test. bogus dnssec-bogus (EDE 6)"),
            QStringLiteral("toplain.test. A"),
            QStringLiteral("(the name) test. insecure insecure (insecure-delegation)"),
            QStringLiteral("hop 1: toplain.test. → www.plain.test. plain.test. insecure insecure-delegation") })
        QVERIFY2(pages.contains(expected), qPrintable(expected + u'\n' + pages));
    // The bundle carries the same rows (dnssec[].cnames), and the zone is as bad as its worst name.
    QFile bundle(base + QStringLiteral(".json"));
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const QJsonObject zone = QJsonDocument::fromJson(bundle.readAll())[QStringLiteral("dnssec")][0].toObject();
    QCOMPARE(zone[QStringLiteral("status")].toString(), QStringLiteral("bogus"));
    QStringList names;
    for (const QJsonValue& name : zone[QStringLiteral("cnames")].toArray()) {
        const QJsonObject link = name[QStringLiteral("links")][0].toObject();
        names.append(QStringLiteral("%1 %2: %3 %4")
                         .arg(name[QStringLiteral("name")].toString(), name[QStringLiteral("status")].toString(),
                             link[QStringLiteral("zone")].toString(), link[QStringLiteral("status")].toString()));
    }
    QCOMPARE(names,
        (QStringList { QStringLiteral("alias.test. A secure: opt. secure"),
            QStringLiteral("tobroken.test. A bogus: broken.test. bogus"),
            QStringLiteral("toplain.test. A insecure: plain.test. insecure") }));
}

QTEST_GUILESS_MAIN(LiveCnameTest)
#include "tst_livecname.moc"
