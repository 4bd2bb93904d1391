// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 9 item 5), with real crashes: this test re-invokes its own binary as a
// child that edits a model and is killed with SIGKILL.
//  - autosave recovery: the child writes its recovery file and kills itself; the parent finds
//    the file through pendingRecoveries() and restores the edit;
//  - interrupted save: the child saves two large models in turn, the parent kills it after a
//    random short delay; the file on disk is always exactly one of the two.

#include "fieldschema.h"
#include "modeldocument.h"
#include "modelfile.h"
#include "modelwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

using namespace nameplan;

namespace {

const QString childEditArgument = QStringLiteral("--child-edit-and-crash");
const QString childSaveArgument = QStringLiteral("--child-save-loop");
const QString recoveredHostname = QStringLiteral("recovered.acme.example");
constexpr int childTimeoutMs = 20000;

QString example(const char* name)
{
    return QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Child: load, edit, autosave, then die without any cleanup.
int childEditAndCrash(const QString& path)
{
    ModelDocument document;
    bool loaded = false;
    document.load(path, false, &loaded);
    if (!loaded)
        return 2;
    document.setField(ElementKind::Authority, QStringLiteral("ns1"), QStringLiteral("hostname"), recoveredHostname);
    document.writeRecoveryNow();
    if (!QFile::exists(document.recoveryFilePath()))
        return 3;
    say(document.recoveryFilePath());
    ::raise(SIGKILL);
    return 4; // not reached
}

// A model of `regions` regions: large enough that one save takes a while.
Model largeModel(int regions, const QString& tag)
{
    Model model;
    model.title = tag;
    for (int i = 0; i < regions; ++i) {
        Region region;
        region.id = QStringLiteral("%1-region-%2").arg(tag).arg(i);
        region.name = QStringLiteral("Region %1 of model %2").arg(i).arg(tag);
        region.notes = QStringLiteral("Padding so that writing the file takes long enough to be interrupted.");
        model.regions.push_back(region);
    }
    return model;
}

constexpr int largeModelRegions = 20000;

// Child: save model A and model B in turn through ModelDocument::save until killed.
int childSaveLoop(const QString& path)
{
    const Model models[]
        = { largeModel(largeModelRegions, QStringLiteral("a")), largeModel(largeModelRegions, QStringLiteral("b")) };
    ModelDocument document;
    for (int i = 0;; ++i) {
        document.replaceModel(models[i % 2], QStringLiteral("Switch"));
        if (const QString error = document.save(path); !error.isEmpty()) {
            say(error);
            return 2;
        }
        if (i == 0)
            say(QStringLiteral("saving"));
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataHome;

    static QProcess* startChild(const QStringList& arguments, QObject* parent)
    {
        auto* child = new QProcess(parent);
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QCoreApplication::applicationFilePath(), arguments);
        return child;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataHome.isValid());
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("tst_crashsafety"));
        // Set for the children too (they inherit the environment): the recovery files land here.
        qputenv("XDG_DATA_HOME", m_dataHome.path().toUtf8());
        QVERIFY(ModelDocument::recoveryDirectory().startsWith(m_dataHome.path()));
    }

    void autosaveRecoveryAfterCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("acme.nameplan.json"));
        QVERIFY(QFile::copy(example("acme-identity.nameplan.json"), path));
        const QByteArray original = readAll(path);
        QVERIFY(ModelDocument::pendingRecoveries().isEmpty());

        QProcess* child = startChild({ childEditArgument, path }, this);
        QVERIFY(child->waitForFinished(childTimeoutMs));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        const QString recoveryFile = QString::fromUtf8(child->readAllStandardOutput()).trimmed();
        QVERIFY(QFile::exists(recoveryFile));
        QVERIFY(QFileInfo(recoveryFile).absolutePath().startsWith(ModelDocument::recoveryDirectory()));
        QCOMPARE(ModelDocument::pendingRecoveries(), QStringList { recoveryFile });

        ModelDocument document;
        QSignalSpy paths(&document, &ModelDocument::filePathChanged);
        QVERIFY(document.restoreRecovery(recoveryFile));
        QCOMPARE(document.filePath(), path);
        QVERIFY(document.isModified());
        const auto where = document.model().locate(QStringLiteral("ns1"));
        QVERIFY(where);
        QCOMPARE(document.model().authorities[size_t(where->second)].hostname, recoveredHostname);
        // The old session's file is gone once this session's own file holds the state.
        QVERIFY(!QFile::exists(recoveryFile));
        QVERIFY(QFile::exists(document.recoveryFilePath()));
        QVERIFY(ModelDocument::pendingRecoveries().isEmpty());
        // Restored as one step over the original file, so the user can see what changed.
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(ModelWriter::write(document.model()), original);
        document.undoStack()->redo();
        QVERIFY(!document.fileChangedOnDisk());
        QCOMPARE(document.save(), QString());
        QVERIFY(!QFile::exists(document.recoveryFilePath()));
        QCOMPARE(ModelFile::load(path).model.authorities[size_t(where->second)].hostname, recoveredHostname);
    }

    void unrelatedFilesAreNotOffered()
    {
        QVERIFY(QDir().mkpath(ModelDocument::recoveryDirectory()));
        QFile garbage(ModelDocument::recoveryDirectory() + QStringLiteral("/junk.nameplan-recovery"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not json");
        garbage.close();
        QVERIFY(ModelDocument::pendingRecoveries().isEmpty());
        ModelDocument document;
        QVERIFY(!document.restoreRecovery(garbage.fileName()));
        QVERIFY(garbage.remove());
    }

    void saveKilledAtRandomPointsLeavesOldOrNewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.nameplan.json"));
        const QByteArray a = ModelWriter::write(largeModel(largeModelRegions, QStringLiteral("a")));
        const QByteArray b = ModelWriter::write(largeModel(largeModelRegions, QStringLiteral("b")));
        QVERIFY(a.size() > 1000000);
        QCOMPARE(ModelFile::saveBytes(path, a), QString());
        constexpr int iterations = 12;
        int sawA = 0;
        int sawB = 0;
        for (int i = 0; i < iterations; ++i) {
            QProcess* child = startChild({ childSaveArgument, path }, this);
            QVERIFY(child->waitForReadyRead(childTimeoutMs)); // the first save is done
            QCOMPARE(child->readLine().trimmed(), QByteArray("saving"));
            QTest::qSleep(QRandomGenerator::global()->bounded(1, 120));
            child->kill(); // SIGKILL
            QVERIFY(child->waitForFinished(childTimeoutMs));
            QCOMPARE(child->exitStatus(), QProcess::CrashExit);
            const QByteArray onDisk = readAll(path);
            QVERIFY2(onDisk == a || onDisk == b,
                qPrintable(QStringLiteral("iteration %1: %2 bytes, neither model").arg(i).arg(onDisk.size())));
            (onDisk == a ? sawA : sawB)++;
            delete child;
        }
        qInfo("killed %d saves: the old model was on disk %d times, the new one %d times", iterations, sawA, sawB);
        QCOMPARE(sawA + sawB, iterations);
        // QSaveFile's temporary files of interrupted writes are all that is left besides the file.
        const QStringList left = QDir(dir.path()).entryList(QDir::Files);
        for (const QString& name : left)
            QVERIFY2(name.startsWith(QStringLiteral("big.nameplan.json")), qPrintable(name));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments[1] == childEditArgument)
        return childEditAndCrash(arguments[2]);
    if (arguments.size() == 3 && arguments[1] == childSaveArgument)
        return childSaveLoop(arguments[2]);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
