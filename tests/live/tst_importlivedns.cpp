// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import from Live DNS… in the workbench (offscreen) against the delegated lab: the
// walk runs off the GUI thread, the zone and its authorities arrive as one undo step, and one
// undo restores the model byte for byte; a walk stuck on a silent root is cancelled at once
// and changes nothing; a zone that is not delegated says so and changes nothing.
#include "importlivednsdialog.h"
#include "mainwindow.h"
#include "modeldocument.h"
#include "modelwriter.h"
#include "testlab.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nameplan;

class ImportLiveDnsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importAndUndo();
    void cancel();
    void notDelegated();

private:
    // A window with a model whose only content is where to walk from.
    std::unique_ptr<MainWindow> window(const ServerEndpoint& root);
    ImportLiveDnsDialog* startImport(MainWindow& window, const QString& zone);

    LabState m_state;
    QTemporaryDir m_directory;
};

void ImportLiveDnsTest::initTestCase()
{
    QString error;
    const auto state = LabState::load(qEnvironmentVariable("NAMEPLAN_LAB_STATE"), &error);
    QVERIFY2(state, qPrintable(error));
    m_state = *state;
}

std::unique_ptr<MainWindow> ImportLiveDnsTest::window(const ServerEndpoint& root)
{
    const QJsonObject model { { QStringLiteral("schema"), 1 }, { QStringLiteral("title"), QStringLiteral("lab") },
        { QStringLiteral("settings"),
            QJsonObject {
                { QStringLiteral("port"), root.port }, { QStringLiteral("roots"), QJsonArray { root.address } } } } };
    const QString path = m_directory.filePath(QStringLiteral("lab.nameplan.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(QJsonDocument(model).toJson());
    file.close();
    auto window = std::make_unique<MainWindow>();
    if (!window->openFile(path))
        return nullptr;
    window->show();
    return window;
}

ImportLiveDnsDialog* ImportLiveDnsTest::startImport(MainWindow& window, const QString& zone)
{
    window.findChild<QAction*>(QStringLiteral("actionImportFromLiveDNS"))->trigger();
    auto* dialog = window.findChild<ImportLiveDnsDialog*>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->findChild<QLineEdit*>(QStringLiteral("zone"))->setText(zone);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("import")), Qt::LeftButton);
    return dialog;
}

void ImportLiveDnsTest::importAndUndo()
{
    const auto window = this->window(m_state.roots.first());
    QVERIFY(window);
    ModelDocument* document = window->document();
    const QByteArray before = ModelWriter::write(document->model());
    const int steps = document->undoStack()->count();

    QPointer<ImportLiveDnsDialog> dialog = startImport(*window, QStringLiteral("example.test"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed (and deleted) once the import is applied
    const Model& model = document->model();
    QCOMPARE(model.zones.size(), size_t(1));
    QCOMPARE(model.zones.front().domain, QStringLiteral("example.test"));
    QCOMPARE(model.authorities.size(), size_t(m_state.servers.size()));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import example.test. from live DNS"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Imported example.test.")),
        qPrintable(window->statusBar()->currentMessage()));
    const QByteArray after = ModelWriter::write(model);

    document->undoStack()->undo();
    QCOMPARE(ModelWriter::write(document->model()), before);
    document->undoStack()->redo();
    QCOMPARE(ModelWriter::write(document->model()), after);
}

void ImportLiveDnsTest::cancel()
{
    const auto window = this->window(m_state.server(QStringLiteral("silent"))->endpoint);
    QVERIFY(window);
    ModelDocument* document = window->document();
    const QByteArray before = ModelWriter::write(document->model());
    const int steps = document->undoStack()->count();

    ImportLiveDnsDialog* dialog = startImport(*window, QStringLiteral("example.test"));
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning());
    QTest::qWait(100); // the first query is out to the silent root
    QVERIFY(dialog->grab().save(QStringLiteral(NAMEPLAN_BINARY_DIR "/importlivedns-running.png")));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancel")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("Cancelled; the model is unchanged."), 2000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed()))); // not the 3 s timeout
    QVERIFY(dialog->isVisible());
    QCOMPARE(ModelWriter::write(document->model()), before);
    QCOMPARE(document->undoStack()->count(), steps);
    dialog->close();
}

void ImportLiveDnsTest::notDelegated()
{
    const auto window = this->window(m_state.roots.first());
    QVERIFY(window);
    const QByteArray before = ModelWriter::write(window->document()->model());
    ImportLiveDnsDialog* dialog = startImport(*window, QStringLiteral("nothere.test"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->statusText().startsWith(QStringLiteral("Nothing imported (not-delegated)")), 10000);
    QVERIFY(dialog->grab().save(QStringLiteral(NAMEPLAN_BINARY_DIR "/importlivedns-notdelegated.png")));
    QCOMPARE(ModelWriter::write(window->document()->model()), before);
}

QTEST_MAIN(ImportLiveDnsTest)
#include "tst_importlivedns.moc"
