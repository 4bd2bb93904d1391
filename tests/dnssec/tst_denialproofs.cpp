// SPDX-License-Identifier: GPL-3.0-or-later
// NSEC and NSEC3 denial-of-existence proofs (RFC 4035 §5.4, RFC 5155 §8) judged on the
// NSEC/NSEC3 records of zones signed at test time (ldns-signzone NSEC, dnssec-signzone NSEC3 opt-out).
#include "nsec3proof.h"
#include "nsecproof.h"
#include "zonereader.h"
#include "zonesigner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

namespace {
const char zoneText[] = "$TTL 300\n"
                        "@ IN SOA ns1 host 1 3600 600 86400 300\n"
                        "@ IN NS ns1\n"
                        "ns1 IN A 127.0.0.1\n"
                        "www IN A 192.0.2.1\n"
                        "*.wild IN TXT \"wild\"\n"
                        "insecure IN NS ns.insecure\n"
                        "ns.insecure IN A 192.0.2.3\n"
                        "secure IN NS ns.secure\n"
                        "secure IN DS 12345 13 2 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n"
                        "ns.secure IN A 192.0.2.5\n";

DnsName dn(const char* relative)
{
    return *DnsName::fromText(relative, *DnsName::fromText("example.test."));
}
} // namespace

class TestDenialProofs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<ResourceRecord> m_nsec;
    QList<ResourceRecord> m_nsec3;

    QList<ResourceRecord> signedDenial(bool nsec3, const QString& subdir)
    {
        const QString dir = m_dir.filePath(subdir);
        QDir().mkpath(dir);
        QFile out(dir + QStringLiteral("/zone"));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(zoneText);
        out.close();
        ZoneSigner::Spec spec;
        // dnssec-signzone -A leaves unsigned delegations out of the NSEC3 chain (RFC 5155 §6),
        // so the opt-out span, not a matching record, has to prove them.
        spec.tool = nsec3 ? ZoneSigner::Tool::Bind : ZoneSigner::Tool::Ldns;
        spec.nsec3 = nsec3;
        spec.optOut = nsec3;
        spec.nsec3Iterations = 5;
        spec.nsec3SaltHex = QStringLiteral("abcd");
        const ZoneSigner::Result signedZone
            = ZoneSigner::sign(out.fileName(), QStringLiteral("example.test."), dir + QStringLiteral("/keys"), spec);
        if (!signedZone.ok())
            return {};
        ZoneReaderOptions options;
        options.origin = dn("@");
        ZoneReader reader(options);
        if (!reader.readFile(signedZone.signedFile))
            return {};
        QList<ResourceRecord> denial;
        for (const ResourceRecord& r : reader.records()) {
            if (r.type == rrtype::NSEC || r.type == rrtype::NSEC3)
                denial.append(r);
        }
        return denial;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_nsec = signedDenial(false, QStringLiteral("nsec"));
        m_nsec3 = signedDenial(true, QStringLiteral("nsec3"));
        QVERIFY(m_nsec.size() >= 6);
        QVERIFY(m_nsec3.size() >= 5);
    }

    void nsecProofs()
    {
        const DnsName zone = dn("@");
        QVERIFY(NsecProof::nxdomain(dn("nope"), zone, m_nsec).isSecure());
        QVERIFY(NsecProof::nxdomain(dn("a.b.nope"), zone, m_nsec).isSecure());
        QVERIFY(NsecProof::nodata(dn("www"), rrtype::MX, zone, m_nsec).isSecure());
        QCOMPARE(NsecProof::nodata(dn("www"), rrtype::A, zone, m_nsec).reason, Verdict::Reason::Bogus);
        QVERIFY(NsecProof::wildcardAnswer(dn("x.wild"), zone, m_nsec).isSecure());
        QCOMPARE(NsecProof::wildcardAnswer(dn("www"), zone, m_nsec).reason, Verdict::Reason::NsecMissing);
        const Verdict insecure = NsecProof::insecureDelegation(dn("insecure"), zone, m_nsec);
        QCOMPARE(insecure.status, Verdict::Status::Insecure);
        QCOMPARE(insecure.reason, Verdict::Reason::InsecureDelegation);
        QCOMPARE(NsecProof::insecureDelegation(dn("secure"), zone, m_nsec).status, Verdict::Status::Bogus);
        // Without the NSEC that covers "nope", NXDOMAIN cannot be proven: EDE 12.
        QList<ResourceRecord> partial = m_nsec;
        partial.removeIf([&](const ResourceRecord& r) {
            return NsecProof::covers(
                r.owner, *DnsName::fromWire(r.rdata.left(DnsName::wireLengthAt(r.rdata))), dn("nope"));
        });
        QCOMPARE(partial.size(), m_nsec.size() - 1);
        const Verdict missing = NsecProof::nxdomain(dn("nope"), zone, partial);
        QCOMPARE(missing.status, Verdict::Status::Bogus);
        QCOMPARE(missing.edeCode(), std::optional<std::uint16_t>(12));
    }

    void nsec3Proofs()
    {
        ValidatorConfig config;
        const Nsec3Proof proof(dn("@"), m_nsec3, config);
        QVERIFY2(proof.nxdomain(dn("nope")).isSecure(), qPrintable(proof.nxdomain(dn("nope")).toString()));
        QVERIFY(proof.nodata(dn("www"), rrtype::MX).isSecure());
        QCOMPARE(proof.nodata(dn("www"), rrtype::A).reason, Verdict::Reason::Bogus);
        // Every NSEC3 of a -A zone has the opt-out flag: the expansion's next closer name may hide
        // an unsigned delegation, so the wildcard answer is insecure (as delv judges it).
        const Verdict wildcard = proof.wildcardAnswer(dn("x.wild"), 3);
        QCOMPARE(wildcard.status, Verdict::Status::Insecure);
        QCOMPARE(wildcard.reason, Verdict::Reason::InsecureDelegation);
        // RFC 5155 §8.6: the unsigned delegation lies in an opt-out span: insecure, not bogus.
        const Verdict optOut = proof.nodata(dn("insecure"), rrtype::DS);
        QCOMPARE(optOut.status, Verdict::Status::Insecure);
        QCOMPARE(optOut.reason, Verdict::Reason::InsecureDelegation);
        // The signed delegation has its own NSEC3 listing DS: a DS NODATA claim there is bogus.
        QCOMPARE(proof.nodata(dn("secure"), rrtype::DS).status, Verdict::Status::Bogus);
        // As a delegation: the opt-out span makes it insecure; a signed delegation or a name that is
        // no delegation at all (www: its NSEC3 has no NS bit, so the DS NODATA alone is secure) is bogus.
        QCOMPARE(proof.insecureDelegation(dn("insecure")).status, Verdict::Status::Insecure);
        QCOMPARE(proof.insecureDelegation(dn("secure")).status, Verdict::Status::Bogus);
        QVERIFY(proof.nodata(dn("www"), rrtype::DS).isSecure());
        QCOMPARE(proof.insecureDelegation(dn("www")).status, Verdict::Status::Bogus);
        // RFC 9276 §3.2: above the iteration budget nothing is hashed and the answer is insecure.
        config.maxNsec3Iterations = 1;
        const Verdict limited = Nsec3Proof(dn("@"), m_nsec3, config).nxdomain(dn("nope"));
        QCOMPARE(limited.status, Verdict::Status::Insecure);
        QCOMPARE(limited.edeCode(), std::optional<std::uint16_t>(27));
        // No records at all: the proof is missing.
        QCOMPARE(Nsec3Proof(dn("@"), {}, ValidatorConfig()).nxdomain(dn("nope")).reason, Verdict::Reason::NsecMissing);
    }
};

QTEST_GUILESS_MAIN(TestDenialProofs)
#include "tst_denialproofs.moc"
