// SPDX-License-Identifier: GPL-3.0-or-later
// Known answers from the RFCs, at the RFCs' own dates and data: every example signature
// verifies over signed data built here by hand from the example's records, and one flipped bit
// in the signature or in the data makes it invalid. Key tags and DS digests likewise.

#include "dnskeyrdata.h"
#include "dnssecalgorithm.h"
#include "dnsseckey.h"
#include "dsdigest.h"
#include "wirebuilder.h"

#include <QTest>

using namespace nameplan;
using Status = VerifyOutcome::Status;

namespace {

QByteArray b64(const char* text)
{
    return QByteArray::fromBase64(QByteArray(text));
}
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray flipBit(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(bytes[index] ^ 0x01);
    return bytes;
}

// RFC 5702 §6.1 and §6.2 sign the same RRset: www.example.net. 3600 IN A 192.0.2.91.
QByteArray rfc5702Data(quint8 algorithm, quint16 keyTag)
{
    return wire::rrsigPrefix(wire::typeA, algorithm, 3, 3600, wire::time("20300101000000"),
               wire::time("20000101000000"), keyTag, "example.net")
        + wire::rr("www.example.net", wire::typeA, 3600, hex("c000025b"));
}

// RFC 6605 §6.1 and §6.2: www.example.net. 3600 IN A 192.0.2.1.
QByteArray rfc6605Data(quint8 algorithm, quint16 keyTag, const char* expiration, const char* inception)
{
    return wire::rrsigPrefix(
               wire::typeA, algorithm, 3, 3600, wire::time(expiration), wire::time(inception), keyTag, "example.net")
        + wire::rr("www.example.net", wire::typeA, 3600, hex("c0000201"));
}

// RFC 8080 §6 (as corrected by verified erratum 4935): example.com. 3600 IN MX 10
// mail.example.com., signed with inception 1438207200 and expiration 1440021600.
QByteArray rfc8080Data(quint8 algorithm, quint16 keyTag)
{
    return wire::rrsigPrefix(wire::typeMx, algorithm, 2, 3600, 1440021600, 1438207200, keyTag, "example.com")
        + wire::rr("example.com", wire::typeMx, 3600, wire::u16(10) + wire::name("mail.example.com"));
}

// RFC 4034 §5.4 (also RFC 4509 §2.3): dskey.example.com. 86400 IN DNSKEY 256 3 5 ...
const char* const rfc4034Key = "AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjM"
                               "mmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rl"
                               "jwvFw==";
const char* const rfc5702Key256
    = "AwEAAcFcGsaxxdgiuuGmCkVImy4h99CqT7jwY3pexPGcnUFtR2Fh36BponcwtkZ4cAgtvd4Qs8PkxUdp6p/DlU"
      "mObdk=";
const char* const rfc5702Key512
    = "AwEAAdHoNTOW+et86KuJOWRDp1pndvwb6Y83nSVXXyLA3DLroROUkN6X0O6pnWnjJQujX/AyhqFDxj13tOnD9u"
      "/1kTg7cV6rklMrZDtJCQ5PCl/D7QNPsgVsMu1J2Q8gpMpztNFLpPBz1bWXjDtaR7ZQBlZ3PFY12ZTSncorff"
      "cGmhOL";
const char* const rfc6605KeyP256
    = "GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==";
const char* const rfc6605KeyP384
    = "xKYaNhWdGOfJ+nPrL8/arkwf2EY3MDJ+SErKivBVSum1w/egsXvSADtNJhyem5RCOpgQ6K8X1DRSEkrbYQ+OB+v8"
      "/uX45NBwY8rp65F6Glur8I/mlVNgF6W/qTI37m40";
const char* const rfc8080KeyEd25519 = "l02Woi0iS8Aa25FQkUd9RMzZHJpBoRQwAQEX1SxZJA4=";
const char* const rfc8080KeyEd25519b = "zPnZ/QwEe7S8C5SPz2OfS5RR40ATk2/rYnE9xHIEijs=";
const char* const rfc8080KeyEd448 = "3kgROaDjrh0H2iuixWBrc8g2EpBBLCdGzHmn+G2MpTPhpj/OiBVHHSfPodx1FYYUcJKm1MDpJtIA";

} // namespace

class TestDnssecKnownAnswers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exampleSignatures_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("signedData");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("RFC 5702 §6.1 RSA/SHA-256") << 8 << b64(rfc5702Key256) << rfc5702Data(8, 9033)
                                                   << b64("kRCOH6u7l0QGy9qpC9l1sLncJcOKFLJ7GhiUOibu4teYp5VE9RncriShZNz8"
                                                          "5mwlMgNEacFYK/lPtPiVYP4bwg==");
        QTest::newRow("RFC 5702 §6.2 RSA/SHA-512")
            << 10 << b64(rfc5702Key512) << rfc5702Data(10, 3740)
            << b64("tsb4wnjRUDnB1BUi+t6TMTXThjVnG+eCkWqjvvjhzQL1d0YRoOe0CbxrVDYd0xDtsuJRaeUw1ep94PzEWzr0iGYgZBWm/zpq"
                   "+9fOuagYJRfDqfReKBzMweOLDiNa8iP5g9vMhpuv6OPlvpXwm9Sa9ZXIbNl1MBGk0fthPgxdDLw=");
        QTest::newRow("RFC 6605 §6.1 ECDSA P-256")
            << 13 << b64(rfc6605KeyP256) << rfc6605Data(13, 55648, "20100909100439", "20100812100439")
            << b64("qx6wLYqmh+l9oCKTN6qIc+bw6ya+KJ8oMz0YP107epXAyGmt+3SNruPFKG7tZoLBLlUzGGus7ZwmwWep666VCw==");
        QTest::newRow("RFC 6605 §6.2 ECDSA P-384")
            << 14 << b64(rfc6605KeyP384) << rfc6605Data(14, 10771, "20100909102025", "20100812102025")
            << b64("/L5hDKIvGDyI1fcARX3z65qrmPsVz73QD1Mr5CEqOiLP95hxQouuroGCeZOvzFaxsT8Glr74hbavRKayJNuydCuzWTSSPdz7"
                   "wnqXL5bdcJzusdnI0RSMROxxwGipWcJm");
        QTest::newRow("RFC 8080 §6.1 Ed25519 (first key)")
            << 15 << b64(rfc8080KeyEd25519) << rfc8080Data(15, 3613)
            << b64("oL9krJun7xfBOIWcGHi7mag5/hdZrKWw15jPGrHpjQeRAvTdszaPD+QLs3fx8A4M3e23mRZ9VrbpMngwcrqNAg==");
        QTest::newRow("RFC 8080 §6.1 Ed25519 (second key)")
            << 15 << b64(rfc8080KeyEd25519b) << rfc8080Data(15, 35217)
            << b64("zXQ0bkYgQTEFyfLyi9QoiY6D8ZdYo4wyUhVioYZXFdT410QPRITQSqJSnzQoSm5poJ7gD7AQR0O7KuI5k2pcBg==");
        QTest::newRow("RFC 8080 §6.2 Ed448")
            << 16 << b64(rfc8080KeyEd448) << rfc8080Data(16, 9713)
            << b64("3cPAHkmlnxcDHMyg7vFC34l0blBhuG1qpwLmjInI8w1CMB29FkEAIJUA0amxWndkmnBZ6SKiwZSAxGILn/NBtOXft0+Gj7FSvO"
                   "KxE/07+4RQvE581N3Aj/JtIyaiYVdnYtyMWbSNyGEY2213WKsJlwEA");
    }

    void exampleSignatures()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, signedData);
        QFETCH(QByteArray, signature);
        if (!isDnssecAlgorithmSupported(static_cast<quint8>(algorithm)))
            QSKIP("this OpenSSL build cannot verify the algorithm");

        const DnssecKey dnskey(static_cast<quint8>(algorithm), key);
        QCOMPARE(dnskey.loadOutcome(), VerifyOutcome::valid());
        QCOMPARE(dnskey.verify(signedData, signature), VerifyOutcome::valid());
        // One flipped bit, at the start, middle and end of the signature and of the data.
        for (qsizetype at : { qsizetype(0), signature.size() / 2, signature.size() - 1 })
            QCOMPARE(dnskey.verify(signedData, flipBit(signature, at)).status, Status::SignatureInvalid);
        for (qsizetype at : { qsizetype(0), signedData.size() / 2, signedData.size() - 1 })
            QCOMPARE(dnskey.verify(flipBit(signedData, at), signature).status, Status::SignatureInvalid);
        // A truncated signature is an invalid signature, not a crypto error.
        QCOMPARE(dnskey.verify(signedData, signature.chopped(1)).status, Status::SignatureInvalid);
    }

    void keyTags_data()
    {
        QTest::addColumn<QByteArray>("rdata");
        QTest::addColumn<int>("keyTag");
        QTest::newRow("RFC 4034 §5.4") << DnskeyRdata::build(256, 3, 5, b64(rfc4034Key)) << 60485;
        QTest::newRow("RFC 5702 §6.1") << DnskeyRdata::build(256, 3, 8, b64(rfc5702Key256)) << 9033;
        QTest::newRow("RFC 5702 §6.2") << DnskeyRdata::build(256, 3, 10, b64(rfc5702Key512)) << 3740;
        QTest::newRow("RFC 6605 §6.1") << DnskeyRdata::build(257, 3, 13, b64(rfc6605KeyP256)) << 55648;
        QTest::newRow("RFC 6605 §6.2") << DnskeyRdata::build(257, 3, 14, b64(rfc6605KeyP384)) << 10771;
        QTest::newRow("RFC 8080 §6.1 first") << DnskeyRdata::build(257, 3, 15, b64(rfc8080KeyEd25519)) << 3613;
        QTest::newRow("RFC 8080 §6.1 second") << DnskeyRdata::build(257, 3, 15, b64(rfc8080KeyEd25519b)) << 35217;
        QTest::newRow("RFC 8080 §6.2") << DnskeyRdata::build(257, 3, 16, b64(rfc8080KeyEd448)) << 9713;
        // RFC 4034 Appendix B.1: algorithm 1 takes octets 3 and 2 from the end of the modulus.
        QTest::newRow("RFC 4034 B.1 RSA/MD5") << DnskeyRdata::build(256, 3, 1, hex("0103abcdef123456")) << 0x1234;
        QTest::newRow("too short") << hex("0100") << 0;
    }

    void keyTags()
    {
        QFETCH(QByteArray, rdata);
        QFETCH(int, keyTag);
        QCOMPARE(DnskeyRdata::keyTag(rdata), keyTag);
    }

    void dnskeyRdataLayout()
    {
        // RFC 4034 §2.1: flags, protocol, algorithm, then the key.
        QCOMPARE(DnskeyRdata::build(257, 3, 13, hex("aabb")), hex("0101030daabb"));
    }

    void dsDigests_data()
    {
        QTest::addColumn<QByteArray>("owner");
        QTest::addColumn<QByteArray>("rdata");
        QTest::addColumn<int>("digestType");
        QTest::addColumn<QByteArray>("digest");
        const QByteArray rsa = DnskeyRdata::build(256, 3, 5, b64(rfc4034Key));
        QTest::newRow("RFC 4034 §5.4 SHA-1")
            << wire::name("dskey.example.com") << rsa << 1 << hex("2BB183AF5F22588179A53B0A98631FAD1A292118");
        QTest::newRow("RFC 4509 §2.3 SHA-256") << wire::name(
            "dskey.example.com") << rsa << 2 << hex("D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A");
        // The owner is lowered before hashing (RFC 4034 §6.2), so case does not matter.
        QTest::newRow("RFC 4509 §2.3 upper-case owner") << wire::name(
            "DSKEY.Example.COM") << rsa << 2 << hex("D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A");
        QTest::newRow("RFC 6605 §6.1 SHA-256")
            << wire::name("example.net") << DnskeyRdata::build(257, 3, 13, b64(rfc6605KeyP256)) << 2
            << hex("b4c8c1fe2e7477127b27115656ad6256f424625bf5c1e2770ce6d6e37df61d17");
        QTest::newRow("RFC 6605 §6.2 SHA-384")
            << wire::name("example.net") << DnskeyRdata::build(257, 3, 14, b64(rfc6605KeyP384)) << 4
            << hex("72d7b62976ce06438e9c0bf319013cf801f09ecc84b8d7e9495f27e305c6a9b0563a9b5f4d288405c3008a946df983d6");
        QTest::newRow("RFC 8080 §6.1 SHA-256")
            << wire::name("example.com") << DnskeyRdata::build(257, 3, 15, b64(rfc8080KeyEd25519)) << 2
            << hex("3aa5ab37efce57f737fc1627013fee07bdf241bd10f3b1964ab55c78e79a304b");
        QTest::newRow("RFC 8080 §6.2 SHA-256")
            << wire::name("example.com") << DnskeyRdata::build(257, 3, 16, b64(rfc8080KeyEd448)) << 2
            << hex("6ccf18d5bc5d7fc2fceb1d59d17321402f2aa8d368048db93dd811f5cb2b19c7");
    }

    void dsDigests()
    {
        QFETCH(QByteArray, owner);
        QFETCH(QByteArray, rdata);
        QFETCH(int, digestType);
        QFETCH(QByteArray, digest);
        QVERIFY(DsDigest::isSupported(static_cast<quint8>(digestType)));
        QCOMPARE(DsDigest::compute(static_cast<quint8>(digestType), owner, rdata), std::optional(digest));
        // Another owner gives another digest.
        QVERIFY(DsDigest::compute(static_cast<quint8>(digestType), wire::name("other.example"), rdata) != digest);
    }

    void unsupportedDsDigestTypes()
    {
        // 3 is GOST R 34.11-94 (RFC 5933), deprecated by RFC 8624 §3.3; 0 and 5 are not SHA.
        for (const quint8 type : { quint8(0), quint8(3), quint8(5) }) {
            QVERIFY(!DsDigest::isSupported(type));
            QCOMPARE(DsDigest::compute(type, wire::name("example"), hex("0100030d")), std::nullopt);
        }
    }
};

QTEST_GUILESS_MAIN(TestDnssecKnownAnswers)
#include "tst_dnssecknownanswers.moc"
