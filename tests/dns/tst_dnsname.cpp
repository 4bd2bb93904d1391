// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsname.h"
#include "wirereader.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace nameplan;

namespace {
DnsName name(const char* text)
{
    const auto n = DnsName::fromText(QByteArrayView(text));
    if (!n)
        qFatal("bad test name %s", text);
    return *n;
}
} // namespace

class TestDnsName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presentationRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("wireHex");
        QTest::addColumn<QString>("printed");
        QTest::newRow("root") << QByteArray(".") << QByteArray("00") << QStringLiteral(".");
        QTest::newRow("plain") << QByteArray("www.Example.") << QByteArray("03777777074578616d706c6500")
                               << QStringLiteral("www.Example.");
        QTest::newRow("escaped dot") << QByteArray("a\\.b.example.") << QByteArray("03612e62076578616d706c6500")
                                     << QStringLiteral("a\\.b.example.");
        QTest::newRow("decimal escape") << QByteArray("\\200\\032x.") << QByteArray("03c8207800")
                                        << QStringLiteral("\\200\\032x.");
        QTest::newRow("escaped letter") << QByteArray("\\a.") << QByteArray("016100") << QStringLiteral("a.");
        QTest::newRow("special characters") << QByteArray("\\;\\(\\)\\\"\\@\\$\\\\.")
                                            << QByteArray("073b2829224024"
                                                          "5c00")
                                            << QStringLiteral("\\;\\(\\)\\\"\\@\\$\\\\.");
        QTest::newRow("wildcard") << QByteArray("*.example.") << QByteArray("012a076578616d706c6500")
                                  << QStringLiteral("*.example.");
    }
    void presentationRoundTrip()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, wireHex);
        QFETCH(QString, printed);
        const auto n = DnsName::fromText(text);
        QVERIFY(n);
        QCOMPARE(n->wire().toByteArray().toHex(), wireHex);
        QCOMPARE(n->toString(), printed);
        QCOMPARE(DnsName::fromText(printed.toLatin1()), n);
        QCOMPARE(DnsName::fromWire(QByteArray::fromHex(wireHex)), n);
    }

    void relativeNames()
    {
        const DnsName origin = name("example.com.");
        QCOMPARE(DnsName::fromText("www", origin)->toString(), QStringLiteral("www.example.com."));
        QCOMPARE(DnsName::fromText("@", origin)->toString(), QStringLiteral("example.com."));
        QCOMPARE(DnsName::fromText("www.", origin)->toString(), QStringLiteral("www."));
        QCOMPARE(DnsName::fromText("a\\.", origin)->toString(), QStringLiteral("a\\..example.com."));
    }

    void textErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QByteArray() << int(DnsName::TextError::Empty);
        QTest::newRow("empty label") << QByteArray("a..b.") << int(DnsName::TextError::EmptyLabel);
        QTest::newRow("leading dot") << QByteArray(".a.") << int(DnsName::TextError::EmptyLabel);
        QTest::newRow("label 64") << QByteArray(QByteArray(64, 'a') + ".") << int(DnsName::TextError::LabelTooLong);
        QTest::newRow("escape 256") << QByteArray("\\256.") << int(DnsName::TextError::BadEscape);
        QTest::newRow("short escape") << QByteArray("\\25") << int(DnsName::TextError::BadEscape);
        QTest::newRow("trailing backslash") << QByteArray("a\\") << int(DnsName::TextError::BadEscape);
        QByteArray longName;
        for (int i = 0; i < 128; ++i)
            longName += "a.";
        QTest::newRow("128 labels") << longName << int(DnsName::TextError::NameTooLong);
    }
    void textErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        DnsName::TextError actual;
        QVERIFY(!DnsName::fromText(text, DnsName(), &actual));
        QCOMPARE(int(actual), error);
    }

    void limits()
    {
        QByteArray label63(63, 'x');
        QVERIFY(DnsName::fromText(QByteArray(label63 + ".")));
        // 127 one-octet labels: 254 octets plus the root = 255, the maximum.
        QByteArray maxName;
        for (int i = 0; i < 127; ++i)
            maxName += "a.";
        const auto n = DnsName::fromText(maxName);
        QVERIFY(n);
        QCOMPARE(n->wire().size(), 255);
        QCOMPARE(n->labelCount(), 127);
        QVERIFY(!DnsName::fromText("b", *n));
        QVERIFY(!n->concatenated(name("b.")));
    }

    void equalityAndHashIgnoreCase()
    {
        QCOMPARE(name("WWW.Example.COM."), name("www.example.com."));
        QVERIFY(!(name("www.example.com.") == name("www.example.org.")));
        QCOMPARE(qHash(name("WWW.Example.COM."), 7), qHash(name("www.example.com."), 7));
        QVERIFY(name("WWW.Example.COM.").equalsWire(name("www.example.com.").wire()));
        QVERIFY(!name("www.example.com.").equalsWire(name("www.example.org.").wire()));
        QVERIFY(!name("www.example.com.").equalsWire(name("www.example.com.").wire().chopped(1)));
        QSet<DnsName> set { name("A.b."), name("a.B.") };
        QCOMPARE(set.size(), 1);
        // Case is preserved as given.
        QCOMPARE(name("WWW.Example.").toString(), QStringLiteral("WWW.Example."));
        QCOMPARE(name("WWW.Example.").lowercased().toString(), QStringLiteral("www.example."));
    }

    // RFC 4034 §6.1: the example names in canonical order, exactly as listed there.
    void canonicalOrderRfc4034()
    {
        const QList<QByteArray> ordered { "example.", "a.example.", "yljkjljk.a.example.", "Z.a.example.",
            "zABC.a.EXAMPLE.", "z.example.", "\\001.z.example.", "*.z.example.", "\\200.z.example." };
        QList<DnsName> names;
        for (auto it = ordered.rbegin(); it != ordered.rend(); ++it)
            names.append(name(it->constData()));
        std::swap(names[1], names[4]);
        std::sort(names.begin(), names.end(), DnsName::canonicalLess);
        QStringList printed;
        for (const DnsName& n : names)
            printed.append(n.toString());
        QStringList expected;
        for (const QByteArray& t : ordered)
            expected.append(QString::fromLatin1(t));
        QCOMPARE(printed, expected);
        QCOMPARE(DnsName::canonicalCompare(name("A.example."), name("a.EXAMPLE.")), 0);
        QVERIFY(DnsName::canonicalCompare(name("."), name("example.")) < 0);
    }

    void hierarchy()
    {
        const DnsName n = name("www.Example.com.");
        QCOMPARE(n.labelCount(), 3);
        QCOMPARE(n.parent(), name("example.com."));
        QCOMPARE(n.parent().parent().parent(), DnsName());
        QVERIFY(DnsName().parent().isRoot());
        QCOMPARE(n.suffix(2), name("example.com."));
        QCOMPARE(n.label(1), QByteArrayView("Example"));
        QVERIFY(n.isSubdomainOf(name("EXAMPLE.com.")));
        QVERIFY(n.isSubdomainOf(n));
        QVERIFY(n.isSubdomainOf(DnsName()));
        QVERIFY(!n.isSubdomainOf(name("ample.com.")));
        QVERIFY(!name("example.com.").isSubdomainOf(n));
        QCOMPARE(name("www.").concatenated(name("example.")), name("www.example."));
    }

    // RFC 4034 §3.1.3: the RRSIG Labels field does not count the root or a leading "*".
    void rrsigLabelCount()
    {
        QCOMPARE(name(".").rrsigLabelCount(), 0);
        QCOMPARE(name("www.example.com.").rrsigLabelCount(), 3);
        QCOMPARE(name("*.example.com.").rrsigLabelCount(), 2);
        QVERIFY(name("*.example.com.").isWildcard());
        QVERIFY(!name("a.*.example.com.").isWildcard());
        QCOMPARE(name("a.*.example.com.").rrsigLabelCount(), 4);
    }

    void readCompressed()
    {
        // Offset 0: "example." ; offset 9: "www" + pointer to 0.
        const QByteArray data = QByteArray::fromHex("076578616d706c650003777777c000");
        WireReader reader(data);
        reader.skip(9);
        const DnsName n = DnsName::read(reader, true);
        QVERIFY(reader.ok());
        QCOMPARE(n, name("www.example."));
        QCOMPARE(reader.offset(), data.size());
        WireReader strict(data);
        strict.skip(9);
        DnsName::read(strict, false);
        QCOMPARE(strict.error().kind, WireError::Kind::CompressionNotAllowed);
        QCOMPARE(strict.error().offset, 13);
    }

    void fromWireRejectsInvalid()
    {
        QVERIFY(!DnsName::fromWire(QByteArray::fromHex("0361")));
        QVERIFY(!DnsName::fromWire(QByteArray::fromHex("c000")));
        QVERIFY(!DnsName::fromWire(QByteArray::fromHex("01610000")));
    }
};

QTEST_GUILESS_MAIN(TestDnsName)
#include "tst_dnsname.moc"
