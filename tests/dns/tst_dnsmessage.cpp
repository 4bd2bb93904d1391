// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmessage.h"
#include "querybuilder.h"
#include "rdatatext.h"

#include <QTest>

using namespace nameplan;

Q_DECLARE_METATYPE(nameplan::WireError::Kind)
Q_DECLARE_METATYPE(nameplan::WireError::Section)

namespace {
DnsName name(const char* text)
{
    return *DnsName::fromText(QByteArrayView(text));
}

// Header with id 0x1234, QR set, and the given counts.
QByteArray header(int qd, int an, int ns, int ar)
{
    QByteArray h = QByteArray::fromHex("12348180");
    for (const int count : { qd, an, ns, ar }) {
        h.append(static_cast<char>(count >> 8));
        h.append(static_cast<char>(count));
    }
    return h;
}

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}
} // namespace

class TestDnsMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void query()
    {
        Edns edns;
        edns.udpPayloadSize = 1232;
        edns.dnssecOk = true;
        edns.options.append(EdnsOption { EdnsOption::cookie, hex("0102030405060708") });
        const QByteArray wire = QueryBuilder(name("Example.com."), rrtype::DNSKEY)
                                    .setId(0xBEEF)
                                    .setRecursionDesired(true)
                                    .setCheckingDisabled(true)
                                    .setEdns(edns)
                                    .build();
        QCOMPARE(wire.toHex(),
            QByteArray("beef"
                       "0110"
                       "0001000000000001"
                       "074578616d706c6503636f6d00"
                       "0030"
                       "0001"
                       "00"
                       "0029"
                       "04d0"
                       "00008000"
                       "000c"
                       "000a00080102030405060708"));
        const DnsMessage parsed = DnsMessage::parse(wire);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.header.id, 0xBEEF);
        QVERIFY(parsed.header.rd && parsed.header.cd && !parsed.header.qr);
        QCOMPARE(parsed.header.opcode, DnsHeader::opcodeQuery);
        QCOMPARE(parsed.questions.size(), 1);
        QCOMPARE(parsed.questions[0].name, name("example.com."));
        QCOMPARE(parsed.questions[0].type, rrtype::DNSKEY);
        QVERIFY(parsed.edns);
        QCOMPARE(parsed.edns->udpPayloadSize, 1232);
        QVERIFY(parsed.edns->dnssecOk);
        QCOMPARE(parsed.edns->options, edns.options);
        QVERIFY(parsed.additional.isEmpty());

        const QByteArray plain = QueryBuilder(name("."), rrtype::NS, rrclass::CH).build();
        QCOMPARE(plain.toHex(),
            QByteArray("000000000001000000000000"
                       "00"
                       "0002"
                       "0003"));
    }

    // A response crafted as a server would send it: compression in every section, an OPT
    // with an Extended DNS Error and the upper RCODE bits.
    void response()
    {
        QByteArray m = header(1, 2, 1, 2);
        m[3] = char(0x80 | 0x20 | 0x02); // RA, AD, RCODE 2
        m += hex("03777777076578616d706c6500"
                 "0001"
                 "0001"); // 12: www.example. A IN
        m += hex("c00c"
                 "0005"
                 "0001"
                 "0000012c"
                 "0006"
                 "0363646ec010"); // CNAME cdn.example.
        m += hex("c029"
                 "0001"
                 "0001"
                 "0000003c"
                 "0004"
                 "c0000201"); // 41: cdn.example. A
        m += hex("c010"
                 "0002"
                 "0001"
                 "00000e10"
                 "0005"
                 "026e73c010"); // example. NS ns.example.
        m += hex("c04b"
                 "0001"
                 "0001"
                 "00000e10"
                 "0004"
                 "c0000235"); // ns.example. A
        m += hex("00"
                 "0029"
                 "1000"
                 "01008000"
                 "000d"
                 "000f0009"
                 "0012"
                 "626c6f636b6564"); // OPT, EDE 18
        const DnsMessage parsed = DnsMessage::parse(m);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error().toString()));
        QVERIFY(parsed.header.qr && parsed.header.ra && parsed.header.ad && !parsed.header.aa);
        QCOMPARE(parsed.rcode(), 2 | (1 << 4));
        QCOMPARE(parsed.answers.size(), 2);
        QCOMPARE(parsed.answers[0].toString(), QStringLiteral("www.example. 300 IN CNAME cdn.example."));
        QCOMPARE(parsed.answers[1].toString(), QStringLiteral("cdn.example. 60 IN A 192.0.2.1"));
        QCOMPARE(parsed.authority[0].toString(), QStringLiteral("example. 3600 IN NS ns.example."));
        QCOMPARE(parsed.additional.size(), 1);
        QCOMPARE(parsed.additional[0].toString(), QStringLiteral("ns.example. 3600 IN A 192.0.2.53"));
        // RDATA is held uncompressed.
        QCOMPARE(parsed.answers[0].rdata.toHex(), QByteArray("0363646e076578616d706c6500"));
        QVERIFY(parsed.edns);
        QCOMPARE(parsed.edns->udpPayloadSize, 4096);
        QCOMPARE(parsed.edns->version, 0);
        QVERIFY(parsed.edns->dnssecOk);
        const QList<ExtendedDnsError> errors = parsed.edns->extendedErrors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].infoCode, 18);
        QCOMPARE(errors[0].extraText, QStringLiteral("blocked"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<WireError::Kind>("kind");
        QTest::addColumn<WireError::Section>("section");
        QTest::addColumn<int>("offset");
        using K = WireError::Kind;
        using S = WireError::Section;
        QTest::newRow("truncated header") << hex("1234010000") << K::Truncated << S::Header << 4;
        QTest::newRow("empty") << QByteArray() << K::Truncated << S::Header << 0;
        QTest::newRow("truncated question") << QByteArray(header(1, 0, 0, 0)
            + hex("00"
                  "0001")) << K::Truncated << S::Question
                                            << 15;
        QTest::newRow("truncated name") << QByteArray(header(1, 0, 0, 0) + hex("0361")) << K::Truncated << S::Question
                                        << 12;
        QTest::newRow("truncated rdata") << QByteArray(header(0, 1, 0, 0)
            + hex("0000010001"
                  "00000e10"
                  "0004c00002")) << K::Truncated
                                         << S::Answer << 23;
        QTest::newRow("rdlength too long for A")
            << QByteArray(header(0, 1, 0, 0) + hex("0000010001000000010005c000020100")) << K::RdataLengthMismatch
            << S::Answer << 27;
        QTest::newRow("rdlength too short for A")
            << QByteArray(header(0, 1, 0, 0) + hex("0000010001000000010003c00002")) << K::RdataLengthMismatch
            << S::Answer << 23;
        QTest::newRow("rdlength beyond message")
            << QByteArray(header(0, 1, 0, 0) + hex("000001000100000001ffffc0000201")) << K::Truncated << S::Answer
            << 23;
        QTest::newRow("name in rdata past rdlength") << QByteArray(header(0, 1, 0, 0)
            + hex("0000020001000000010002"
                  "016100")) << K::RdataLengthMismatch
                                                     << S::Answer << 23;
        QTest::newRow("pointer to itself")
            << QByteArray(header(1, 0, 0, 0) + hex("c00c00010001")) << K::CompressionLoop << S::Question << 12;
        QTest::newRow("pointer back into the same name")
            << QByteArray(header(1, 0, 0, 0) + hex("0161c00c00010001")) << K::CompressionLoop << S::Question << 14;
        QTest::newRow("forward pointer") << QByteArray(header(1, 0, 0, 0) + hex("c00e0000010001")) << K::ForwardPointer
                                         << S::Question << 12;
        QTest::newRow("pointer in NSEC next name") << QByteArray(header(1, 1, 0, 0)
            + hex("0161000001000"
                  "1")
            + hex("c00c002f0001000000010003c00c00"))
                                                   << K::CompressionNotAllowed << S::Answer << 31;
        QTest::newRow("label over 63") << QByteArray(
            header(1, 0, 0, 0) + hex("40") + QByteArray(64, 'a') + hex("0000010001"))
                                       << K::LabelTooLong << S::Question << 12;
        QByteArray longName;
        for (int i = 0; i < 4; ++i)
            longName += QByteArray(1, char(63)) + QByteArray(63, 'a');
        QTest::newRow("name over 255") << QByteArray(header(1, 0, 0, 0) + longName + hex("0000010001"))
                                       << K::NameTooLong << S::Question << 12 + 3 * 64;
        // 70 pointers, each to the one before it: more than DnsName::maxPointers.
        QByteArray chain = hex("00");
        for (int i = 0; i < 70; ++i) {
            const int target = i == 0 ? 23 : 24 + 2 * (i - 1);
            chain += char(0xC0 | (target >> 8));
            chain += char(target & 0xFF);
        }
        QByteArray tooMany = header(0, 2, 0, 0)
            + hex("00"
                  "ff00"
                  "0001"
                  "00000001"
                  "0000")
            + chain;
        tooMany[21] = 0;
        tooMany[22] = char(chain.size());
        tooMany += hex("c0a2"
                       "0001000100000001"
                       "0004"
                       "c0000201");
        QTest::newRow("too many pointers") << tooMany << K::TooManyPointers << S::Answer << 36;
        QTest::newRow("bad type bitmap") << QByteArray(header(0, 1, 0, 0)
            + hex("00002f0001000000010004"
                  "00000000")) << K::BadRdata
                                         << S::Answer << 24;
        const QByteArray opt = hex("0000290200000000000000");
        QTest::newRow("OPT in answer") << QByteArray(header(0, 1, 0, 0) + opt) << K::BadOpt << S::Answer << 12;
        QTest::newRow("two OPTs") << QByteArray(header(0, 0, 0, 2) + opt + opt) << K::BadOpt << S::Additional << 23;
        QTest::newRow("OPT not at root") << QByteArray(header(0, 0, 0, 1)
            + hex("0161000029020000000000"
                  "0000")) << K::BadOpt << S::Additional
                                         << 12;
        QTest::newRow("OPT option overrun") << QByteArray(header(0, 0, 0, 1)
            + hex("0000290200000000000006"
                  "000f00050001")) << K::BadOpt
                                            << S::Additional << 23;
        QTest::newRow("EDE too short") << QByteArray(header(0, 0, 0, 1)
            + hex("0000290200000000000005"
                  "000f000100")) << K::BadOpt
                                       << S::Additional << 23;
        QTest::newRow("trailing data") << QByteArray(header(0, 0, 0, 0) + hex("00")) << K::TrailingData << S::Additional
                                       << 12;
        QTest::newRow("too large") << QByteArray(65536, '\0') << K::MessageTooLarge << S::Header << 65535;
    }
    void errors()
    {
        QFETCH(QByteArray, message);
        QFETCH(WireError::Kind, kind);
        QFETCH(WireError::Section, section);
        QFETCH(int, offset);
        const DnsMessage parsed = DnsMessage::parse(message);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.error().toString(), (WireError { kind, section, offset }.toString()));
    }

    void errorKeepsWhatWasParsed()
    {
        const QByteArray m = header(1, 1, 0, 0)
            + hex("0161000001"
                  "0001")
            + hex("c00c00010001000000010004c00002");
        const DnsMessage parsed = DnsMessage::parse(m);
        QCOMPARE(parsed.error().kind, WireError::Kind::Truncated);
        QCOMPARE(parsed.header.id, 0x1234);
        QCOMPARE(parsed.questions.size(), 1);
        QCOMPARE(parsed.error().toString(), QStringLiteral("truncated data in answer section at offset 31"));
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
