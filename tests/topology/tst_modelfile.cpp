// SPDX-License-Identifier: GPL-3.0-or-later
// The file format: canonical round trips, and a catalogue of malformed files each refused
// with a message that names the JSON path and the problem.

#include "fieldschema.h"
#include "findingkind.h"
#include "modelfile.h"
#include "modelwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

class TestModelFile : public QObject {
    Q_OBJECT

private:
    static QString example(const char* name)
    {
        return QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
    }
    static QString malformed(const QString& name)
    {
        return QStringLiteral(NAMEPLAN_SOURCE_DIR "/tests/topology/malformed/") + name;
    }
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void examplesRoundTripByteIdentical_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples"));
        const QStringList files = dir.entryList({ QStringLiteral("*.nameplan.json") });
        QVERIFY(!files.isEmpty());
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void examplesRoundTripByteIdentical()
    {
        QFETCH(QString, path);
        const ModelFile::LoadResult result = ModelFile::load(path);
        for (const Problem& p : result.problems)
            QVERIFY2(p.severity == Problem::Severity::Warning, qPrintable(p.toString()));
        QVERIFY(result.model.elementCount() > 20);
        QCOMPARE(ModelWriter::write(result.model), readAll(path));
    }

    // The mapping is written after the element arrays, every entry with its controls (an
    // empty list included: "not mapped" is a decision), and reads back to the same bytes.
    void controlMappingRoundTrips()
    {
        ModelFile::LoadResult result = ModelFile::load(example("acme-identity.nameplan.json"));
        QVERIFY(result.usable());
        result.model.controlMapping = {
            { QStringLiteral("scenario-failure"),
                { QStringLiteral("NIST CSF 2.0 RC.RP-01"), QStringLiteral("NIST SP 800-34 §3.4") },
                QStringLiteral("agreed with internal audit, 2026-11") },
            { QStringLiteral("dnssec-signed"), {}, {} },
        };
        const QByteArray written = ModelWriter::write(result.model);
        QVERIFY(written.endsWith("  \"control_mapping\": [\n"
                                 "    {\n"
                                 "      \"finding\": \"scenario-failure\",\n"
                                 "      \"controls\": [\n"
                                 "        \"NIST CSF 2.0 RC.RP-01\",\n"
                                 "        \"NIST SP 800-34 §3.4\"\n"
                                 "      ],\n"
                                 "      \"note\": \"agreed with internal audit, 2026-11\"\n"
                                 "    },\n"
                                 "    {\n"
                                 "      \"finding\": \"dnssec-signed\",\n"
                                 "      \"controls\": []\n"
                                 "    }\n"
                                 "  ]\n"
                                 "}\n"));
        const ModelFile::LoadResult again = ModelFile::parse(written);
        QVERIFY(again.problems.isEmpty());
        QCOMPARE(again.model.controlMapping, result.model.controlMapping);
        QCOMPARE(ModelWriter::write(again.model), written);
    }

    void saveIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.nameplan.json"));
        const ModelFile::LoadResult original = ModelFile::load(example("acme-identity.nameplan.json"));
        QVERIFY(original.usable());
        QVERIFY(ModelFile::save(path, original.model).isEmpty());
        const ModelFile::LoadResult again = ModelFile::load(path);
        QVERIFY(again.usable());
        QCOMPARE(ModelWriter::write(again.model), ModelWriter::write(original.model));
        // Nothing but the file itself is left behind (QSaveFile renames its temporary).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("out.nameplan.json") });
    }

    void saveToUnwritablePlaceSaysWhy()
    {
        const QString error = ModelFile::save(QStringLiteral("/proc/nameplan/no/such/dir/x.json"), Model());
        QVERIFY(error.contains(QStringLiteral("/proc/nameplan/no/such/dir/x.json")));
    }

    void missingFileSaysWhy()
    {
        const ModelFile::LoadResult result = ModelFile::load(QStringLiteral("/nonexistent/model.nameplan.json"));
        QVERIFY(!result.usable());
        QVERIFY(
            result.problems.first().message.contains(QStringLiteral("cannot open /nonexistent/model.nameplan.json")));
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* file, const char* expected) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(expected);
        };
        row("truncated.json", "not valid JSON at line 190, column 13: unterminated object");
        row("empty.json", "the file is empty");
        row("whitespace-only.json", "the file is empty");
        row("binary-garbage.json", "not valid JSON at line 1, column 2");
        row("top-level-array.json", "expected a JSON object at the top level");
        row("deep-nesting.json", "not valid JSON at line 1, column 1048: too deeply nested document");
        row("no-schema.json", "schema: missing: this is not a Nameplan model file");
        row("future-schema.json", "schema: the file uses schema version 7, written by a newer Nameplan");
        row("schema-string.json", "schema: expected a whole number, got a string");
        row("unknown-top-key.json", "zonez: unknown key at the top level");
        row("zones-not-array.json", "zones: expected an array, got an object");
        row("element-not-object.json", "authorities[1]: expected an object, got a string");
        row("wrong-type-addresses.json", "authorities[1].addresses: expected an array of strings, got a string");
        row("wrong-type-expire.json", "zones[0].soa_expire: expected a whole number, got a string");
        row("fractional-seconds.json", "zones[0].soa_expire: expected a whole number, got the number 1.5");
        row("null-element-field.json", "names[2].type: expected a string, got null");
        row("unknown-field.json", "zones[2].ttl: unknown key for a zone");
        row("missing-hostname.json", "authorities[2]: missing required key \"hostname\"");
        row("dangling-authority.json", "zones[3].authorities[1]: no authority with id \"ns9\"");
        row("wrong-kind-reference.json", "zones[0].signer: \"eu-west\" is a region, not a signer");
        row("duplicate-id.json", "authorities[3].id: duplicate id \"ns2\" (first used at authorities[2])");
        row("duplicate-id-across-kinds.json", "services[0].id: duplicate id \"eu-west\" (first used at regions[1])");
        row("bad-id.json", "regions[2].id: id \"eu central\" must start with a letter or digit");
        row("region-cycle.json", "regions[1].parent: cycle: europe → eu-west → europe");
        row("service-cycle.json", "services[1].services: cycle: sso → idp → sso");
        row("transfer-cycle.json", "authorities[1].transfer_from: cycle: hp1 → ns3 → ns1 → hp1");
        row("bad-domain-label.json", "zones[1].domain: domain name \"idp..acme.example\" has an empty label");
        row("long-label.json", "names[0].fqdn: label \"aaaa");
        row("long-name.json", "names[1].fqdn: domain name \"abcdefghi.");
        row("bad-address.json", "authorities[1].addresses[0]: \"192.0.2.300\" is not an IPv4 or IPv6 address");
        row("soa-out-of-range.json", "zones[0].soa_refresh: 4294967296 s is out of range (1 to 2147483647 s");
        row("negative-duration.json", "scenarios[1].duration: a duration cannot be negative");
        row("probability-above-one.json", "paths[0].unavailability: a probability lies between 0 and 1");
        row("bad-role.json", "authorities[1].role: \"master\" is not one of: primary, hidden-primary, secondary");
        row("secondary-without-source.json",
            "authorities[3].transfer_from: a secondary needs the authority it transfers from");
        row("parent-zone-mismatch.json",
            "zones[3].parent: parent zone \"zone-idp\" (idp.acme.example) does not contain acme-cloud.net");
        row("unknown-outage.json", "scenarios[0].outages[1]: no element with id \"mars\"");
        row("control-mapping-not-array.json", "control_mapping: expected an array, got an object");
        row("control-mapping-controls-string.json",
            "control_mapping[0].controls: expected an array of strings, got a string");
        row("control-mapping-unknown-key.json", "control_mapping[0].severity: unknown key in a control mapping entry");
        row("control-mapping-unknown-finding.json",
            "control_mapping[1].finding: \"single-point-of-failure\" is not a finding of the report; the findings "
            "are: spof, common-mode, dnssec-signed, scenario-failure");
        row("control-mapping-duplicate.json",
            "control_mapping[1].finding: \"spof\" is mapped twice (first at control_mapping[0])");
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const ModelFile::LoadResult result = ModelFile::load(malformed(file));
        QVERIFY2(!result.usable(), qPrintable(file));
        QStringList messages;
        for (const Problem& p : result.problems)
            messages.append(p.toString());
        const bool found
            = std::any_of(messages.cbegin(), messages.cend(), [&](const QString& m) { return m.startsWith(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(expected, messages.join(u'\n'))));
    }

    void structurallyBrokenFileYieldsNoHalfModel()
    {
        const ModelFile::LoadResult result = ModelFile::load(malformed(QStringLiteral("wrong-type-expire.json")));
        QVERIFY(!result.usable());
        QCOMPARE(result.model.elementCount(), 0);
    }

    void everyCatalogueFileIsCovered()
    {
        const QStringList files = QDir(malformed({})).entryList({ QStringLiteral("*.json") });
        QVERIFY2(files.size() >= 20, "the issue asks for at least 20 malformed files");
    }

    // docs/model-format.md is the reference users read: its example must load and be in
    // canonical form, and it must mention every field the schema has.
    void documentationMatchesTheSchema()
    {
        const QString doc = QString::fromUtf8(readAll(QStringLiteral(NAMEPLAN_SOURCE_DIR "/docs/model-format.md")));
        const qsizetype start = doc.indexOf(QStringLiteral("```json\n"));
        QVERIFY(start > 0);
        const qsizetype end = doc.indexOf(QStringLiteral("```"), start + 8);
        const QByteArray example = doc.mid(start + 8, end - start - 8).toUtf8();
        const ModelFile::LoadResult result = ModelFile::parse(example);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(ModelWriter::write(result.model), example);
        for (ElementKind kind : allElementKinds) {
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(elementKindKey(kind))), qPrintable(elementKindKey(kind)));
            for (const FieldSpec& spec : FieldSchema::fields(kind))
                QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(spec.key)), qPrintable(spec.key));
        }
        QVERIFY2(!result.model.controlMapping.empty(), "the example shows a control mapping");
        for (FindingKind kind : allFindingKinds)
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(findingKindId(kind))), qPrintable(findingKindId(kind)));
    }

    void oversizedFileIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.nameplan.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(65 * 1024 * 1024)); // sparse: costs no disk
        file.close();
        const ModelFile::LoadResult result = ModelFile::load(path);
        QVERIFY(!result.usable());
        QVERIFY(result.problems.first().message.contains(QStringLiteral("larger than 64 MiB are refused")));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
