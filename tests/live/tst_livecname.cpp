// SPDX-License-Identifier: GPL-3.0-or-later
// CNAMEs followed by `nameplan check --anchor` as a validating resolver follows them (RFC 1034
// §3.6.2, RFC 4035 §5) on the signed lab of ChainLab: a CNAME from test. into another signed
// TLD (and a wildcard one), into a signed zone whose target was tampered with, into an unsigned
// delegated zone, a loop and a chain longer than the walk follows. The name's combined verdict,
// each link's verdict and zone, and the reason naming the failing link are asserted; each is
// cross-checked with Unbound validating from the same anchor. Only 127.0.0.0/8, bounded waits.
#include "chainlab.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QElapsedTimer>
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

QTEST_GUILESS_MAIN(LiveCnameTest)
#include "tst_livecname.moc"
