// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-zone verification against zones signed at test time by BIND's and ldns's signers,
// deliberately broken in the test, each verdict cross-checked with ldns-verify-zone.
#include "dnskeydata.h"
#include "dnssecalgorithm.h"
#include "resourcerecord.h"
#include "verifyprogress.h"
#include "zonecontents.h"
#include "zoneedit.h"
#include "zonesigner.h"
#include "zoneverifier.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace nameplan;

using Mutation = std::function<void(QList<ResourceRecord>&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
const QString origin = QStringLiteral("example.test.");

// A zone with the shapes the chain must get right: wildcard, empty non-terminals, a secure and
// an insecure delegation with glue.
const char zoneText[] = "$TTL 300\n"
                        "@ IN SOA ns1 host 1 3600 600 86400 300\n"
                        "@ IN NS ns1\n"
                        "ns1 IN A 127.0.0.1\n"
                        "www IN A 192.0.2.1\n"
                        "www IN AAAA 2001:db8::1\n"
                        "*.wild IN TXT \"wild\"\n"
                        "a.b.c IN A 192.0.2.4\n"
                        "insecure IN NS ns.insecure\n"
                        "ns.insecure IN A 192.0.2.3\n"
                        "secure IN NS ns.secure\n"
                        "secure IN DS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n"
                        "ns.secure IN A 192.0.2.5\n";

struct Signed {
    QString error;
    QList<ResourceRecord> records;
    QString ds; // KSK DS records
};

ResourceRecord* find(QList<ResourceRecord>& records, const std::function<bool(const ResourceRecord&)>& match)
{
    for (ResourceRecord& r : records) {
        if (match(r))
            return &r;
    }
    return nullptr;
}

DnsName name(const char* relative)
{
    return *DnsName::fromText(relative, *DnsName::fromText(origin.toUtf8()));
}
} // namespace

class TestZoneVerification : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    Signed sign(const ZoneSigner::Spec& spec)
    {
        const QString dir = m_dir.filePath(QString::number(++m_counter));
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/zone");
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return { QStringLiteral("cannot write the zone"), {}, {} };
        out.write(zoneText);
        out.close();
        const ZoneSigner::Result result = ZoneSigner::sign(file, origin, dir + QStringLiteral("/keys"), spec);
        if (!result.ok())
            return { result.error, {}, {} };
        QString error;
        const auto records = ZoneEdit::read(result.signedFile, *DnsName::fromText(origin.toUtf8()), &error);
        if (!records)
            return { error, {}, {} };
        return { {}, *records, result.dsRecords };
    }

    QString writeZone(const QList<ResourceRecord>& records)
    {
        const QString file = m_dir.filePath(QStringLiteral("check%1.zone").arg(++m_counter));
        return ZoneEdit::write(records, file).isEmpty() ? file : QString();
    }

    // ldns-verify-zone's judgement (exit 0 = verified), the established whole-zone validator.
    int ldnsVerifyZone(const QList<ResourceRecord>& records, const QString& anchor)
    {
        QStringList arguments;
        if (!anchor.isEmpty()) {
            const QString file = m_dir.filePath(QStringLiteral("anchor%1").arg(++m_counter));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return -1;
            out.write(anchor.toUtf8());
            out.close();
            arguments << QStringLiteral("-k") << file;
        }
        arguments << writeZone(records);
        QProcess process;
        process.start(QStringLiteral("ldns-verify-zone"), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        return process.exitCode();
    }

    static ZoneVerifier::Result verify(
        const QList<ResourceRecord>& records, const QString& anchor, int threads = 2, qsizetype splitRecords = 50000)
    {
        ZoneVerifier::Options options;
        options.threads = threads;
        options.splitRecords = splitRecords;
        options.origin = *DnsName::fromText(origin.toUtf8());
        options.now = QDateTime::currentSecsSinceEpoch();
        if (!anchor.isEmpty())
            options.anchors = TrustAnchorSet::fromText(anchor.toUtf8());
        NoVerifyProgress progress;
        return ZoneVerifier::verify(records, options, progress);
    }

    static bool hasProblem(const ZoneVerifier::Result& result, Verdict::Reason reason)
    {
        if (result.keys.reason == reason)
            return true;
        return std::any_of(
            result.problems.begin(), result.problems.end(), [reason](const Verdict& v) { return v.reason == reason; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("ldns-verify-zone")).isEmpty())
            QSKIP("ldns-verify-zone (ldnsutils) is needed as the reference validator");
    }

    void signedZonesVerify_data()
    {
        QTest::addColumn<int>("tool");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("nsec3");
        QTest::addColumn<bool>("optOut");
        const int bind = int(ZoneSigner::Tool::Bind);
        const int ldns = int(ZoneSigner::Tool::Ldns);
        QTest::newRow("bind RSASHA256 NSEC") << bind << QStringLiteral("RSASHA256") << 8 << false << false;
        QTest::newRow("ldns RSASHA256 NSEC3") << ldns << QStringLiteral("RSASHA256") << 8 << true << false;
        QTest::newRow("bind ECDSAP256 NSEC3 opt-out")
            << bind << QStringLiteral("ECDSAP256SHA256") << 13 << true << true;
        QTest::newRow("ldns ECDSAP256 NSEC") << ldns << QStringLiteral("ECDSAP256SHA256") << 13 << false << false;
        QTest::newRow("ldns ECDSAP384 NSEC3 opt-out")
            << ldns << QStringLiteral("ECDSAP384SHA384") << 14 << true << true;
        QTest::newRow("bind ED25519 NSEC") << bind << QStringLiteral("ED25519") << 15 << false << false;
        QTest::newRow("ldns ED25519 NSEC3") << ldns << QStringLiteral("ED25519") << 15 << true << false;
        QTest::newRow("bind ED448 NSEC3") << bind << QStringLiteral("ED448") << 16 << true << false;
        QTest::newRow("ldns ED448 NSEC") << ldns << QStringLiteral("ED448") << 16 << false << false;
    }

    void signedZonesVerify()
    {
        QFETCH(int, tool);
        QFETCH(QString, algorithm);
        QFETCH(int, number);
        QFETCH(bool, nsec3);
        QFETCH(bool, optOut);
        ZoneSigner::Spec spec;
        spec.tool = ZoneSigner::Tool(tool);
        spec.algorithm = algorithm;
        spec.nsec3 = nsec3;
        spec.optOut = optOut;
        const Signed zone = sign(spec);
        if (!zone.error.isEmpty() && number == 16)
            QSKIP(qPrintable(QStringLiteral("the signer cannot make ED448 here: ") + zone.error));
        QVERIFY2(zone.error.isEmpty(), qPrintable(zone.error));
        QVERIFY(isDnssecAlgorithmSupported(quint8(number)));

        const ZoneVerifier::Result result = verify(zone.records, zone.ds);
        QVERIFY2(result.verified(), qPrintable(result.overall.toString()));
        QVERIFY(result.anchored);
        QCOMPARE(result.denial, nsec3 ? QStringLiteral("nsec3") : QStringLiteral("nsec"));
        QVERIFY(result.rrsets > 10);
        QCOMPARE(result.secureRrsets, result.rrsets);
        QVERIFY(result.validUntil.has_value());
        QCOMPARE(ldnsVerifyZone(zone.records, zone.ds), 0);
    }

    void brokenZones_data()
    {
        QTest::addColumn<bool>("nsec3");
        QTest::addColumn<qint64>("inceptionDays");
        QTest::addColumn<qint64>("expirationDays");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<int>("anchorChange"); // 0 none, 1 digest flipped, 2 algorithm 12
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::addColumn<bool>("crossCheck");
        using S = Verdict::Status;
        using R = Verdict::Reason;
        const Mutation none = [](QList<ResourceRecord>&) {};
        QTest::newRow("expired") << false << qint64(-30) << qint64(-1) << none << 0 << int(S::Bogus)
                                 << int(R::SignatureExpired) << true;
        QTest::newRow("not yet valid") << false << qint64(1) << qint64(30) << none << 0 << int(S::Bogus)
                                       << int(R::SignatureNotYetValid) << true;
        QTest::newRow("tampered record") << false << qint64(-1) << qint64(30)
                                         << Mutation([](QList<ResourceRecord>& records) {
                                                ZoneEdit::tamper(records, name("www"), rrtype::A);
                                            })
                                         << 0 << int(S::Bogus) << int(R::Bogus) << true;
        QTest::newRow("DS matching no key")
            << false << qint64(-1) << qint64(30) << none << 1 << int(S::Bogus) << int(R::DnskeyMissing) << true;
        QTest::newRow("RRSIG key tag matching no key")
            << false << qint64(-1) << qint64(30)
            << Mutation([](QList<ResourceRecord>& records) { ZoneEdit::retagRrsigs(records, name("www"), rrtype::A); })
            << 0 << int(S::Bogus) << int(R::DnskeyMissing) << true;
        QTest::newRow("DNSKEY set signed only by the ZSK")
            << false << qint64(-1) << qint64(30) << Mutation([](QList<ResourceRecord>& records) {
                   // The KSK is the key with the SEP flag (257); drop its signature over the DNSKEY set.
                   const ResourceRecord* ksk = ZoneEdit::ksk(records, name("@"));
                   ZoneEdit::dropRrsigs(records, name("@"), rrtype::DNSKEY, DnskeyData::keyTag(ksk->rdata));
               })
            << 0 << int(S::Bogus) << int(R::RrsigsMissing) << true;
        QTest::newRow("missing RRSIG") << false << qint64(-1) << qint64(30)
                                       << Mutation([](QList<ResourceRecord>& records) {
                                              ZoneEdit::dropRrsigs(records, name("www"), rrtype::AAAA);
                                          })
                                       << 0 << int(S::Bogus) << int(R::RrsigsMissing) << true;
        QTest::newRow("missing NSEC") << false << qint64(-1) << qint64(30)
                                      << Mutation([](QList<ResourceRecord>& records) {
                                             ZoneEdit::dropRrsigs(records, name("www"), rrtype::NSEC);
                                             records.removeIf([](const ResourceRecord& r) {
                                                 return r.owner == name("www") && r.type == rrtype::NSEC;
                                             });
                                         })
                                      << 0 << int(S::Bogus) << int(R::NsecMissing) << true;
        QTest::newRow("wrong NSEC next name")
            << false << qint64(-1) << qint64(30) << Mutation([](QList<ResourceRecord>& records) {
                   ResourceRecord* nsec = find(records,
                       [](const ResourceRecord& r) { return r.owner == name("www") && r.type == rrtype::NSEC; });
                   nsec->rdata[1] = 'x'; // first octet of the next name's first label
               })
            << 0 << int(S::Bogus) << int(R::Bogus) << true;
        QTest::newRow("missing NSEC3") << true << qint64(-1) << qint64(30)
                                       << Mutation([](QList<ResourceRecord>& records) {
                                              const ResourceRecord* victim = find(records,
                                                  [](const ResourceRecord& r) { return r.type == rrtype::NSEC3; });
                                              const DnsName owner = victim->owner;
                                              records.removeIf(
                                                  [owner](const ResourceRecord& r) { return r.owner == owner; });
                                          })
                                       << 0 << int(S::Bogus) << int(R::NsecMissing) << true;
        QTest::newRow("unsupported algorithm")
            << false << qint64(-1) << qint64(30) << Mutation([](QList<ResourceRecord>& records) {
                   // Algorithm 12 (GOST R 34.10-2001) is one this build does not validate (RFC 8624
                   // §3.1: MAY); the zone becomes insecure, never bogus (RFC 4035 §5.2).
                   ZoneEdit::setAlgorithm(records, 12);
               })
            << 2 << int(S::Insecure) << int(R::UnsupportedDnskeyAlgorithm) << false;
    }

    void brokenZones()
    {
        QFETCH(bool, nsec3);
        QFETCH(qint64, inceptionDays);
        QFETCH(qint64, expirationDays);
        QFETCH(Mutation, mutation);
        QFETCH(int, anchorChange);
        QFETCH(int, status);
        QFETCH(int, reason);
        QFETCH(bool, crossCheck);
        ZoneSigner::Spec spec;
        spec.tool = ZoneSigner::Tool::Ldns;
        spec.nsec3 = nsec3;
        spec.inception = QDateTime::currentDateTimeUtc().addDays(inceptionDays);
        spec.expiration = QDateTime::currentDateTimeUtc().addDays(expirationDays);
        Signed zone = sign(spec);
        QVERIFY2(zone.error.isEmpty(), qPrintable(zone.error));
        QVERIFY(verify(zone.records, zone.ds).verified() == (inceptionDays < 0 && expirationDays > 0));
        mutation(zone.records);
        QString anchor = zone.ds;
        if (anchorChange == 2)
            anchor.replace(QRegularExpression(QStringLiteral(" DS (\\d+) 13 ")), QStringLiteral(" DS \\1 12 "));
        if (anchorChange == 1) {
            // Flip the last hex digit of the digest: the DS then names no key of the zone.
            const qsizetype last = anchor.trimmed().size() - 1;
            anchor[last] = anchor.at(last) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        }
        const ZoneVerifier::Result result = verify(zone.records, anchor);
        QVERIFY(!result.verified());
        QCOMPARE(int(result.overall.status), status);
        QVERIFY2(hasProblem(result, Verdict::Reason(reason)), qPrintable(result.overall.toString()));
        if (crossCheck)
            QVERIFY2(ldnsVerifyZone(zone.records, anchor) != 0, "ldns-verify-zone accepted the broken zone");
    }

    // Large zones are indexed on two threads (ZoneContents). Cut into runs of a few records, in
    // file order and with the apex's records scattered over both runs, the index and the
    // judgement must be those of one thread, for a good zone and for a broken one.
    void splitIndexJudgesAsOneThread()
    {
        ZoneSigner::Spec spec;
        spec.tool = ZoneSigner::Tool::Bind;
        spec.nsec3 = true;
        const Signed zone = sign(spec);
        QVERIFY2(zone.error.isEmpty(), qPrintable(zone.error));
        QList<ResourceRecord> broken = zone.records;
        ResourceRecord* www
            = find(broken, [](const ResourceRecord& r) { return r.owner == name("www") && r.type == rrtype::A; });
        QVERIFY(www);
        www->rdata[3] = char(www->rdata.at(3) ^ 1);
        QList<ResourceRecord> scattered = zone.records;
        scattered.append(scattered.takeFirst());
        QList<ResourceRecord> reversed(zone.records.crbegin(), zone.records.crend()); // no owner twice, none in order
        QVERIFY(scattered.first().owner == scattered.last().owner);
        // Owners met again in a later run: a duplicate RDATA (kept once) with a lower TTL (which
        // the set takes), and a new RDATA for a set of the first run.
        QList<ResourceRecord> repeated = zone.records;
        ResourceRecord again = *find(repeated, [](const ResourceRecord& r) { return r.type == rrtype::A; });
        again.ttl = 7;
        repeated.append(again);
        again.rdata[3] = char(again.rdata.at(3) ^ 1);
        repeated.append(again);

        const DnsName apex = *DnsName::fromText(origin.toUtf8());
        for (const QList<ResourceRecord>& records : { zone.records, scattered, reversed, broken, repeated }) {
            const ZoneContents whole(apex, records, 1);
            const ZoneContents split(apex, records, 2, 4);
            QCOMPARE(split.names().size(), whole.names().size());
            QCOMPARE(split.sets().size(), whole.sets().size());
            for (qsizetype i = 0; i < whole.names().size(); ++i) {
                const ZoneContents::Name& a = whole.names().at(i);
                const ZoneContents::Name& b = split.names().at(i);
                QVERIFY(a.owner == b.owner);
                QCOMPARE(b.rrsigs, a.rrsigs);
                QCOMPARE(b.delegation, a.delegation);
                QCOMPARE(b.belowCut, a.belowCut);
                QCOMPARE(b.sets.size(), a.sets.size());
                for (qsizetype j = 0; j < a.sets.size(); ++j) {
                    const RrSet& x = whole.sets().at(a.sets.at(j));
                    const RrSet& y = split.sets().at(b.sets.at(j));
                    QVERIFY(x.owner == y.owner && x.type == y.type && x.rrClass == y.rrClass);
                    QCOMPARE(y.ttl, x.ttl);
                    QCOMPARE(y.rdatas, x.rdatas);
                    QCOMPARE(&split.nameOf(b.sets.at(j)), &b);
                }
            }
            QCOMPARE(split.signedSets().size(), whole.signedSets().size());
            QCOMPARE(split.set(apex, rrtype::SOA)->rdatas, whole.set(apex, rrtype::SOA)->rdatas);
            QVERIFY(split.find(name("ns.secure"))->belowCut);
            // In canonical order whether the records came in it (no sort then) or not.
            const QList<const ZoneContents::Name*> names = split.authoritativeNames();
            QCOMPARE(names.size(), whole.authoritativeNames().size());
            QVERIFY(std::is_sorted(names.begin(), names.end(),
                [](const auto* a, const auto* b) { return DnsName::canonicalLess(a->owner, b->owner); }));

            const ZoneVerifier::Result one = verify(records, zone.ds, 1);
            const ZoneVerifier::Result two = verify(records, zone.ds, 2, 4);
            QCOMPARE(two.overall.toString(), one.overall.toString());
            QCOMPARE(two.rrsets, one.rrsets);
            QCOMPARE(two.secureRrsets, one.secureRrsets);
            QCOMPARE(two.problemCount, one.problemCount);
            QCOMPARE(two.denial, one.denial);
        }
        const qsizetype original = ZoneContents(apex, zone.records, 1).set(again.owner, rrtype::A)->rdatas.size();
        const ZoneContents merged(apex, repeated, 2, 4);
        const RrSet* set = merged.set(again.owner, rrtype::A);
        QCOMPARE(set->ttl, 7u);
        QCOMPARE(set->rdatas.size(), original + 1);
        QCOMPARE(set->rdatas.last(), again.rdata);
        QVERIFY(verify(zone.records, zone.ds, 2, 4).verified());
        QVERIFY(verify(scattered, zone.ds, 2, 4).verified());
        QVERIFY(!verify(broken, zone.ds, 2, 4).verified());
    }
};

QTEST_GUILESS_MAIN(TestZoneVerification)
#include "tst_zoneverification.moc"
