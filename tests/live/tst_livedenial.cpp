// SPDX-License-Identifier: GPL-3.0-or-later
// Denial of existence judged per authority by `nameplan check --anchor --name --json` against
// real servers (DenialLab): NXDOMAIN, NODATA, wildcard answers and wildcard NODATA, a referral to
// an unsigned child and its DS NODATA, from healthy NSEC and NSEC3 zones and from servers with
// stripped, unsigned or wrong proofs; referrals to a signed child whose DS is good, tampered,
// unsigned or signed over an expired window. Every verdict is cross-checked with delv run against
// the same server with the same anchor; referrals (which delv cannot follow on an
// authoritative-only server) and DS answers with a validating Unbound stubbed to that server.
// Only 127.0.0.0/8, every wait bounded.
#include "deniallab.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;

namespace {
// The verdict for one question: the worst of those naming it (an answer and its wildcard proof;
// the proof, which comes last, on a tie).
using Verdicts = QHash<QString, QJsonObject>;

int rank(const QJsonObject& verdict)
{
    static const QStringList order { QStringLiteral("secure"), QStringLiteral("insecure"),
        QStringLiteral("indeterminate"), QStringLiteral("bogus") };
    return int(order.indexOf(verdict.value(QStringLiteral("status")).toString()));
}

QString question(const QString& name, const QString& type)
{
    return name + QLatin1Char('/') + type;
}
} // namespace

class LiveDenialTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nsecZone();
    void nsec3Zone();
    void iterationLimit();
    void signedDelegation();

private:
    // `nameplan check --json` over every authority of zone: the verdicts per authority address.
    QHash<QString, Verdicts> check(const DenialLab::Zone& zone, const QStringList& questions);
    // Each authority's verdict for each question must be what delv (or, for the questions in
    // viaResolver, the validating Unbound) says for the same server, question and anchor.
    void crossCheck(const DenialLab::Zone& zone, const QHash<QString, Verdicts>& verdicts, const QStringList& questions,
        const QStringList& viaResolver = {});
    static void expect(const Verdicts& verdicts, const QString& asked, const QString& status, int ede = -1);

    DenialLab m_lab;
};

void LiveDenialTest::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.start(&error), qPrintable(error));
}

QHash<QString, Verdicts> LiveDenialTest::check(const DenialLab::Zone& zone, const QStringList& questions)
{
    QStringList arguments { QStringLiteral("check"), QStringLiteral("--zone"), zone.origin };
    for (const LabServer* server : zone.authorities)
        arguments << QStringLiteral("--ns") << server->name() + QLatin1Char('=') + server->endpoint().toString();
    arguments << QStringLiteral("--anchor") << m_lab.anchorFile() << QStringLiteral("--json");
    for (const QString& asked : questions)
        arguments << QStringLiteral("--name") << asked;
    const ProgramRun run = ProgramRun::nameplan(arguments);
    // 1: some authority failed a check (the broken ones do); 2 would be wrong usage.
    if (run.exitCode != 0 && run.exitCode != 1)
        qWarning("nameplan check: %s", run.err.constData());
    const QJsonObject dnssec = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("dnssec")).toObject();
    QHash<QString, Verdicts> byAuthority;
    for (const QJsonValue& authority : dnssec.value(QStringLiteral("authorities")).toArray()) {
        Verdicts& verdicts = byAuthority[authority[QStringLiteral("address")].toString()];
        for (const QJsonValue& value : authority[QStringLiteral("verdicts")].toArray()) {
            const QJsonObject verdict = value.toObject();
            const QString asked = question(
                verdict.value(QStringLiteral("owner")).toString(), verdict.value(QStringLiteral("type")).toString());
            if (!verdicts.contains(asked) || rank(verdict) >= rank(verdicts[asked]))
                verdicts.insert(asked, verdict);
        }
    }
    return byAuthority;
}

void LiveDenialTest::expect(const Verdicts& verdicts, const QString& asked, const QString& status, int ede)
{
    QVERIFY2(verdicts.contains(asked), qPrintable(asked));
    const QJsonObject verdict = verdicts[asked];
    const QString shown = QString::fromUtf8(QJsonDocument(verdict).toJson(QJsonDocument::Compact));
    QVERIFY2(verdict.value(QStringLiteral("status")).toString() == status, qPrintable(shown));
    if (ede >= 0)
        QVERIFY2(verdict.value(QStringLiteral("ede")).toInt(-1) == ede, qPrintable(shown));
}

void LiveDenialTest::crossCheck(const DenialLab::Zone& zone, const QHash<QString, Verdicts>& verdicts,
    const QStringList& questions, const QStringList& viaResolver)
{
    for (const LabServer* server : zone.authorities) {
        const Verdicts& mine = verdicts.value(server->endpoint().toString());
        for (const QString& asked : questions) {
            const QString name = asked.section(QLatin1Char('/'), 0, 0);
            const QString type = asked.section(QLatin1Char('/'), 1);
            const QString reference = viaResolver.contains(asked)
                ? ReferenceValidator::resolver(m_lab.resolverFor(server)->endpoint(), name, type)
                : ReferenceValidator::delv(m_lab.delvAnchorFile(), zone.origin, server->endpoint(), name, type);
            const QString status = mine.value(asked).value(QStringLiteral("status")).toString();
            QVERIFY2(status == reference,
                qPrintable(
                    QStringLiteral("%1 %2: nameplan %3, reference %4").arg(server->name(), asked, status, reference)));
        }
    }
}

void LiveDenialTest::nsecZone()
{
    const DenialLab::Zone& zone = m_lab.nsec();
    const QString nxdomain = question(QStringLiteral("nope.nsec.test."), QStringLiteral("A"));
    const QString wrongSpan = question(m_lab.wrongSpanName(), QStringLiteral("A"));
    const QString nodata = question(QStringLiteral("www.nsec.test."), QStringLiteral("MX"));
    const QString wildcard = question(QStringLiteral("x.wild.nsec.test."), QStringLiteral("TXT"));
    const QString wildcardNodata = question(QStringLiteral("y.wild.nsec.test."), QStringLiteral("A"));
    const QString staleType = question(QStringLiteral("a.nsec.test."), QStringLiteral("MX"));
    const QStringList denials { nxdomain, wrongSpan, nodata, wildcard, wildcardNodata };
    const QStringList questions = denials + QStringList { staleType };
    const QHash<QString, Verdicts> verdicts = check(zone, questions);
    QCOMPARE(verdicts.size(), zone.authorities.size());
    const auto of = [&](int a) { return verdicts.value(zone.authorities[a]->endpoint().toString()); };
    // Healthy: every denial and the wildcard expansion proven.
    for (const QString& asked : questions)
        expect(of(0), asked, QStringLiteral("secure"));
    QVERIFY(of(0)[nxdomain].value(QStringLiteral("message")).toString().startsWith(QStringLiteral("NXDOMAIN")));
    QVERIFY(of(0)[nodata].value(QStringLiteral("message")).toString().startsWith(QStringLiteral("NODATA")));
    QVERIFY(of(0)[wildcard].value(QStringLiteral("message")).toString().startsWith(QStringLiteral("wildcard answer")));
    QVERIFY(of(0)[wildcard].contains(QStringLiteral("validUntil")));
    // NSEC stripped: the proof is missing (EDE 12), also behind the wildcard expansion; the
    // plain answer (a/MX) stays secure on every broken server but the last.
    for (const QString& asked : denials)
        expect(of(1), asked, QStringLiteral("bogus"), 12);
    // NSEC RRSIGs removed: the NSECs prove nothing (EDE 10).
    for (const QString& asked : denials)
        expect(of(2), asked, QStringLiteral("bogus"), 10);
    for (int a = 1; a <= 3; ++a)
        expect(of(a), staleType, QStringLiteral("secure"));
    // The NSEC served for the wrong-span name ends before it; the other answers are fine.
    expect(of(3), wrongSpan, QStringLiteral("bogus"), 12);
    for (const QString& asked : { nxdomain, nodata, wildcard, wildcardNodata })
        expect(of(3), asked, QStringLiteral("secure"));
    // The MX is gone but the NSEC at the name lists it: the NODATA contradicts its proof (EDE 6).
    expect(of(4), staleType, QStringLiteral("bogus"), 6);
    for (const QString& asked : denials)
        expect(of(4), asked, QStringLiteral("secure"));
    crossCheck(zone, verdicts, questions);
}

void LiveDenialTest::nsec3Zone()
{
    const DenialLab::Zone& zone = m_lab.nsec3();
    const QString nxdomain = question(QStringLiteral("nope.nsec3.test."), QStringLiteral("A"));
    const QString hole = question(m_lab.nsec3GapName(), QStringLiteral("A"));
    const QString nodata = question(QStringLiteral("www.nsec3.test."), QStringLiteral("MX"));
    const QString wildcard = question(QStringLiteral("x.wild.nsec3.test."), QStringLiteral("TXT"));
    const QString referral = question(QStringLiteral("host.insecure.nsec3.test."), QStringLiteral("A"));
    const QString noDs = question(QStringLiteral("insecure.nsec3.test."), QStringLiteral("DS"));
    const QStringList questions { nxdomain, hole, nodata, wildcard, referral, noDs };
    const QHash<QString, Verdicts> verdicts = check(zone, questions);
    QCOMPARE(verdicts.size(), zone.authorities.size());
    const Verdicts healthy = verdicts.value(zone.authorities[0]->endpoint().toString());
    for (const QString& asked : { nxdomain, hole, nodata })
        expect(healthy, asked, QStringLiteral("secure"));
    // Every NSEC3 of the -A zone is opt-out: the wildcard's next closer name may hide an
    // unsigned delegation, and the referral's DS is proven absent by the opt-out span.
    expect(healthy, wildcard, QStringLiteral("insecure"));
    expect(healthy, referral, QStringLiteral("insecure"));
    // The DS NODATA at the unsigned delegation proves it insecure (RFC 5155 §8.6). Unbound
    // agrees; delv calls the negative answer itself "fully validated", so Unbound judges it here.
    expect(healthy, noDs, QStringLiteral("insecure"));
    // The hole in the chain: no NSEC3 covers the name, the proof is wrong.
    expect(verdicts.value(zone.authorities[1]->endpoint().toString()), hole, QStringLiteral("bogus"), 12);
    // NSEC3 stripped: nothing proves any denial, nor the absence of the delegation's DS.
    for (const QString& asked : { nxdomain, hole, nodata, wildcard, referral, noDs })
        expect(verdicts.value(zone.authorities[2]->endpoint().toString()), asked, QStringLiteral("bogus"), 12);
    // The resolver that judges the referral does validate (its anchor is in force).
    QCOMPARE(ReferenceValidator::resolver(m_lab.resolverFor(zone.authorities[0])->endpoint(),
                 QStringLiteral("www.nsec3.test."), QStringLiteral("A")),
        QStringLiteral("secure"));
    crossCheck(zone, verdicts, questions, { referral, noDs });
}

void LiveDenialTest::iterationLimit()
{
    // RFC 9276 §3.2: 200 iterations are above the limit (150): insecure, EDE 27, as delv says.
    const DenialLab::Zone& zone = m_lab.iterations();
    const QStringList questions { question(QStringLiteral("nope.iterations.test."), QStringLiteral("A")),
        question(QStringLiteral("www.iterations.test."), QStringLiteral("MX")) };
    const QHash<QString, Verdicts> verdicts = check(zone, questions);
    for (const QString& asked : questions)
        expect(verdicts.value(zone.authorities[0]->endpoint().toString()), asked, QStringLiteral("insecure"), 27);
    crossCheck(zone, verdicts, questions);
}

void LiveDenialTest::signedDelegation()
{
    // A referral to a signed child is as good as its DS set's signature with the parent's keys.
    const DenialLab::Zone& zone = m_lab.signedDelegation();
    const QString child = m_lab.signedChildOrigin();
    const QString referral = question(QStringLiteral("host.") + child, QStringLiteral("A"));
    const QString ds = question(child, QStringLiteral("DS"));
    const QHash<QString, Verdicts> verdicts = check(zone, { referral, ds });
    QCOMPARE(verdicts.size(), zone.authorities.size());
    const auto of = [&](int a) { return verdicts.value(zone.authorities[a]->endpoint().toString()); };
    expect(of(0), referral, QStringLiteral("secure"));
    const QJsonObject secure = of(0)[referral];
    QVERIFY2(
        secure.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("referral: secure delegation")),
        qPrintable(secure.value(QStringLiteral("message")).toString()));
    // The DS signature's expiry counts like any RRset's: the same as the DS answer's.
    QVERIFY(secure.contains(QStringLiteral("validUntil")));
    QCOMPARE(secure.value(QStringLiteral("validUntil")), of(0)[ds].value(QStringLiteral("validUntil")));
    // Tampered after signing (EDE 6), RRSIG removed (EDE 10), RRSIG expired (EDE 7): the referral
    // fails exactly as the DS answer itself does.
    const int ede[] = { 6, 10, 7 };
    for (int a = 1; a <= 3; ++a) {
        for (const QString& asked : { referral, ds })
            expect(of(a), asked, QStringLiteral("bogus"), ede[a - 1]);
        QVERIFY2(
            of(a)[referral].value(QStringLiteral("message")).toString().startsWith(QStringLiteral("referral: DS at ")),
            qPrintable(of(a)[referral].value(QStringLiteral("message")).toString()));
        QVERIFY(!of(a)[referral].contains(QStringLiteral("validUntil")));
    }
    // Unbound, asked for the child's DS through the same authority, judges the DS answer and
    // the referral alike.
    for (const LabServer* server : zone.authorities) {
        const QString reference
            = ReferenceValidator::resolver(m_lab.resolverFor(server)->endpoint(), child, QStringLiteral("DS"));
        for (const QString& asked : { referral, ds }) {
            const QString status
                = verdicts.value(server->endpoint().toString()).value(asked).value(QStringLiteral("status")).toString();
            QVERIFY2(status == reference,
                qPrintable(
                    QStringLiteral("%1 %2: nameplan %3, Unbound %4").arg(server->name(), asked, status, reference)));
        }
    }
}

QTEST_GUILESS_MAIN(LiveDenialTest)
#include "tst_livedenial.moc"
