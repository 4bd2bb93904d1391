// SPDX-License-Identifier: GPL-3.0-or-later
#include "binarytext.h"
#include "canonicalform.h"
#include "dnskeydata.h"
#include "dnsmnemonics.h"
#include "dsdata.h"
#include "nsec3data.h"
#include "nsec3fields.h"
#include "nsecdata.h"
#include "nsecfields.h"
#include "rdatacodec.h"
#include "rdatatext.h"
#include "rrsigdata.h"
#include "rrtype.h"
#include "typebitmap.h"
#include "wirereader.h"
#include "zonelexer.h"

#include <QTest>

using namespace nameplan;

namespace {
const DnsName origin = *DnsName::fromText("example.");

std::optional<QByteArray> parse(std::uint16_t type, QByteArrayView text, QString* error = nullptr)
{
    ZoneLexer lexer(text);
    ZoneLexer::Entry entry;
    lexer.next(entry);
    return RdataText::fromText(type, entry.tokens, origin, error);
}

QByteArray print(std::uint16_t type, QByteArrayView rdata)
{
    QByteArray out;
    RdataText::appendText(out, type, rdata);
    return out;
}
} // namespace

// Round-trip tables (PowerDNS test-dnsrecords idea, STYLE item 7): for every type, the
// presentation text and the wire octets, checked both ways and through the wire reader.
class TestRdata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("wireHex");
        auto row = [](const char* tag, const char* type, const char* text, const char* hex) {
            QTest::newRow(tag) << QByteArray(type) << QByteArray(text) << QByteArray(hex);
        };
        row("A", "A", "192.0.2.1", "c0000201");
        row("AAAA", "AAAA", "2001:db8::1", "20010db8000000000000000000000001");
        row("NS", "NS", "ns1.example.", "036e7331076578616d706c6500");
        row("CNAME escaped", "CNAME", "a\\.b.example.", "03612e62076578616d706c6500");
        row("DNAME escaped", "DNAME", "\\200x.example.", "02c878076578616d706c6500");
        row("SOA", "SOA", "ns.example. admin.example. 2024010101 3600 900 604800 300",
            "026e73076578616d706c65000561646d696e076578616d706c650078a3f17500000e100000038400093a800000012c");
        row("PTR", "PTR", "host.example.", "04686f7374076578616d706c6500");
        row("MX", "MX", "10 mail.example.", "000a046d61696c076578616d706c6500");
        row("TXT", "TXT", "\"hello world\" \"a\\\"b\" \"\\255\" \"\"", "0b68656c6c6f20776f726c640361226201ff00");
        row("SRV", "SRV", "0 5 5060 sip.example.", "0000000513c403736970076578616d706c6500");
        row("CAA", "CAA", "0 issue \"ca.example.net\"",
            "00056973737565"
            "63612e6578616d706c652e6e6574");
        row("DS", "DS", "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118",
            "ec4505012bb183af5f22588179a53b0a98631fad1a292118");
        row("CDS", "CDS", "60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118",
            "ec4505012bb183af5f22588179a53b0a98631fad1a292118");
        row("DNSKEY", "DNSKEY", "256 3 5 AQOeiiR0GOMYkDshWoSKz9Xz", "0100030501039e8a247418e318903b215a848acfd5f3");
        row("CDNSKEY", "CDNSKEY", "256 3 5 AQOeiiR0GOMYkDshWoSKz9Xz", "0100030501039e8a247418e318903b215a848acfd5f3");
        // RFC 4034 §3.3 example.
        row("RRSIG", "RRSIG",
            "A 5 3 86400 20030322173103 20030220173103 2642 example. "
            "oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTrPYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6oB9wfuh3DTJXUAfI/"
            "M0zmO/zz8bW0Rznl8O3tGNazPwQKkRN20XPXV6nwwfoXmJQbsLNrLfkGJ5D6fwFm8nN+6pBzeDQfsS3Ap3o=",
            "00010503000151803e7c9dd73e5510d70a52076578616d706c6500a090755ba58d1affa576f4375831b4310920e481218d18a9f1"
            "64eb3d81afd3b875d3c75428631e0cf2a28d50875f70c329d7dbfafea807dc1fba1dc34c95d401f23f334ce63bfcf3f1b5b44739"
            "e5f0eded18d6b33f040a911376d173d757a9f0c1fa1798941bb0b36b2df9062790fa7f0166f2737eea907378341fb12dc0a77a");
        // RFC 4034 §4.3 example, wire form as printed there.
        row("NSEC", "NSEC", "host.example.com. A MX RRSIG NSEC TYPE1234",
            "04686f7374076578616d706c6503636f6d000006400100000003041b"
            "000000000000000000000000000000000000000000000000000020");
        row("NSEC3", "NSEC3", "1 1 12 aabbccdd 2vptu5timamqttgl4luu9kg21e0aor3s A RRSIG",
            "0101000c04aabbccdd1417f3df17b2b2adaef615257de4d2020b80ac6c7c0006400000000002");
        row("NSEC3 empty bitmap", "NSEC3", "1 0 0 - 2vptu5timamqttgl4luu9kg21e0aor3s",
            "010000000014"
            "17f3df17b2b2adaef615257de4d2020b80ac6c7c");
        row("NSEC3PARAM", "NSEC3PARAM", "1 0 12 aabbccdd", "0100000c04aabbccdd");
        row("NSEC3PARAM no salt", "NSEC3PARAM", "1 0 0 -", "0100000000");
        row("OPT", "OPT", "15:0006 10:0102030405060708", "000f00020006000a00080102030405060708");
        row("unknown type", "TYPE65534", "\\# 3 abcdef", "abcdef");
        row("unknown empty", "TYPE260", "\\# 0", "");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, wireHex);
        const auto typeCode = DnsMnemonics::typeFromText(type);
        QVERIFY(typeCode);
        QString error;
        const auto wire = parse(*typeCode, text, &error);
        QVERIFY2(wire, qPrintable(error));
        QCOMPARE(wire->toHex(), wireHex);
        QCOMPARE(print(*typeCode, *wire), text);
        QVERIFY(RdataCodec::isValid(*typeCode, *wire));
        WireReader reader(*wire);
        QCOMPARE(RdataCodec::readFromMessage(reader, *typeCode, static_cast<std::uint16_t>(wire->size())), *wire);
        QVERIFY(reader.ok());
    }

    // RFC 3597 §5: the generic form is accepted for known types and printed in their own form.
    void genericFormForKnownTypes()
    {
        QCOMPARE(parse(rrtype::A, "\\# 4 c0000201")->toHex(), QByteArray("c0000201"));
        QCOMPARE(print(rrtype::A, *parse(rrtype::A, "\\# 4 C000 0201")), QByteArray("192.0.2.1"));
        QString error;
        QVERIFY(!parse(rrtype::A, "\\# 3 c00002", &error));
        QVERIFY(error.contains(u"not valid RDATA"));
        QVERIFY(!parse(rrtype::A, "\\# 5 c0000201", &error));
        QVERIFY(error.contains(u"does not match"));
        // RDATA that does not match its type prints in the generic form instead of failing.
        QCOMPARE(print(rrtype::A, QByteArray::fromHex("c00002")), QByteArray("\\# 3 c00002"));
    }

    void textErrors_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        auto row = [](const char* tag, const char* type, const char* text, const char* message) {
            QTest::newRow(tag) << QByteArray(type) << QByteArray(text) << QString::fromUtf8(message);
        };
        row("bad ipv4", "A", "192.0.2", "invalid IPv4 address \"192.0.2\"");
        row("bad ipv6", "AAAA", "2001:db8:::1", "invalid IPv6 address");
        row("missing field", "MX", "10", "missing domain name");
        row("extra token", "A", "192.0.2.1 x", "unexpected \"x\"");
        row("u16 overflow", "MX", "65536 a.", "invalid number \"65536\"");
        row("bad base64", "DNSKEY", "256 3 8 !!!!", "invalid base64 data");
        row("bad hex", "DS", "1 8 2 abc", "invalid hex data");
        row("bad type in bitmap", "NSEC", "a. A BOGUS", "invalid type list \"BOGUS\"");
        row("bad time", "RRSIG", "A 8 2 300 20241301000000 20240101000000 1 a. AAAA", "invalid timestamp");
        row("long string", "TXT", QByteArray(QByteArray("\"") + QByteArray(256, 'x') + "\"").constData(),
            "invalid character string");
        row("unknown type without generic", "TYPE999", "abc", "RFC 3597");
        row("bad base32", "NSEC3", "1 0 0 - 2vptu5timamqttgl4luu9kg21e0aor3w A", "invalid base32hex");
        row("label too long", "NS", QByteArray(QByteArray(64, 'a') + ".").constData(), "label longer than 63");
    }
    void textErrors()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parse(*DnsMnemonics::typeFromText(type), text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void base64Vectors()
    {
        // RFC 4648 §10, both ways, and what a strict decoder must refuse.
        const QList<std::pair<QByteArray, QByteArray>> vectors { { "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" },
            { "foo", "Zm9v" }, { "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
            { QByteArray("\xff\xfe\x00", 3), "//4A" }, { QByteArray("\xfb\xef", 2), "++8=" } };
        for (const auto& [data, text] : vectors) {
            QByteArray encoded;
            BinaryText::appendBase64(encoded, data);
            QCOMPARE(encoded, text);
            QCOMPARE(BinaryText::fromBase64(text), std::optional<QByteArray>(data));
        }
        for (const char* bad : { "Zg=", "Z===", "====", "Zg==Zm8=", "Zm9*", "Zm 9", "Zm9v\n" })
            QVERIFY2(!BinaryText::fromBase64(bad), bad);
    }

    // RFC 4034 §2.2: blanks may split base64 anywhere. Split at quantum boundaries, as signers
    // write it, the tokens decode one by one; split elsewhere, joined; the result is the same.
    void splitBase64()
    {
        const QByteArray whole = *parse(rrtype::DNSKEY, "256 3 5 AQOeiiR0GOMYkDshWoSKz9Xz");
        for (const char* split : { "AQOe iiR0 GOMYkDshWoSKz9Xz", "AQ OeiiR0G OMYkDshWoSKz9Xz",
                 "AQOeiiR0GOMYkDshWoSKz9Xz \"\"", "\"AQOe\" iiR0GOMY ( kDsh\nWoSK ) z9Xz" })
            QCOMPARE(parse(rrtype::DNSKEY, QByteArray(QByteArray("256 3 5 ") + split)), whole);
        const QByteArray padded = *parse(rrtype::DNSKEY, "256 3 5 Zm9vYmE=");
        QCOMPARE(parse(rrtype::DNSKEY, "256 3 5 Zm9v YmE="), padded);
        QCOMPARE(parse(rrtype::DNSKEY, "256 3 5 Zm9v Y mE="), padded);
        QCOMPARE(parse(rrtype::DNSKEY, "256 3 5 Zm9v YmE= \"\""), padded);
        const QList<std::pair<const char*, const char*>> bad { { "Zm8= Zm9v", "Zm8=Zm9v" }, { "Zm9 v Zm8", "Zm9vZm8" },
            { "Zm9v YmE= x===", "Zm9vYmE=x===" }, { "Zm9v Y*E=", "Zm9vY*E=" } };
        for (const auto& [split, joined] : bad) {
            QString error;
            QVERIFY2(!parse(rrtype::DNSKEY, QByteArray(QByteArray("256 3 5 ") + split), &error), split);
            QCOMPARE(error, QStringLiteral("invalid base64 data \"%1\"").arg(QString::fromLatin1(joined)));
        }
    }

    void ttlAndTime()
    {
        QCOMPARE(RdataText::parseTtl("3600"), 3600u);
        QCOMPARE(RdataText::parseTtl("1h30m"), 5400u);
        QCOMPARE(RdataText::parseTtl("1W2d3H4M5s"), 604800u + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
        QCOMPARE(RdataText::parseTtl("4294967295"), 4294967295u);
        QVERIFY(!RdataText::parseTtl("4294967296"));
        QVERIFY(!RdataText::parseTtl("h"));
        QVERIFY(!RdataText::parseTtl("1x"));
        QVERIFY(!RdataText::parseTtl(""));
        QCOMPARE(RdataText::parseTime("20030322173103"), 1048354263u);
        QCOMPARE(RdataText::parseTime("1048354263"), 1048354263u);
        QByteArray printed;
        RdataText::appendTime(printed, 1048354263u);
        QCOMPARE(printed, QByteArray("20030322173103"));
        QVERIFY(!RdataText::parseTime("20031322173103"));
    }

    // RFC 4034 §6.2 item 3: names in listed types are lowercased, NSEC's are not (RFC 6840 §5.1).
    void canonicalRdata()
    {
        const QByteArray mx = *parse(rrtype::MX, "10 MAIL.Example.");
        QCOMPARE(print(rrtype::MX, CanonicalForm::rdata(rrtype::MX, mx)), QByteArray("10 mail.example."));
        const QByteArray rrsig = *parse(rrtype::RRSIG, "A 8 2 300 20240201000000 20240101000000 1 EXAMPLE. AAAA");
        QVERIFY(print(rrtype::RRSIG, CanonicalForm::rdata(rrtype::RRSIG, rrsig)).contains(" example. "));
        const QByteArray nsec = *parse(rrtype::NSEC, "Host.Example. A");
        QCOMPARE(CanonicalForm::rdata(rrtype::NSEC, nsec), nsec);
        const QByteArray txt = *parse(rrtype::TXT, "\"ABC\"");
        QCOMPARE(CanonicalForm::rdata(rrtype::TXT, txt), txt);
    }

    // RFC 4034 §6.3: canonical RDATA sorted as octet strings, duplicates removed.
    void canonicalRrOrder()
    {
        const QList<QByteArray> rdatas { *parse(rrtype::A, "192.0.2.10"), *parse(rrtype::A, "192.0.2.9"),
            *parse(rrtype::A, "10.0.0.1"), *parse(rrtype::A, "192.0.2.9") };
        const QList<QByteArray> sorted = CanonicalForm::sortedRdatas(rrtype::A, rdatas);
        QCOMPARE(sorted.size(), 3);
        QCOMPARE(print(rrtype::A, sorted[0]), QByteArray("10.0.0.1"));
        QCOMPARE(print(rrtype::A, sorted[1]), QByteArray("192.0.2.9"));
        QCOMPARE(print(rrtype::A, sorted[2]), QByteArray("192.0.2.10"));
        // Whole RDATA octets are compared, length octet included and unsigned: 01 61 < 01 c8 < 02 61 62.
        const QList<QByteArray> txts { *parse(rrtype::TXT, "\"\\200\""), *parse(rrtype::TXT, "\"ab\""),
            *parse(rrtype::TXT, "\"a\"") };
        const QList<QByteArray> sortedTxt = CanonicalForm::sortedRdatas(rrtype::TXT, txts);
        QCOMPARE(print(rrtype::TXT, sortedTxt[0]), QByteArray("\"a\""));
        QCOMPARE(print(rrtype::TXT, sortedTxt[1]), QByteArray("\"\\200\""));
        QCOMPARE(print(rrtype::TXT, sortedTxt[2]), QByteArray("\"ab\""));
        // Names are lowercased before sorting: "B." and "a." compare as "b." and "a.".
        const QList<QByteArray> ns { *parse(rrtype::NS, "B."), *parse(rrtype::NS, "a.") };
        QCOMPARE(print(rrtype::NS, CanonicalForm::sortedRdatas(rrtype::NS, ns)[1]), QByteArray("b."));
    }

    void canonicalRecordWire()
    {
        const ResourceRecord rr { *DnsName::fromText("WWW.Example."), rrtype::CNAME, rrclass::IN, 60,
            *parse(rrtype::CNAME, "Target.Example.") };
        const QByteArray wire = CanonicalForm::recordWire(rr, 3600);
        QCOMPARE(wire.toHex(),
            QByteArray("03777777076578616d706c6500"
                       "0005"
                       "0001"
                       "00000e10"
                       "0010"
                       "06746172676574076578616d706c6500"));
        const RrSet set { rr.owner, rr.type, rr.rrClass, rr.ttl, { rr.rdata } };
        QCOMPARE(CanonicalForm::rrsetWire(set, 3600), wire);
    }

    void typedDnssecData()
    {
        const auto rrsig = RrsigData::fromRdata(*parse(rrtype::RRSIG,
            "A 5 3 86400 20030322173103 20030220173103 2642 Example. oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTrPYGv07h1"));
        QVERIFY(rrsig);
        QCOMPARE(rrsig->typeCovered, rrtype::A);
        QCOMPARE(rrsig->algorithm, 5);
        QCOMPARE(rrsig->labels, 3);
        QCOMPARE(rrsig->originalTtl, 86400u);
        QCOMPARE(rrsig->expiration, 1048354263u);
        QCOMPARE(rrsig->inception, 1045762263u);
        QCOMPARE(rrsig->keyTag, 2642);
        QCOMPARE(rrsig->signer.toString(), QStringLiteral("Example."));
        QCOMPARE(rrsig->signature.size(), 33);
        QVERIFY(rrsig->signedPrefix().endsWith(QByteArray::fromHex("076578616d706c6500")));
        QCOMPARE(rrsig->signedPrefix().size(), 18 + 9);

        // RFC 4034 §5.4: the DNSKEY with key tag 60485 and its DS.
        const QByteArray key = *parse(rrtype::DNSKEY,
            "256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvx"
            "egXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==");
        const auto dnskey = DnskeyData::fromRdata(key);
        QVERIFY(dnskey);
        QCOMPARE(DnskeyData::keyTag(key), 60485);
        QVERIFY(dnskey->isZoneKey());
        QVERIFY(!dnskey->isSecureEntryPoint());
        QCOMPARE(dnskey->algorithm, 5);
        const auto ds = DsData::fromRdata(*parse(rrtype::DS, "60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118"));
        QCOMPARE(ds->keyTag, 60485);
        QCOMPARE(ds->digestType, 1);
        QCOMPARE(ds->digest.toHex(), QByteArray("2bb183af5f22588179a53b0a98631fad1a292118"));

        const auto nsec3
            = Nsec3Data::fromRdata(*parse(rrtype::NSEC3, "1 1 12 aabbccdd 2VPTU5TIMAMQTTGL4LUU9KG21E0AOR3S A RRSIG"));
        QVERIFY(nsec3);
        QVERIFY(nsec3->isOptOut());
        QCOMPARE(nsec3->iterations, 12);
        QCOMPARE(nsec3->salt.toHex(), QByteArray("aabbccdd"));
        QCOMPARE(nsec3->nextHashedOwnerBase32(), QByteArray("2vptu5timamqttgl4luu9kg21e0aor3s"));
        QCOMPARE(nsec3->types, (QList<std::uint16_t> { rrtype::A, rrtype::RRSIG }));
        const auto param = Nsec3Data::fromParamRdata(*parse(rrtype::NSEC3PARAM, "1 0 10 -"));
        QVERIFY(param && param->salt.isEmpty() && param->iterations == 10);

        const auto nsec = NsecData::fromRdata(*parse(rrtype::NSEC, "Host.example.com. A MX RRSIG NSEC TYPE1234"));
        QCOMPARE(nsec->nextName.toString(), QStringLiteral("Host.example.com."));
        QCOMPARE(nsec->types, (QList<std::uint16_t> { 1, 15, 46, 47, 1234 }));
        QVERIFY(nsec->hasType(rrtype::MX));
        QVERIFY(!nsec->hasType(rrtype::NS));
    }

    void typeBitmaps()
    {
        const QByteArray bitmap = TypeBitmap::encode({ 1234, 1, 46, 1 });
        QCOMPARE(TypeBitmap::decode(bitmap), (QList<std::uint16_t> { 1, 46, 1234 }));
        QVERIFY(TypeBitmap::contains(bitmap, 1234));
        QVERIFY(!TypeBitmap::contains(bitmap, 2));
        QVERIFY(!TypeBitmap::isValid(QByteArray::fromHex("0000"))); // length 0
        QVERIFY(!TypeBitmap::isValid(QByteArray::fromHex("000140000140"))); // window repeated
        QVERIFY(!TypeBitmap::isValid(QByteArray::fromHex("0021"
                                                         "00")));
        QVERIFY(TypeBitmap::isValid({}));

        QVERIFY(TypeBitmap::listsExactly(bitmap, { 1, 46, 1234 }));
        QVERIFY(!TypeBitmap::listsExactly(bitmap, { 1, 46 })); // a type short
        QVERIFY(!TypeBitmap::listsExactly(bitmap, { 1, 46, 1234, 1235 })); // a type over
        QVERIFY(!TypeBitmap::listsExactly(bitmap, { 1, 1, 46, 1234 })); // decode never repeats a type
        QVERIFY(TypeBitmap::listsExactly(QByteArray::fromHex("0003400000"), { 1 })); // trailing zero octets
        QVERIFY(TypeBitmap::listsExactly({}, {}));
        QVERIFY(!TypeBitmap::listsExactly(QByteArray::fromHex("0000"), {})); // invalid
    }

    // Nsec3Fields reads what Nsec3Data reads, as views into the RDATA.
    void nsec3Fields()
    {
        const QByteArray rdata = *parse(rrtype::NSEC3, "1 1 12 aabbccdd 2VPTU5TIMAMQTTGL4LUU9KG21E0AOR3S A RRSIG");
        const auto fields = Nsec3Fields::fromRdata(rdata);
        const auto data = Nsec3Data::fromRdata(rdata);
        QVERIFY(fields && data);
        QCOMPARE(fields->flags, data->flags);
        QCOMPARE(fields->iterations, 12);
        QCOMPARE(fields->salt, QByteArrayView(data->salt));
        QCOMPARE(fields->nextHashedOwner, QByteArrayView(data->nextHashedOwner));
        QCOMPARE(TypeBitmap::decode(fields->typeBitmap), data->types);
        // Cut anywhere, the RDATA is truncated, except right before the bitmap: no types.
        const qsizetype bitmapStart = rdata.size() - fields->typeBitmap.size();
        for (qsizetype size = 0; size < rdata.size(); ++size) {
            QCOMPARE(bool(Nsec3Fields::fromRdata(rdata.first(size))), size == bitmapStart);
            QCOMPARE(bool(Nsec3Data::fromRdata(rdata.first(size))), size == bitmapStart);
        }
        QVERIFY(!Nsec3Fields::fromRdata(QByteArray::fromHex("0100000000"
                                                            "00"))); // empty next hashed owner
        QVERIFY(!Nsec3Fields::fromRdata(QByteArray(rdata).append(char(0)))); // bitmap made invalid
        QVERIFY(Nsec3Fields::fromParamRdata(QByteArray::fromHex("0100000a00")));
        QVERIFY(!Nsec3Fields::fromParamRdata(QByteArray::fromHex("0100000a0000"))); // octet after the salt
    }

    // NsecFields reads what NsecData reads, as views into the RDATA.
    void nsecFields()
    {
        const QByteArray rdata = *parse(rrtype::NSEC, "Host.example.com. A MX RRSIG NSEC TYPE1234");
        const auto fields = NsecFields::fromRdata(rdata);
        const auto data = NsecData::fromRdata(rdata);
        QVERIFY(fields && data);
        QCOMPARE(fields->nextName, data->nextName.wire()); // case kept (RFC 6840 §5.1)
        QCOMPARE(TypeBitmap::decode(fields->typeBitmap), data->types);
        // Cut anywhere, both agree: valid only after the name or after a whole window block.
        const qsizetype bitmapStart = rdata.size() - fields->typeBitmap.size();
        for (qsizetype size = 0; size < rdata.size(); ++size) {
            const bool valid = bool(NsecFields::fromRdata(rdata.first(size)));
            QCOMPARE(valid, bool(NsecData::fromRdata(rdata.first(size))));
            QCOMPARE(valid, size == bitmapStart || size == bitmapStart + 2 + 6); // window 0: 6 octets
        }
        QVERIFY(
            !NsecFields::fromRdata(QByteArray::fromHex("c00c")) && !NsecData::fromRdata(QByteArray::fromHex("c00c")));
        QVERIFY(!NsecFields::fromRdata(QByteArray(rdata).append(char(0)))); // bitmap made invalid
    }

    void base32HexIntoBuffer()
    {
        char out[BinaryText::base32HexDecodedSize(32)];
        QCOMPARE(BinaryText::decodeBase32Hex("2VPTU5TIMAMQTTGL4LUU9KG21E0AOR3S", out), 20);
        QCOMPARE(
            QByteArrayView(out, 20), QByteArrayView(*BinaryText::fromBase32Hex("2vptu5timamqttgl4luu9kg21e0aor3s")));
        QCOMPARE(BinaryText::decodeBase32Hex("01", out), -1); // non-zero trailing bits
        QCOMPARE(BinaryText::decodeBase32Hex("2vp", out), -1); // impossible length
        QCOMPARE(BinaryText::decodeBase32Hex("2w", out), -1); // outside the alphabet
        QCOMPARE(BinaryText::decodeBase32Hex("", out), 0);
    }

    void mnemonics()
    {
        QCOMPARE(DnsMnemonics::typeName(65534), QByteArray("TYPE65534"));
        QCOMPARE(DnsMnemonics::typeFromText("type1"), rrtype::A);
        QCOMPARE(DnsMnemonics::typeFromText("nsec3param"), rrtype::NSEC3PARAM);
        QCOMPARE(DnsMnemonics::typeFromText("ANY"), rrtype::ANY);
        QVERIFY(!DnsMnemonics::typeFromText("TYPE65536"));
        QVERIFY(!DnsMnemonics::typeFromText("TYPE"));
        QCOMPARE(DnsMnemonics::className(3), QByteArray("CH"));
        QCOMPARE(DnsMnemonics::className(42), QByteArray("CLASS42"));
        QCOMPARE(DnsMnemonics::classFromText("class42"), 42);
        QVERIFY(!DnsMnemonics::classFromText("A"));
    }
};

QTEST_GUILESS_MAIN(TestRdata)
#include "tst_rdata.moc"
