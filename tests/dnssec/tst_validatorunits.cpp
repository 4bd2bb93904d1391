// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's rules one by one, with keys made in-process (DnssecSigningKey): RFC 1982
// windows and clock skew, wildcard expansion (RFC 4035 §5.3.2), RFC 8624 policy, work budgets,
// verdict codes and the built-in IANA root anchors.
#include "chainoftrust.h"
#include "dnskeydata.h"
#include "dnskeyvalidator.h"
#include "dnssecsigningkey.h"
#include "dsdata.h"
#include "dsdigest.h"
#include "nsec3ring.h"
#include "responsedenial.h"
#include "rrsetverifier.h"
#include "signaturewindow.h"
#include "trustanchorset.h"
#include "typebitmap.h"
#include "zoneedit.h"
#include "zonekeyset.h"

#include <QTest>

using namespace nameplan;

namespace {
constexpr qint64 now = 1767225600; // 2026-01-01T00:00:00Z

DnsName dn(const char* text)
{
    return *DnsName::fromText(text);
}

RrSet aSet(const char* owner)
{
    return RrSet { dn(owner), rrtype::A, rrclass::IN, 300, { QByteArray("\xc0\x00\x02\x01", 4) } };
}

// The RRSIG RDATA the key makes over set, signed as owner signedOwner (a wildcard, or the owner).
QByteArray rrsig(const DnssecSigningKey& key, const RrSet& set, const DnsName& signedOwner, qint64 inception,
    qint64 expiration, std::uint16_t keyTag, const DnsName& signer = dn("example."))
{
    RrsigData data;
    data.typeCovered = set.type;
    data.algorithm = key.algorithm();
    data.labels = std::uint8_t(signedOwner.rrsigLabelCount());
    data.originalTtl = set.ttl;
    data.inception = std::uint32_t(inception);
    data.expiration = std::uint32_t(expiration);
    data.keyTag = keyTag;
    data.signer = signer;
    const auto signedData = RrsetVerifier::signedData(set, data);
    return data.signedPrefix() + key.sign(*signedData).value_or(QByteArray());
}

// The DS RDATA (RFC 4034 §5.1) naming dnskey of owner, with that digest type.
QByteArray dsRdata(const DnsName& owner, const QByteArray& dnskey, quint8 digestType)
{
    const std::uint16_t tag = DnskeyData::keyTag(dnskey);
    QByteArray ds;
    ds.append(char(tag >> 8)).append(char(tag & 0xff)).append(dnskey.at(3)).append(char(digestType));
    return ds + *DsDigest::compute(digestType, owner.wire(), dnskey);
}
} // namespace

class TestValidatorUnits : public QObject {
    Q_OBJECT

private:
    ValidatorConfig m_config;

private Q_SLOTS:
    void serialArithmetic()
    {
        using W = SignatureWindow;
        QVERIFY(W::serialLess(0xfffffff0u, 0x10u)); // RFC 1982 §3.2: across the wrap
        QVERIFY(!W::serialLess(0x10u, 0xfffffff0u));
        QVERIFY(!W::serialLess(5, 5));
        QCOMPARE(W::check(std::uint32_t(now - 10), std::uint32_t(now + 10), now, 0), W::State::Current);
        QCOMPARE(W::check(std::uint32_t(now - 20), std::uint32_t(now - 10), now, 0), W::State::Expired);
        QCOMPARE(W::check(std::uint32_t(now - 20), std::uint32_t(now - 10), now, 60), W::State::Current);
        QCOMPARE(W::check(std::uint32_t(now + 10), std::uint32_t(now + 20), now, 0), W::State::NotYetValid);
        QCOMPARE(W::check(std::uint32_t(now + 10), std::uint32_t(now - 20), now, 0), W::State::Inverted);
        // 2106: the 32-bit field wrapped, the window still holds.
        const qint64 later = 0x100000000LL + 1000;
        QCOMPARE(W::check(std::uint32_t(later - 2000), std::uint32_t(later + 1000), later, 0), W::State::Current);
        QCOMPARE(W::absoluteTime(std::uint32_t(later + 1000), later), later + 1000);
    }

    void verdictCodes()
    {
        Verdict v = Verdict::make(Verdict::Status::Bogus, Verdict::Reason::SignatureExpired, dn("www.example."),
            rrtype::A, dn("example."), QStringLiteral("x"));
        QCOMPARE(v.edeCode(), std::optional<std::uint16_t>(7));
        QCOMPARE(v.toJson().value(QStringLiteral("reason")).toString(), QStringLiteral("signature-expired"));
        v.reason = Verdict::Reason::UnsupportedDsDigest;
        QCOMPARE(v.edeCode(), std::optional<std::uint16_t>(2));
        v.reason = Verdict::Reason::NsecMissing;
        QCOMPARE(v.edeCode(), std::optional<std::uint16_t>(12));
        v.reason = Verdict::Reason::InsecureDelegation;
        QVERIFY(!v.edeCode());
        const Verdict secure = Verdict::secure(dn("a."), rrtype::A, dn("."));
        QCOMPARE(Verdict::worse(secure, v).status, Verdict::Status::Bogus);
    }

    void ianaRootAnchors()
    {
        const TrustAnchorSet root = TrustAnchorSet::ianaRoot();
        const QList<QByteArray> ds = root.rdatas(DnsName(), rrtype::DS);
        QCOMPARE(ds.size(), 2);
        QCOMPARE(DsData::fromRdata(ds.at(0))->keyTag, 20326);
        QCOMPARE(DsData::fromRdata(ds.at(1))->keyTag, 38696);
        QCOMPARE(DsData::fromRdata(ds.at(1))->digest.toHex(),
            QByteArray("683d2d0acb8c9b712a1948b27f741219298d0a450d612c483af444a4c0fb2b16"));
        QCOMPARE(root.closestAnchor(dn("www.example.com."))->toString(), QStringLiteral("."));
        QString error;
        QVERIFY(!TrustAnchorSet::fromText("example. IN A 192.0.2.1\n", &error));
        QVERIFY(error.contains(QStringLiteral("DS or DNSKEY")));
    }

    void signaturesAndWildcards_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("RSASHA256") << 8;
        QTest::newRow("ECDSAP256SHA256") << 13;
        QTest::newRow("ECDSAP384SHA384") << 14;
        QTest::newRow("ED25519") << 15;
        QTest::newRow("ED448") << 16;
    }

    void signaturesAndWildcards()
    {
        QFETCH(int, algorithm);
        const DnssecSigningKey key = DnssecSigningKey::generate(quint8(algorithm));
        QVERIFY2(!key.isNull(), qPrintable(key.error()));
        const QByteArray dnskey = key.dnskeyRdata(256);
        const std::uint16_t tag = DnskeyData::keyTag(dnskey);
        const ZoneKeySet keys(dn("example."), { dnskey }, m_config);
        const RrsetVerifier verifier(keys, m_config);

        const RrSet www = aSet("www.example.");
        const Verdict plain = verifier.verify(www, { rrsig(key, www, www.owner, now - 60, now + 3600, tag) }, now);
        QVERIFY2(plain.isSecure(), qPrintable(plain.toString()));
        QCOMPARE(plain.validUntil, std::optional<qint64>(now + 3600));

        // RFC 4035 §5.3.2: "x.w.example." answered from "*.w.example." verifies with Labels = 2.
        const RrSet expanded = aSet("x.w.example.");
        const QByteArray wild = rrsig(key, expanded, dn("*.w.example."), now - 60, now + 3600, tag);
        QVERIFY(verifier.verify(expanded, { wild }, now).isSecure());
        // The same signature does not fit a name from another wildcard.
        const RrSet other = aSet("x.v.example.");
        QCOMPARE(verifier.verify(other, { wild }, now).reason, Verdict::Reason::Bogus);

        const Verdict tagged
            = verifier.verify(www, { rrsig(key, www, www.owner, now - 60, now + 3600, std::uint16_t(tag + 1)) }, now);
        QCOMPARE(tagged.reason, Verdict::Reason::DnskeyMissing);
        QCOMPARE(verifier.verify(www, {}, now).reason, Verdict::Reason::RrsigsMissing);
    }

    void clockSkew()
    {
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray dnskey = key.dnskeyRdata(256);
        const ZoneKeySet keys(dn("example."), { dnskey }, m_config);
        const RrSet www = aSet("www.example.");
        const QByteArray sig = rrsig(key, www, www.owner, now - 3600, now - 100, DnskeyData::keyTag(dnskey));
        QCOMPARE(RrsetVerifier(keys, m_config).verify(www, { sig }, now).reason, Verdict::Reason::SignatureExpired);
        ValidatorConfig lenient = m_config;
        lenient.clockSkewSeconds = 300;
        QVERIFY(RrsetVerifier(keys, lenient).verify(www, { sig }, now).isSecure());
    }

    void rsaPolicy()
    {
        // RFC 8624 §3.1 / RFC 3110: a 512-bit RSA key is refused: insecure, not bogus, not secure.
        const DnssecSigningKey key = DnssecSigningKey::generate(8, 512);
        QVERIFY2(!key.isNull(), qPrintable(key.error()));
        const QByteArray dnskey = key.dnskeyRdata(256);
        const ZoneKeySet keys(dn("example."), { dnskey }, m_config);
        const RrSet www = aSet("www.example.");
        const Verdict v
            = RrsetVerifier(keys, m_config)
                  .verify(www, { rrsig(key, www, www.owner, now - 60, now + 60, DnskeyData::keyTag(dnskey)) }, now);
        QCOMPARE(v.status, Verdict::Status::Insecure);
        QCOMPARE(v.reason, Verdict::Reason::AlgorithmPolicy);
    }

    void unsupportedSignatureAlgorithm()
    {
        // RFC 4035 §5.2: a zone whose keys all use algorithms this build lacks is insecure; RFC 6840
        // §5.11: once the zone has a key the validator can use, an RRset signed only with another
        // algorithm lacks the signature that key's path requires: bogus, or relabelling the RRSIGs
        // would downgrade any answer to insecure.
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const DnssecSigningKey small = DnssecSigningKey::generate(8, 512);
        QVERIFY2(!small.isNull(), qPrintable(small.error()));
        const QByteArray dnskey = key.dnskeyRdata(256);
        QByteArray privateKey = dnskey;
        privateKey[3] = char(253); // RFC 4034 A.1 PRIVATEDNS
        const RrSet www = aSet("www.example.");
        QByteArray relabelled = rrsig(key, www, www.owner, now - 60, now + 60, DnskeyData::keyTag(dnskey));
        relabelled[2] = char(253); // RFC 4034 §3.1: the algorithm octet follows the type covered
        const QList<QByteArray> sigs { relabelled };

        const ZoneKeySet usable(dn("example."), { dnskey, privateKey }, m_config);
        const Verdict downgraded = RrsetVerifier(usable, m_config).verify(www, sigs, now);
        QCOMPARE(downgraded.status, Verdict::Status::Bogus);
        QCOMPARE(downgraded.reason, Verdict::Reason::RrsigsMissing);
        QVERIFY2(
            downgraded.message.contains(QStringLiteral("algorithm not supported")), qPrintable(downgraded.message));

        const ZoneKeySet unusable(dn("example."), { privateKey }, m_config);
        const Verdict unsupported = RrsetVerifier(unusable, m_config).verify(www, sigs, now);
        QCOMPARE(unsupported.status, Verdict::Status::Insecure);
        QCOMPARE(unsupported.reason, Verdict::Reason::UnsupportedDnskeyAlgorithm);

        // The same for a key the policy refuses: signed only by the 512-bit key of a zone that
        // also has a usable one.
        const QByteArray smallKey = small.dnskeyRdata(256);
        const ZoneKeySet mixed(dn("example."), { dnskey, smallKey }, m_config);
        const Verdict refused
            = RrsetVerifier(mixed, m_config)
                  .verify(www, { rrsig(small, www, www.owner, now - 60, now + 60, DnskeyData::keyTag(smallKey)) }, now);
        QCOMPARE(refused.status, Verdict::Status::Bogus);
        QCOMPARE(refused.reason, Verdict::Reason::RrsigsMissing);
    }

    void rrsigBudget()
    {
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray dnskey = key.dnskeyRdata(256);
        const std::uint16_t tag = DnskeyData::keyTag(dnskey);
        const ZoneKeySet keys(dn("example."), { dnskey }, m_config);
        const RrSet www = aSet("www.example.");
        QList<QByteArray> sigs;
        for (int i = 0; i < m_config.maxRrsigsPerRrset; ++i) {
            QByteArray bad = rrsig(key, www, www.owner, now - 60, now + 60, tag);
            bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 1);
            sigs.append(bad);
        }
        sigs.append(rrsig(key, www, www.owner, now - 60, now + 60, tag)); // the good one, past the budget
        const Verdict v = RrsetVerifier(keys, m_config).verify(www, sigs, now);
        QCOMPARE(v.status, Verdict::Status::Indeterminate);
        QCOMPARE(v.reason, Verdict::Reason::WorkBudgetExceeded);
    }

    void keyTagBudget()
    {
        // KeyTrap (CVE-2023-50387): when more keys share the RRSIG's tag and algorithm than
        // maxKeysPerSignature and the signing key comes after them, the RRset is indeterminate
        // (nothing proves a forgery); within the budget the signing key is found.
        const DnssecSigningKey key = DnssecSigningKey::generate(8);
        const ResourceRecord real { dn("example."), rrtype::DNSKEY, rrclass::IN, 300, key.dnskeyRdata(256) };
        const std::uint16_t tag = DnskeyData::keyTag(real.rdata);
        QList<QByteArray> colliding;
        for (const ResourceRecord& forged : ZoneEdit::forgeRsaKeys(real, m_config.maxKeysPerSignature, true)) {
            QCOMPARE(DnskeyData::keyTag(forged.rdata), tag);
            colliding.append(forged.rdata);
        }
        QCOMPARE(colliding.size(), m_config.maxKeysPerSignature);
        const RrSet www = aSet("www.example.");
        const QList<QByteArray> sigs { rrsig(key, www, www.owner, now - 60, now + 60, tag) };
        const auto judge = [&](const QList<QByteArray>& dnskeys) {
            const ZoneKeySet keys(dn("example."), dnskeys, m_config);
            return RrsetVerifier(keys, m_config).verify(www, sigs, now);
        };
        QVERIFY(judge(colliding.mid(1) + QList { real.rdata }).isSecure());
        const Verdict v = judge(colliding + QList { real.rdata });
        QCOMPARE(v.status, Verdict::Status::Indeterminate);
        QCOMPARE(v.reason, Verdict::Reason::WorkBudgetExceeded);
        QVERIFY2(v.message.contains(QStringLiteral("5 DNSKEYs share this tag, only 4 tried")), qPrintable(v.message));
    }

    void dnskeyBudget()
    {
        // KeyTrap (CVE-2023-50387): a DNSKEY set over maxDnskeys is not judged, even when the
        // key the DS names signed it; at the budget it is.
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray ksk = key.dnskeyRdata(257);
        const DnsName zone = dn("example.");
        RrSet keys { zone, rrtype::DNSKEY, rrclass::IN, 300, { ksk } };
        for (int i = 1; i < m_config.maxDnskeys; ++i) {
            QByteArray forged = key.dnskeyRdata(256);
            forged[forged.size() - 1] = char(i);
            keys.rdatas.append(forged);
        }
        const QList<QByteArray> ds { dsRdata(zone, ksk, DsDigest::sha256) };
        auto sign = [&] {
            return QList<QByteArray> { rrsig(key, keys, zone, now - 60, now + 600, DnskeyData::keyTag(ksk)) };
        };
        QVERIFY(DnskeyValidator::validate(keys, sign(), ds, {}, now, m_config).isSecure());
        QByteArray oneMore = key.dnskeyRdata(256);
        oneMore[oneMore.size() - 1] = char(m_config.maxDnskeys);
        keys.rdatas.append(oneMore);
        const Verdict v = DnskeyValidator::validate(keys, sign(), ds, {}, now, m_config);
        QCOMPARE(v.status, Verdict::Status::Indeterminate);
        QCOMPARE(v.reason, Verdict::Reason::WorkBudgetExceeded);
    }

    void dsAbsenceProof()
    {
        // example.'s answer to "sub.example. DS" without DS: the NSEC at the cut, signed by example.
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray dnskey = key.dnskeyRdata(257);
        const DnsName parent = dn("example.");
        const DnsName child = dn("sub.example.");
        const RrSet keys { parent, rrtype::DNSKEY, rrclass::IN, 300, { dnskey } };
        const auto answer = [&](bool dsBit, bool tamper) {
            // Type bitmap window 0 (RFC 4034 §4.1.2): NS (2); DS (43), RRSIG (46), NSEC (47).
            QByteArray rdata = dn("www.example.").wire().toByteArray();
            rdata.append(QByteArray("\x00\x06\x20\x00\x00\x00\x00", 7)).append(char(dsBit ? 0x13 : 0x03));
            const RrSet nsec { child, rrtype::NSEC, rrclass::IN, 300, { rdata } };
            QByteArray signature = rrsig(key, nsec, child, now - 60, now + 600, DnskeyData::keyTag(dnskey), parent);
            if (tamper)
                signature[signature.size() - 1] = char(signature.at(signature.size() - 1) ^ 1);
            DnsMessage response;
            response.authority = { nsec.record(0), { child, rrtype::RRSIG, rrclass::IN, 300, signature } };
            return response;
        };
        const ZoneKeySet keySet(parent, keys.rdatas, m_config);
        const ResponseDenial denial(parent, keySet, m_config);
        const Verdict proven = denial.judgeDsAbsence(answer(false, false), child, now);
        QCOMPARE(proven.status, Verdict::Status::Insecure);
        QCOMPARE(proven.reason, Verdict::Reason::InsecureDelegation);
        // The NSEC says there is a DS after all: no proof (EDE 6).
        const Verdict contradicted = denial.judgeDsAbsence(answer(true, false), child, now);
        QCOMPARE(contradicted.status, Verdict::Status::Bogus);
        QCOMPARE(contradicted.edeCode(), std::optional<std::uint16_t>(6));
        // A proof whose signature fails proves nothing.
        QCOMPARE(denial.judgeDsAbsence(answer(false, true), child, now).status, Verdict::Status::Bogus);
        // No NSEC or NSEC3 at all: EDE 12.
        const Verdict missing = denial.judgeDsAbsence(DnsMessage(), child, now);
        QCOMPARE(missing.status, Verdict::Status::Bogus);
        QCOMPARE(missing.edeCode(), std::optional<std::uint16_t>(12));
    }

    void signedReferral()
    {
        // example.'s referral to the signed child sub.example.: NS, the DS set and its RRSIG by
        // example.'s key (RFC 4035 §3.1.4). The DS set's signature decides the delegation.
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray dnskey = key.dnskeyRdata(257);
        const DnsName parent = dn("example.");
        const DnsName child = dn("sub.example.");
        const ZoneKeySet keySet(parent, { dnskey }, m_config);
        const ResponseDenial denial(parent, keySet, m_config);
        const DnsQuestion asked { dn("www.sub.example."), rrtype::A, rrclass::IN };
        const RrSet ds { child, rrtype::DS, rrclass::IN, 300,
            { dsRdata(child, DnssecSigningKey::generate(13).dnskeyRdata(257), DsDigest::sha256) } };
        const auto referral = [&](const RrSet& served, qint64 expiration, bool signedDs) {
            DnsMessage response;
            response.authority = { { child, rrtype::NS, rrclass::IN, 300, dn("ns.sub.example.").wire().toByteArray() },
                served.record(0) };
            if (signedDs)
                response.authority.append({ child, rrtype::RRSIG, rrclass::IN, 300,
                    rrsig(key, ds, child, now - 600, expiration, DnskeyData::keyTag(dnskey), parent) });
            return denial.judgeDenial(response, asked, now);
        };
        const Verdict secure = referral(ds, now + 600, true);
        QVERIFY2(secure.isSecure(), qPrintable(secure.toString()));
        QCOMPARE(secure.owner, asked.name);
        QCOMPARE(secure.validUntil, std::optional<qint64>(now + 600));
        QVERIFY2(secure.message.startsWith(QStringLiteral("referral: secure delegation")), qPrintable(secure.message));
        RrSet tampered = ds;
        tampered.rdatas[0][tampered.rdatas[0].size() - 1] = char(tampered.rdatas[0].back() ^ 1);
        const Verdict forged = referral(tampered, now + 600, true);
        QCOMPARE(forged.status, Verdict::Status::Bogus);
        QCOMPARE(forged.edeCode(), std::optional<std::uint16_t>(6));
        QVERIFY(!forged.validUntil);
        const Verdict unsignedDs = referral(ds, now + 600, false);
        QCOMPARE(unsignedDs.status, Verdict::Status::Bogus);
        QCOMPARE(unsignedDs.edeCode(), std::optional<std::uint16_t>(10));
        const Verdict expired = referral(ds, now - 60, true);
        QCOMPARE(expired.status, Verdict::Status::Bogus);
        QCOMPARE(expired.edeCode(), std::optional<std::uint16_t>(7));
        QVERIFY2(
            expired.message.startsWith(QStringLiteral("referral: DS at sub.example.")), qPrintable(expired.message));
    }

    void sha1DsBesideSha256()
    {
        // RFC 4509 §3: a SHA-1 DS is ignored when a usable SHA-256 DS is in the set, so a SHA-1
        // digest cannot stand in for a SHA-256 one that names no key.
        const DnssecSigningKey key = DnssecSigningKey::generate(13);
        const QByteArray dnskey = key.dnskeyRdata(257);
        const DnsName zone = dn("example.");
        const RrSet keys { zone, rrtype::DNSKEY, rrclass::IN, 300, { dnskey } };
        const QList<QByteArray> sigs { rrsig(key, keys, zone, now - 60, now + 600, DnskeyData::keyTag(dnskey)) };
        const QByteArray sha1 = dsRdata(zone, dnskey, DsDigest::sha1);
        QByteArray wrongSha256 = dsRdata(zone, dnskey, DsDigest::sha256);
        wrongSha256[wrongSha256.size() - 1] = char(wrongSha256.back() ^ 1);

        QVERIFY(DnskeyValidator::validate(keys, sigs, { sha1 }, {}, now, m_config).isSecure());
        const Verdict downgraded = DnskeyValidator::validate(keys, sigs, { sha1, wrongSha256 }, {}, now, m_config);
        QCOMPARE(downgraded.status, Verdict::Status::Bogus);
        QCOMPARE(downgraded.reason, Verdict::Reason::DnskeyMissing);
        const QList<QByteArray> both { sha1, dsRdata(zone, dnskey, DsDigest::sha256) };
        QVERIFY(DnskeyValidator::validate(keys, sigs, both, {}, now, m_config).isSecure());
    }

    // The ring finds records by hash through its directory whatever the hashes' lengths and
    // leading octets, and the covering record is the last at or before a hash, wrapping round.
    void nsec3RingLookups()
    {
        const QList<QByteArray> hashes { QByteArray::fromHex("00"), QByteArray::fromHex("0000"),
            QByteArray::fromHex("00000001"), QByteArray::fromHex("7f"), QByteArray::fromHex("7fffffffff"),
            QByteArray::fromHex("80000000000000000000000000000000000000000000000000000000000000000000000000000001"),
            QByteArray::fromHex("ffffffff"), QByteArray(20, char(0x42)), QByteArray(20, char(0x43)) };
        std::vector<Nsec3Ring::Record> records;
        for (auto it = hashes.rbegin(); it != hashes.rend(); ++it) { // not in order: the ring sorts
            Nsec3Ring::Record record;
            std::copy(it->begin(), it->end(), record.octets.begin());
            record.size = std::uint8_t(it->size());
            records.push_back(record);
        }
        Nsec3Ring ring(std::move(records));
        QVERIFY(std::is_sorted(ring.records().begin(), ring.records().end(),
            [](const auto& a, const auto& b) { return a.hash() < b.hash(); }));
        for (const QByteArray& hash : hashes) {
            QVERIFY(ring.find(hash));
            QCOMPARE(ring.find(hash)->hash(), QByteArrayView(hash));
            QCOMPARE(ring.covering(hash).hash(), QByteArrayView(hash));
        }
        QVERIFY(!ring.find(QByteArray::fromHex("000000")));
        QVERIFY(!ring.find({}));
        QCOMPARE(ring.covering(QByteArray::fromHex("000000")).hash(), QByteArrayView(QByteArray::fromHex("0000")));
        QCOMPARE(ring.covering(QByteArray(20, char(0x42)).append(char(1))).hash(),
            QByteArrayView(QByteArray(20, char(0x42))));
        QCOMPARE(ring.covering({}).hash(), QByteArrayView(QByteArray::fromHex("ffffffff"))); // before the first
        QCOMPARE(ring.covering(QByteArray(21, char(0xff))).hash(), QByteArrayView(QByteArray::fromHex("ffffffff")));
        QCOMPARE(ring.next(ring.records().size() - 1).hash(), QByteArrayView(QByteArray::fromHex("00")));
        QVERIFY(!Nsec3Ring({}).find(QByteArray(20, char(0x42))));

        // A short bitmap is copied into the record, a long one read from the end of the RDATA.
        const QByteArray shortRdata = QByteArray::fromHex("aa000140");
        const QByteArray longRdata
            = QByteArray::fromHex("aa") + TypeBitmap::encode({ 1, 256, 512, 768, 1024, 1280, 1536 });
        Nsec3Ring::Record record;
        record.rdata = shortRdata;
        record.setTypeBitmap(QByteArrayView(shortRdata).sliced(1));
        QCOMPARE(record.typeBitmap(), QByteArrayView(shortRdata).sliced(1));
        QVERIFY(record.typeBitmap().data() != shortRdata.constData() + 1);
        record.rdata = longRdata;
        record.setTypeBitmap(QByteArrayView(longRdata).sliced(1));
        QVERIFY(longRdata.size() - 1 > qsizetype(record.shortBitmap.size()));
        QCOMPARE(record.typeBitmap(), QByteArrayView(longRdata).sliced(1));
    }

    void chainOfTrust()
    {
        // example. (anchored by its DNSKEY) -> DS -> sub.example., all made here.
        const DnssecSigningKey parentKey = DnssecSigningKey::generate(13);
        const DnssecSigningKey childKey = DnssecSigningKey::generate(15);
        const QByteArray parentDnskey = parentKey.dnskeyRdata(257);
        const QByteArray childDnskey = childKey.dnskeyRdata(257);
        const DnsName parent = dn("example.");
        const DnsName child = dn("sub.example.");
        ChainOfTrust::Link top;
        top.dnskeys = RrSet { parent, rrtype::DNSKEY, rrclass::IN, 300, { parentDnskey } };
        top.dnskeyRrsigs
            = { rrsig(parentKey, top.dnskeys, parent, now - 60, now + 600, DnskeyData::keyTag(parentDnskey), parent) };
        ChainOfTrust::Link below;
        below.dnskeys = RrSet { child, rrtype::DNSKEY, rrclass::IN, 300, { childDnskey } };
        below.dnskeyRrsigs
            = { rrsig(childKey, below.dnskeys, child, now - 60, now + 600, DnskeyData::keyTag(childDnskey), child) };
        below.ds = RrSet { child, rrtype::DS, rrclass::IN, 300, { dsRdata(child, childDnskey, DsDigest::sha256) } };
        below.dsRrsigs
            = { rrsig(parentKey, below.ds, child, now - 60, now + 600, DnskeyData::keyTag(parentDnskey), parent) };
        TrustAnchorSet anchors;
        anchors.add({ parent, rrtype::DNSKEY, parentDnskey });

        QList<Verdict> verdicts = ChainOfTrust::judge(anchors, { top, below }, now, m_config);
        QCOMPARE(verdicts.size(), 2);
        QVERIFY2(verdicts.at(1).isSecure(), qPrintable(verdicts.at(1).toString()));

        ChainOfTrust::Link unsignedChild = below;
        unsignedChild.ds.rdatas.clear();
        QCOMPARE(
            ChainOfTrust::judge(anchors, { top, unsignedChild }, now, m_config).at(1).status, Verdict::Status::Bogus);
        unsignedChild.dsAbsenceProven = true;
        QCOMPARE(ChainOfTrust::judge(anchors, { top, unsignedChild }, now, m_config).at(1).reason,
            Verdict::Reason::InsecureDelegation);

        // Both halves of each link: the anchor vouches for the top; a DS RRset whose signature
        // was tampered with breaks the link at its DS (EDE 6), and the keys below cannot be better.
        QList<ChainOfTrust::LinkVerdicts> halves = ChainOfTrust::judgeLinks(anchors, { top, below }, now, m_config);
        QCOMPARE(halves.at(0).ds.message, QStringLiteral("trust anchor"));
        QVERIFY(halves.at(1).ds.isSecure() && halves.at(1).dnskey.isSecure());
        ChainOfTrust::Link tampered = below;
        QByteArray& signature = tampered.dsRrsigs.first();
        signature[signature.size() - 1] = char(signature.at(signature.size() - 1) ^ 1);
        halves = ChainOfTrust::judgeLinks(anchors, { top, tampered }, now, m_config);
        QCOMPARE(halves.at(1).ds.status, Verdict::Status::Bogus);
        QCOMPARE(halves.at(1).ds.type, rrtype::DS);
        QCOMPARE(halves.at(1).ds.edeCode(), std::optional<std::uint16_t>(6));
        QCOMPARE(halves.at(1).dnskey.status, Verdict::Status::Bogus);

        // A parent key that expired breaks both links; the child inherits the verdict.
        verdicts = ChainOfTrust::judge(anchors, { top, below }, now + 3600, m_config);
        QCOMPARE(verdicts.at(0).reason, Verdict::Reason::SignatureExpired);
        QCOMPARE(verdicts.at(1).status, Verdict::Status::Bogus);
        QVERIFY(verdicts.at(1).message.startsWith(QStringLiteral("above: example.")));
    }
};

QTEST_GUILESS_MAIN(TestValidatorUnits)
#include "tst_validatorunits.moc"
