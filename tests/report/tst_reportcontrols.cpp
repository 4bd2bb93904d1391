// SPDX-License-Identifier: GPL-3.0-or-later
// The control mapping as a reviewer edits it in the model file: `nameplan report` puts the
// model's controls in the PDF and the JSON bundle, says "not mapped" for a kind the model
// leaves unmapped, keeps the defaults of kinds the model does not list and marks which is
// which; `nameplan validate` names an unknown finding kind by its JSON path.

#include "modelfile.h"
#include "modelwriter.h"
#include "programrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;

namespace {

const QString acme = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");
const QString ownControl = QStringLiteral("ACME-DNS-07");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bundle's control findings of one kind.
QList<QJsonObject> findingsOfKind(const QJsonObject& bundle, const QString& kind)
{
    QList<QJsonObject> findings;
    for (const QJsonValue& v : bundle.value(QStringLiteral("controls")).toArray()) {
        if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
            findings.append(v.toObject());
    }
    return findings;
}

} // namespace

class TestReportControls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QString writeModel(const char* name, const std::vector<ControlMappingEntry>& mapping) const
    {
        ModelFile::LoadResult loaded = ModelFile::load(acme);
        loaded.model.controlMapping = mapping;
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(ModelWriter::write(loaded.model));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString model = writeModel("custom.nameplan.json",
            { { QStringLiteral("spof"), { ownControl, QStringLiteral("NIST CSF 2.0 PR.IR-04") },
                  QStringLiteral("audit 2026-11") },
                { QStringLiteral("dnssec-signed"), {}, {} } });
        QVERIFY(!model.isEmpty());
        const ProgramRun report = ProgramRun::nameplan({ QStringLiteral("report"), model, QStringLiteral("--json"),
            path("bundle.json"), QStringLiteral("-o"), path("evidence.pdf") });
        QVERIFY2(report.exitCode == 0, report.err.constData());
    }

    void pdfShowsTheModelsMapping()
    {
        const ProgramRun text = ProgramRun::run(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path("evidence.pdf"), QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        const QString pdf = QString::fromUtf8(text.out);
        const QString section = pdf.mid(pdf.lastIndexOf(QStringLiteral("Control mapping")));
        QVERIFY(section.contains(QStringLiteral("Mapping by kind of"))); // pdftotext keeps the "fi" ligature
        QVERIFY(section.contains(ownControl));
        QVERIFY(section.contains(QStringLiteral("NIST CSF 2.0 PR.IR-04")));
        QVERIFY(section.contains(QStringLiteral("audit 2026-11")));
        QVERIFY(section.contains(QStringLiteral("not mapped")));
        // The kinds the model does not list keep their defaults, marked as such.
        QVERIFY(section.contains(QStringLiteral("NIST CSF 2.0 RC.RP-01")));
        QVERIFY(section.contains(QStringLiteral("NIST CSF 2.0 GV.SC-07")));
        QVERIFY(section.contains(QStringLiteral("default")));
        QVERIFY(section.contains(QStringLiteral("model")));
        // The model replaced the defaults of the kinds it lists.
        QVERIFY(!section.contains(QStringLiteral("PR.DS-02")));
        QVERIFY(!section.contains(QStringLiteral("ID.RA-04")));
    }

    void bundleCarriesTheMappingAndItsSource()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(readAll(path("bundle.json"))).object();
        const QList<QJsonObject> spofs = findingsOfKind(bundle, QStringLiteral("spof"));
        QVERIFY(!spofs.isEmpty()); // acme's planted shared DDoS vendor
        for (const QJsonObject& f : spofs) {
            QCOMPARE(f.value(QStringLiteral("controls")).toArray(),
                QJsonArray({ ownControl, QStringLiteral("NIST CSF 2.0 PR.IR-04") }));
            QCOMPARE(f.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("model"));
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        }
        const QList<QJsonObject> signedZones = findingsOfKind(bundle, QStringLiteral("dnssec-signed"));
        QVERIFY(!signedZones.isEmpty());
        for (const QJsonObject& f : signedZones) {
            QVERIFY(f.value(QStringLiteral("controls")).toArray().isEmpty());
            QCOMPARE(f.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("model"));
        }
        const QList<QJsonObject> scenarios = findingsOfKind(bundle, QStringLiteral("scenario-failure"));
        QVERIFY(!scenarios.isEmpty());
        for (const QJsonObject& f : scenarios)
            QCOMPARE(f.value(QStringLiteral("mapping_source")).toString(), QStringLiteral("default"));

        QStringList kinds;
        for (const QJsonValue& v : bundle.value(QStringLiteral("control_mapping")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString kind = m.value(QStringLiteral("kind")).toString();
            kinds.append(kind);
            const bool listed = kind == u"spof" || kind == u"dnssec-signed";
            QCOMPARE(m.value(QStringLiteral("mapping_source")).toString(),
                listed ? QStringLiteral("model") : QStringLiteral("default"));
            if (kind == u"spof")
                QCOMPARE(m.value(QStringLiteral("note")).toString(), QStringLiteral("audit 2026-11"));
        }
        QCOMPARE(kinds,
            QStringList({ QStringLiteral("spof"), QStringLiteral("common-mode"), QStringLiteral("dnssec-signed"),
                QStringLiteral("scenario-failure") }));
    }

    void validateNamesAnUnknownFindingKind()
    {
        const QString model = writeModel("typo.nameplan.json",
            { { QStringLiteral("single-point"), { QStringLiteral("NIST CSF 2.0 PR.IR-03") }, {} } });
        const ProgramRun validate = ProgramRun::nameplan({ QStringLiteral("validate"), model });
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err.contains("control_mapping[0].finding: \"single-point\" is not a finding of the report"),
            validate.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReportControls)
#include "tst_reportcontrols.moc"
