// SPDX-License-Identifier: GPL-3.0-or-later
// ModelDocument: every edit kind undone and redone restores the exact canonical bytes, removal
// strips references in the same step, a failed load changes nothing, saving round-trips and a
// file changed by another program is noticed.

#include "fieldschema.h"
#include "modeldocument.h"
#include "modelfile.h"
#include "modelwriter.h"

#include <QFile>
#include <QPointF>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace nameplan;

class TestModelDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

    static QString example(const char* name)
    {
        return QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
    }
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }
    static QByteArray bytesOf(const ModelDocument& document) { return ModelWriter::write(document.model()); }
    static QVariant field(const ModelDocument& document, const QString& id, const char* key)
    {
        const auto where = document.model().locate(id);
        if (!where)
            return QStringLiteral("<no element %1>").arg(id);
        const int index = FieldSchema::indexOf(where->first, QString::fromLatin1(key));
        return FieldSchema::value(document.model(), where->first, where->second, index);
    }
    // Every element id that any element mentions in a reference or outage field.
    static QStringList mentions(const Model& model)
    {
        QStringList out;
        for (ElementKind kind : allElementKinds) {
            const auto fields = FieldSchema::fields(kind);
            for (int row = 0; row < model.count(kind); ++row) {
                for (int f = 0; f < int(fields.size()); ++f) {
                    const FieldType type = fields[size_t(f)].type;
                    if (type == FieldType::Reference || type == FieldType::ReferenceList
                        || type == FieldType::OutageList)
                        out += FieldSchema::value(model, kind, row, f).toStringList();
                }
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
    }

    void editUndoRedoRestoresExactBytes_data()
    {
        using Edit = std::function<void(ModelDocument&)>;
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<int>("steps");
        const auto set = [](ElementKind kind, const char* id, const char* key, QVariant value) {
            return Edit([=](ModelDocument& d) {
                QVERIFY(d.setField(kind, QString::fromLatin1(id), QString::fromLatin1(key), value));
            });
        };
        QTest::newRow("text") << set(ElementKind::Authority, "ns1", "hostname", QStringLiteral("a.example")) << 1;
        QTest::newRow("unset text") << set(ElementKind::Authority, "hp1", "name", QString()) << 1;
        QTest::newRow("address list") << set(
            ElementKind::Authority, "ns1", "addresses", QStringList { QStringLiteral("192.0.2.9") })
                                      << 1;
        QTest::newRow("reference") << set(ElementKind::Authority, "ns1", "provider", QStringLiteral("cloudns")) << 1;
        QTest::newRow("reference list") << set(
            ElementKind::Zone, "zone-acme", "authorities", QStringList { QStringLiteral("ns2") })
                                        << 1;
        QTest::newRow("choice") << set(ElementKind::Authority, "ns3", "role", QStringLiteral("primary")) << 1;
        QTest::newRow("seconds") << set(ElementKind::Zone, "zone-acme", "soa_expire", qint64(1209600)) << 1;
        QTest::newRow("seconds from text")
            << set(ElementKind::Zone, "zone-acme", "soa_retry", QStringLiteral("1800")) << 1;
        QTest::newRow("unset seconds") << set(ElementKind::Zone, "zone-acme", "soa_minimum", QVariant()) << 1;
        QTest::newRow("probability") << set(ElementKind::Region, "eu-west", "unavailability", 0.25) << 1;
        QTest::newRow("hours") << set(ElementKind::Authority, "hp1", "mttr_hours", 7.5) << 1;
        QTest::newRow("point") << set(ElementKind::Region, "europe", "position", QPointF(12.5, -3)) << 1;
        QTest::newRow("outages") << set(
            ElementKind::Scenario, "s-eu-west", "outages", QStringList { QStringLiteral("ns1:serving") })
                                 << 1;
        QTest::newRow("rename id") << set(ElementKind::Provider, "dynadns", "id", QStringLiteral("dyna")) << 1;
        QTest::newRow("metadata") << Edit([](ModelDocument& d) {
            d.setMetadata(QStringLiteral("T"), QStringLiteral("A"), QStringLiteral("D"));
        }) << 1;
        QTest::newRow("control mapping") << Edit([](ModelDocument& d) {
            d.setControlMapping(
                { { QStringLiteral("spof"), { QStringLiteral("NIST CSF 2.0 PR.IR-03") }, {} } }, QStringLiteral("Map"));
            d.setControlMapping({}, QStringLiteral("Reset"));
            d.setControlMapping(
                { { QStringLiteral("dnssec-signed"), {}, QStringLiteral("not ours") } }, QStringLiteral("Unmap"));
        }) << 3;
        QTest::newRow("replace model") << Edit([](ModelDocument& d) {
            d.replaceModel(ModelFile::load(example("global-enterprise.nameplan.json")).model, QStringLiteral("Import"));
        }) << 1;
        QTest::newRow("duplicate") << Edit([](ModelDocument& d) {
            QCOMPARE(d.duplicateElement(QStringLiteral("ns2")), QStringLiteral("ns2-copy"));
        }) << 1;
        QTest::newRow("remove many") << Edit([](ModelDocument& d) {
            d.removeElements({ QStringLiteral("ns1"), QStringLiteral("eu-west"), QStringLiteral("sso") });
        }) << 1;
        QTest::newRow("add every kind") << Edit([](ModelDocument& d) {
            for (ElementKind kind : allElementKinds)
                QVERIFY(!d.addElement(kind).isEmpty());
        }) << elementKindCount;
        // Rows move under the commands: edits by id must still find their element.
        QTest::newRow("edit after rows moved") << Edit([](ModelDocument& d) {
            d.setField(ElementKind::Authority, QStringLiteral("ns4"), QStringLiteral("software"), QStringLiteral("x"));
            d.removeElements({ QStringLiteral("hp1"), QStringLiteral("ns2") });
            d.duplicateElement(QStringLiteral("ns1"));
            d.setField(ElementKind::Authority, QStringLiteral("ns4"), QStringLiteral("software"), QStringLiteral("y"));
            d.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("id"), QStringLiteral("nsA"));
            d.removeElements({ QStringLiteral("nsA") });
        }) << 6;
    }

    void editUndoRedoRestoresExactBytes()
    {
        using Edit = std::function<void(ModelDocument&)>;
        QFETCH(Edit, edit);
        QFETCH(int, steps);
        ModelDocument document;
        bool loaded = false;
        document.load(example("acme-identity.nameplan.json"), false, &loaded);
        QVERIFY(loaded);
        const QByteArray before = bytesOf(document);
        QCOMPARE(before, readAll(example("acme-identity.nameplan.json")));
        edit(document);
        const QByteArray after = bytesOf(document);
        QVERIFY(after != before);
        QCOMPARE(document.undoStack()->count(), steps);
        QVERIFY(document.isModified());
        for (int i = 0; i < steps; ++i) {
            QVERIFY(!document.undoStack()->undoText().isEmpty());
            document.undoStack()->undo();
        }
        QCOMPARE(bytesOf(document), before);
        QVERIFY(!document.isModified());
        for (int i = 0; i < steps; ++i)
            document.undoStack()->redo();
        QCOMPARE(bytesOf(document), after);
    }

    void commandTextsAreReadable()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("hostname"), QStringLiteral("x.example"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change host name of ns1"));
        document.addElement(ElementKind::Authority);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add authority authority-1"));
        document.removeElements({ QStringLiteral("ns2") });
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove authority ns2"));
        document.removeElements({ QStringLiteral("ns3"), QStringLiteral("ns4") });
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove 2 elements"));
    }

    void addedElementHasFreshIdAndDefaults()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        const QString first = document.addElement(ElementKind::Authority);
        const QString second = document.addElement(ElementKind::Authority);
        QCOMPARE(first, QStringLiteral("authority-1"));
        QCOMPARE(second, QStringLiteral("authority-2"));
        QCOMPARE(field(document, first, "hostname"), QVariant(QStringLiteral("authority-1.example")));
        QCOMPARE(field(document, first, "provider"), QVariant(QStringLiteral("acme-it")));
        QCOMPARE(field(document, first, "role"), QVariant(FieldSchema::authorityRoles().first()));
        // The defaults are valid: the new elements add no problem.
        for (const Problem& p : document.problems())
            QVERIFY2(p.elementId != first && p.elementId != second, qPrintable(p.toString()));
        QCOMPARE(document.addElement(ElementKind::Path), QStringLiteral("network-path-1"));
    }

    void consecutiveEditsOfOneFieldMerge()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        const QByteArray original = bytesOf(document);
        for (const char* text : { "a", "ab", "abc" })
            document.setField(
                ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), QString::fromLatin1(text));
        QCOMPARE(document.undoStack()->count(), 1);
        document.setField(
            ElementKind::Authority, QStringLiteral("ns2"), QStringLiteral("software"), QStringLiteral("z"));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(bytesOf(document), original);
        // Typing back to the original value leaves no step at all.
        document.undoStack()->clear();
        const QVariant software = field(document, QStringLiteral("ns1"), "software");
        document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), QStringLiteral("q"));
        document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), software);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(bytesOf(document), original);
    }

    void invalidEditsAreRefused()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        QVERIFY(!document.setField(ElementKind::Authority, QStringLiteral("nope"), QStringLiteral("hostname"), {}));
        QVERIFY(!document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("nope"), {}));
        QVERIFY(!document.setField(
            ElementKind::Zone, QStringLiteral("zone-acme"), QStringLiteral("soa_retry"), QStringLiteral("soon")));
        QVERIFY(!document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("id"), QStringLiteral("ns2")));
        QVERIFY(!document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("id"), QString()));
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void renameUpdatesReferences()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        const int before = int(mentions(document.model()).count(QStringLiteral("dynadns")));
        QVERIFY(before > 0);
        document.setField(
            ElementKind::Provider, QStringLiteral("dynadns"), QStringLiteral("id"), QStringLiteral("dyna"));
        QCOMPARE(mentions(document.model()).count(QStringLiteral("dynadns")), 0);
        QVERIFY(!hasErrors(document.problems()));
        QCOMPARE(field(document, QStringLiteral("s-dynadns-control"), "outages"),
            QVariant(QStringList { QStringLiteral("dyna:control") }));
    }

    void removeStripsReferencesAndUndoRestoresThem()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        const QByteArray original = bytesOf(document);
        const QStringList zoneAuthorities = field(document, QStringLiteral("zone-acme"), "authorities").toStringList();
        QVERIFY(zoneAuthorities.contains(QStringLiteral("ns1")));
        QVERIFY(mentions(document.model()).contains(QStringLiteral("eu-west")));

        document.removeElements({ QStringLiteral("ns1"), QStringLiteral("eu-west") });
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(!document.model().locate(QStringLiteral("ns1")));
        QVERIFY(!mentions(document.model()).contains(QStringLiteral("ns1")));
        QVERIFY(!mentions(document.model()).contains(QStringLiteral("eu-west")));
        QStringList expected = zoneAuthorities;
        expected.removeAll(QStringLiteral("ns1"));
        QCOMPARE(field(document, QStringLiteral("zone-acme"), "authorities").toStringList(), expected);
        // No dangling reference is left for the validator to find.
        for (const Problem& p : document.problems())
            QVERIFY2(!p.message.contains(QStringLiteral("no ")), qPrintable(p.toString()));

        document.undoStack()->undo();
        QCOMPARE(bytesOf(document), original);
        document.undoStack()->redo();
        QVERIFY(!mentions(document.model()).contains(QStringLiteral("ns1")));
    }

    void signalsFollowRows()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        QSignalSpy aboutToRemove(&document, &ModelDocument::aboutToRemove);
        QSignalSpy inserted(&document, &ModelDocument::inserted);
        QSignalSpy fieldChanged(&document, &ModelDocument::fieldChanged);
        document.removeElements({ QStringLiteral("ns2") });
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(aboutToRemove.at(0).at(0).value<ElementKind>(), ElementKind::Authority);
        QCOMPARE(aboutToRemove.at(0).at(1).toInt(), 2);
        QVERIFY(fieldChanged.count() >= 1); // the zones that listed ns2
        document.undoStack()->undo();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    }

    // One announced step per real change; an unknown finding kind is a problem, not a refusal,
    // so that the Problems panel can point at it.
    void controlMappingIsOneUndoableStep()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        QSignalSpy changed(&document, &ModelDocument::controlMappingChanged);
        const std::vector<ControlMappingEntry> mapping { { QStringLiteral("scenario-failure"),
            { QStringLiteral("NIST CSF 2.0 RC.RP-02") }, {} } };
        document.setControlMapping(mapping, QStringLiteral("Map \"Scenario\" findings to controls"));
        document.setControlMapping(mapping, QStringLiteral("nothing new"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Map \"Scenario\" findings to controls"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(document.model().controlMapping, mapping);
        document.undoStack()->undo();
        QVERIFY(document.model().controlMapping.empty());
        QCOMPARE(changed.count(), 2);
        document.setControlMapping({ { QStringLiteral("spf"), {}, {} } }, QStringLiteral("Typo"));
        QVERIFY(std::any_of(document.problems().cbegin(), document.problems().cend(), [](const Problem& p) {
            return p.path == u"control_mapping[0].finding" && p.severity == Problem::Severity::Error;
        }));
    }

    void problemsRefreshAfterChange()
    {
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        QVERIFY(!hasErrors(document.problems()));
        QSignalSpy changed(&document, &ModelDocument::problemsChanged);
        document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("addresses"),
            QStringList { QStringLiteral("not-an-address") });
        QVERIFY(hasErrors(document.problems()));
        QVERIFY(changed.wait(2000));
        document.undoStack()->undo();
        QVERIFY(changed.wait(2000));
        QVERIFY(!hasErrors(document.problems()));
    }

    void loadFailureChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("openAnyway");
        const QString malformed = QStringLiteral(NAMEPLAN_SOURCE_DIR "/tests/topology/malformed/");
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/x.nameplan.json") << true;
        QTest::newRow("garbage") << malformed + QStringLiteral("binary-garbage.json") << true;
        QTest::newRow("future schema") << malformed + QStringLiteral("future-schema.json") << true;
        QTest::newRow("dangling reference") << malformed + QStringLiteral("dangling-authority.json") << false;
    }

    void loadFailureChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(bool, openAnyway);
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), QStringLiteral("z"));
        const QByteArray before = bytesOf(document);
        QSignalSpy resets(&document, &ModelDocument::aboutToReset);
        QSignalSpy paths(&document, &ModelDocument::filePathChanged);
        bool loaded = true;
        const Problems problems = document.load(file, openAnyway, &loaded);
        QVERIFY(!loaded);
        QVERIFY(hasErrors(problems));
        QCOMPARE(bytesOf(document), before);
        QCOMPARE(document.filePath(), example("acme-identity.nameplan.json"));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.isModified());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(paths.count(), 0);
    }

    void openAnywayLoadsARepairableFile()
    {
        const QString file = QStringLiteral(NAMEPLAN_SOURCE_DIR "/tests/topology/malformed/dangling-authority.json");
        ModelDocument document;
        bool loaded = false;
        const Problems problems = document.load(file, true, &loaded);
        QVERIFY(loaded);
        QVERIFY(hasErrors(problems));
        QCOMPARE(document.problems(), problems);
        QCOMPARE(document.filePath(), file);
        QVERIFY(!document.isModified());
    }

    void saveRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.nameplan.json"));
        ModelDocument document;
        document.load(example("global-enterprise.nameplan.json"));
        QCOMPARE(document.save(path), QString());
        QCOMPARE(readAll(path), readAll(example("global-enterprise.nameplan.json")));
        QCOMPARE(document.filePath(), path);

        document.setMetadata(QStringLiteral("Renamed"), QStringLiteral("me"), QString());
        document.removeElements({ document.model().services.back().id });
        QVERIFY(document.isModified());
        QSignalSpy modified(&document, &ModelDocument::modifiedChanged);
        QCOMPARE(document.save(), QString());
        QVERIFY(!document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(readAll(path), bytesOf(document));

        ModelDocument other;
        bool loaded = false;
        other.load(path, false, &loaded);
        QVERIFY(loaded);
        QCOMPARE(bytesOf(other), bytesOf(document));
        QCOMPARE(other.model().title, QStringLiteral("Renamed"));
    }

    void saveWithoutPathFails()
    {
        ModelDocument document;
        document.newModel();
        document.addElement(ElementKind::Region);
        QVERIFY(!document.save().isEmpty());
        QVERIFY(document.isModified());
        QVERIFY(!document.save(QStringLiteral("/nonexistent-dir/x.nameplan.json")).isEmpty());
        QVERIFY(document.isModified());
        QCOMPARE(document.filePath(), QString());
    }

    void fileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.nameplan.json"));
        ModelDocument document;
        QVERIFY(!document.fileChangedOnDisk()); // never saved
        document.load(example("acme-identity.nameplan.json"));
        QCOMPARE(document.save(path), QString());
        QVERIFY(!document.fileChangedOnDisk());

        // Same size, different content, possibly within the same clock tick: only the hash sees it.
        QByteArray changed = readAll(path);
        const qsizetype at = changed.indexOf("ACME");
        QVERIFY(at > 0);
        changed[at] = 'X';
        QVERIFY(writeAll(path, changed));
        QVERIFY(document.fileChangedOnDisk());

        QVERIFY(writeAll(path, bytesOf(document))); // the same bytes again: nothing changed
        QVERIFY(!document.fileChangedOnDisk());

        QVERIFY(writeAll(path, bytesOf(document) + "\n"));
        QVERIFY(document.fileChangedOnDisk());

        QCOMPARE(document.save(), QString());
        QVERIFY(!document.fileChangedOnDisk());
        QVERIFY(QFile::remove(path));
        QVERIFY(document.fileChangedOnDisk());
    }

    void autosaveWritesRecoveryWhileModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.nameplan.json"));
        ModelDocument document;
        document.load(example("acme-identity.nameplan.json"));
        QCOMPARE(document.save(path), QString());
        document.setAutosaveInterval(50);
        QVERIFY(!document.recoveryFilePath().isEmpty());
        QVERIFY(document.recoveryFilePath().startsWith(ModelDocument::recoveryDirectory()));
        document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), QStringLiteral("k"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(document.recoveryFilePath()), 5000);
        // This process is alive: its own file is not offered for recovery.
        QVERIFY(!ModelDocument::pendingRecoveries().contains(document.recoveryFilePath()));
        QCOMPARE(document.save(), QString());
        QVERIFY(!QFile::exists(document.recoveryFilePath()));
        document.setField(
            ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("software"), QStringLiteral("j"));
        document.writeRecoveryNow();
        QVERIFY(QFile::exists(document.recoveryFilePath()));
        document.undoStack()->undo(); // back to the saved state: nothing to recover
        QVERIFY(!QFile::exists(document.recoveryFilePath()));
    }

    void recoveryOfANeverSavedModel()
    {
        QString recoveryFile;
        QByteArray edited;
        {
            ModelDocument crashed;
            crashed.newModel();
            crashed.addElement(ElementKind::Region);
            crashed.setMetadata(QStringLiteral("Draft"), QString(), QString());
            crashed.writeRecoveryNow();
            recoveryFile = crashed.recoveryFilePath();
            edited = bytesOf(crashed);
            QVERIFY(QFile::copy(recoveryFile, recoveryFile + QStringLiteral(".kept")));
        } // a clean close removes the session's recovery file
        QVERIFY(!QFile::exists(recoveryFile));
        ModelDocument document;
        QVERIFY(document.restoreRecovery(recoveryFile + QStringLiteral(".kept")));
        QCOMPARE(bytesOf(document), edited);
        QCOMPARE(document.filePath(), QString());
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(bytesOf(document), ModelWriter::write(Model()));
    }

    void recoveryWhenTheOriginalFileIsGone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.nameplan.json"));
        QVERIFY(QFile::copy(example("acme-identity.nameplan.json"), path));
        ModelDocument crashed;
        crashed.load(path);
        crashed.removeElements({ QStringLiteral("sso") });
        crashed.writeRecoveryNow();
        const QString kept = crashed.recoveryFilePath() + QStringLiteral(".kept");
        QVERIFY(QFile::copy(crashed.recoveryFilePath(), kept));
        QVERIFY(QFile::remove(path));

        ModelDocument document;
        QVERIFY(document.restoreRecovery(kept));
        QCOMPARE(bytesOf(document), bytesOf(crashed));
        QCOMPARE(document.filePath(), path);
        QVERIFY(!document.fileChangedOnDisk()); // it was already gone when restored
        QCOMPARE(document.save(), QString());
        QCOMPARE(readAll(path), bytesOf(crashed));
    }
};

QTEST_GUILESS_MAIN(TestModelDocument)
#include "tst_modeldocument.moc"
