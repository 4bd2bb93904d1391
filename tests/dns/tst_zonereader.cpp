// SPDX-License-Identifier: GPL-3.0-or-later
#include "rrtype.h"
#include "zonereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

namespace {
QStringList texts(const QList<ResourceRecord>& records)
{
    QStringList out;
    for (const ResourceRecord& rr : records)
        out.append(rr.toString());
    return out;
}

QString errorText(const ZoneReader& reader)
{
    return reader.error() ? reader.error()->toString() : QString();
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}
} // namespace

class TestZoneReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void masterFileFeatures()
    {
        const QByteArray zone = "$ORIGIN example.com.\n"
                                "$TTL 1h30m\n"
                                "@ IN SOA ns1 hostmaster.example.com. ( 2024010101 ; serial\n"
                                "        3600 900 ; refresh retry\n"
                                "        1w 300 )\n"
                                "  NS ns1 ; blank owner: previous owner\n"
                                "ns1 60 A 192.0.2.1\n"
                                "ns1 IN 120 AAAA 2001:db8::1\n"
                                "www CH 30 TXT \"quoted ; not a comment\" unquoted \"esc\\\"aped\"\n"
                                "\n"
                                "; a comment line\n"
                                "\tA 192.0.2.2\n"
                                "a\\.b 10 IN CNAME @\n"
                                "sub.example.com. 10 TYPE65534 \\# 3 abcdef\n"
                                "$ORIGIN sub\n"
                                "x 10 in mx 5 mail\n";
        ZoneReader reader;
        QVERIFY2(reader.readBytes(zone), qPrintable(errorText(reader)));
        const QStringList expected {
            QStringLiteral(
                "example.com. 5400 IN SOA ns1.example.com. hostmaster.example.com. 2024010101 3600 900 604800 300"),
            QStringLiteral("example.com. 5400 IN NS ns1.example.com."),
            QStringLiteral("ns1.example.com. 60 IN A 192.0.2.1"),
            QStringLiteral("ns1.example.com. 120 IN AAAA 2001:db8::1"),
            QStringLiteral("www.example.com. 30 CH TXT \"quoted ; not a comment\" \"unquoted\" \"esc\\\"aped\""),
            QStringLiteral("www.example.com. 5400 CH A 192.0.2.2"),
            QStringLiteral("a\\.b.example.com. 10 IN CNAME example.com."),
            QStringLiteral("sub.example.com. 10 IN TYPE65534 \\# 3 abcdef"),
            QStringLiteral("x.sub.example.com. 10 IN MX 5 mail.sub.example.com."),
        };
        QCOMPARE(texts(reader.records()), expected);
    }

    void ttlFallbacks()
    {
        // No $TTL: the last TTL given applies (RFC 1035 §5.1); SOA alone takes its MINIMUM.
        ZoneReaderOptions options;
        options.origin = *DnsName::fromText("example.");
        ZoneReader reader(options);
        QVERIFY(reader.readBytes("@ SOA ns hm 1 2 3 4 77\n@ NS ns\nns 10 A 192.0.2.1\nns AAAA ::1\n"));
        QCOMPARE(reader.records().at(0).ttl, 77u);
        QCOMPARE(reader.records().at(1).ttl, 77u);
        QCOMPARE(reader.records().at(3).ttl, 10u);
        ZoneReader noTtl(options);
        QVERIFY(!noTtl.readBytes("www A 192.0.2.1\n", QStringLiteral("t.zone")));
        QCOMPARE(noTtl.error()->toString(), QStringLiteral("t.zone:1: no TTL given and no $TTL set"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("message");
        const QByteArray head = "$ORIGIN example.\n$TTL 60\n";
        auto row = [&head](const char* tag, const char* body, const char* message) {
            QTest::newRow(tag) << QByteArray(head + body) << QString::fromUtf8(message);
        };
        row("unknown type", "www A 192.0.2.1\nwww BOGUS x\n", "z:4: unknown record type \"BOGUS\"");
        row("bad rdata", "\n\nwww A 192.0.2.300\n", "z:5: A record: invalid IPv4 address \"192.0.2.300\"");
        row("missing type", "www 60 IN\n", "z:3: missing record type");
        row("bad ttl", "www 6x A 192.0.2.1\n", "z:3: invalid TTL \"6x\"");
        row("unclosed quote", "www TXT \"abc\n", "z:3: quoted string not closed on its line");
        row("unclosed parenthesis", "www A (\n 192.0.2.1\n", "z:3: \"(\" not closed before the end of the file");
        row("stray parenthesis", "www A 192.0.2.1 )\n", "z:3: \")\" without \"(\"");
        row("blank owner first", " A 192.0.2.1\n", "z:3: blank owner with no previous owner");
        row("bad owner", "a..b A 192.0.2.1\n", "z:3: owner \"a..b\": empty label in domain name");
        row("include refused", "$INCLUDE other.zone\n", "z:3: $INCLUDE is not allowed for this input");
        row("unknown directive", "$GENERATE 1-2 a$ A 1.2.3.$\n", "z:3: unsupported directive $GENERATE");
        row("error after multi-line record", "@ SOA ns hm (\n1 2 3 4 5 )\nwww MX x y\n",
            "z:5: MX record: invalid number \"x\"");
        row("bad origin", "$ORIGIN a..b.\n", "z:3: $ORIGIN: empty label in domain name");
        row("opt in zone", "www OPT\n", "z:3: OPT cannot appear in a zone file");
    }
    void errors()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, message);
        ZoneReader reader;
        QVERIFY(!reader.readBytes(zone, QStringLiteral("z")));
        QCOMPARE(reader.error()->toString(), message);
    }

    void partsReadAsOneText_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qsizetype>("maxRecords");
        QByteArray plain = "$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n";
        QByteArray multiLine = "$ORIGIN example.\n";
        QByteArray lastTtl = "example. 30 SOA ns hm 1 2 3 4 5\n";
        QByteArray originChanges = "$TTL 60\n$ORIGIN example.\n";
        for (int i = 0; i < 300; ++i) {
            const QByteArray n = QByteArray::number(i);
            plain += "h" + n + " A 192.0.2.1\n\tTXT \"a ; (\" ; comment (\n";
            // Lines inside parentheses that look like owners: a cut there must not be taken.
            multiLine += "h" + n + " 7 IN TXT (\nx" + n + "\n\"y\" ) ; )\n";
            lastTtl += "h" + n + (i % 50 == 0 ? " 9" : "") + " A 192.0.2.2\n";
            originChanges += "h A 192.0.2.3\n" + (i % 100 == 99 ? "$ORIGIN s" + n + ".example.\n" : QByteArray());
        }
        QTest::newRow("plain") << plain << qsizetype(0);
        QTest::newRow("parentheses across lines") << multiLine << qsizetype(0);
        QTest::newRow("TTL from an earlier record") << lastTtl << qsizetype(0);
        QTest::newRow("origin changes") << originChanges << qsizetype(0);
        QTest::newRow("error near the end") << QByteArray(plain + "bad A x\n") << qsizetype(0);
        QTest::newRow("record limit") << plain << qsizetype(500);
    }
    void partsReadAsOneText()
    {
        // Reading in parts on several threads gives what reading in one go gives: records,
        // error and final origin.
        QFETCH(QByteArray, zone);
        QFETCH(qsizetype, maxRecords);
        ZoneReaderOptions options;
        options.maxRecords = maxRecords;
        options.threads = 1;
        ZoneReader whole(options);
        whole.readBytes(zone, QStringLiteral("z"));
        QVERIFY(whole.records().size() >= 300);
        for (int threads : { 2, 3, 7 }) {
            options.threads = threads;
            options.splitBytes = 1;
            ZoneReader parts(options);
            QCOMPARE(parts.readBytes(zone, QStringLiteral("z")), !whole.error());
            QCOMPARE(errorText(parts), errorText(whole));
            QCOMPARE(parts.records(), whole.records());
            QCOMPARE(parts.origin(), whole.origin());
        }
    }

    void recordLimit()
    {
        ZoneReaderOptions options;
        options.maxRecords = 2;
        options.defaultTtl = 60;
        ZoneReader reader(options);
        QVERIFY(!reader.readBytes("a. A 192.0.2.1\nb. A 192.0.2.2\nc. A 192.0.2.3\n", QStringLiteral("z")));
        QCOMPARE(reader.error()->toString(), QStringLiteral("z:3: more than 2 records"));
        QCOMPARE(reader.records().size(), 2);
    }

    void includeOnlyWhenAllowedAndBelowRoot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("zones")));
        const QString zones = dir.filePath(QStringLiteral("zones"));
        writeFile(zones + QStringLiteral("/main.zone"),
            "$TTL 60\n$ORIGIN example.\n$INCLUDE hosts.inc sub.example.\nafter A 192.0.2.9\n");
        writeFile(zones + QStringLiteral("/hosts.inc"), "www A 192.0.2.1\n");
        writeFile(dir.filePath(QStringLiteral("secret")), "x A 192.0.2.2\n");
        writeFile(zones + QStringLiteral("/escape.zone"), "$TTL 60\n$INCLUDE ../secret\n");

        ZoneReader refused;
        QVERIFY(!refused.readFile(zones + QStringLiteral("/main.zone")));
        QCOMPARE(refused.error()->line, 3);
        QVERIFY(refused.error()->file.endsWith(u"main.zone"));

        ZoneReaderOptions options;
        options.allowInclude = true;
        options.includeRoot = zones;
        ZoneReader allowed(options);
        QVERIFY2(allowed.readFile(zones + QStringLiteral("/main.zone")), qPrintable(errorText(allowed)));
        QCOMPARE(texts(allowed.records()),
            (QStringList { QStringLiteral("www.sub.example. 60 IN A 192.0.2.1"),
                QStringLiteral("after.example. 60 IN A 192.0.2.9") }));

        ZoneReader escape(options);
        QVERIFY(!escape.readFile(zones + QStringLiteral("/escape.zone")));
        QVERIFY2(escape.error()->message.contains(u"outside the allowed directory"), qPrintable(errorText(escape)));
        QCOMPARE(escape.error()->line, 2);

        // An error inside an included file names that file and its line.
        writeFile(zones + QStringLiteral("/hosts.inc"), "www A 192.0.2.1\nbad A x\n");
        ZoneReader nested(options);
        QVERIFY(!nested.readFile(zones + QStringLiteral("/main.zone")));
        QVERIFY(nested.error()->file.endsWith(u"hosts.inc"));
        QCOMPARE(nested.error()->line, 2);

        ZoneReader missing;
        QVERIFY(!missing.readFile(dir.filePath(QStringLiteral("nope.zone"))));
        QVERIFY(missing.error()->message.startsWith(u"cannot open"));
    }

    // A generous bound that still catches per-character QString work or quadratic behaviour:
    // 20,000 names with A, AAAA and a 256-octet RRSIG each (~9 MB) must parse in seconds.
    void speed()
    {
        QByteArray zone = "$ORIGIN example.\n$TTL 3600\n";
        const QByteArray signature = QByteArray(192, 'A');
        for (int i = 0; i < 20000; ++i) {
            const QByteArray n = "host" + QByteArray::number(i);
            zone += n + " A 192.0.2." + QByteArray::number(i % 256) + "\n";
            zone += "  AAAA 2001:db8::" + QByteArray::number(i % 65536, 16) + "\n";
            zone += "  RRSIG A 13 2 3600 20300101000000 20240101000000 12345 example. " + signature + "\n";
        }
        QElapsedTimer timer;
        timer.start();
        ZoneReader reader;
        QVERIFY(reader.readBytes(zone));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(reader.records().size(), 60000);
        qInfo("parsed %lld bytes, 60000 records in %lld ms", qlonglong(zone.size()), elapsed);
        QVERIFY2(elapsed < 5000, "zone parsing is far slower than expected");
    }
};

QTEST_GUILESS_MAIN(TestZoneReader)
#include "tst_zonereader.moc"
