// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window over the ACME example estate, offscreen: the tree and table show the
// model, the property editor edits it undoably, Add/Duplicate/Remove work, the Problems panel
// leads to the element at fault, and the file questions (unsaved changes, problems in a file,
// a file changed on disk) protect the user's work.

#include "aboutbox.h"
#include "elementtablemodel.h"
#include "fieldeditor.h"
#include "mainwindow.h"
#include "modeldocument.h"
#include "propertyeditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace nameplan;

namespace {

const QString examplePath = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");
constexpr int timeoutMs = 5000;

// Handles the next modal dialog from inside its own event loop (the test's thread is blocked
// in exec() meanwhile); gives up after a bounded time so a missing dialog fails, not hangs.
void whenModal(const std::function<void(QWidget*)>& handle)
{
    auto* timer = new QTimer;
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, handle] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handle(modal);
    });
    timer->start(20);
}

void clickButton(QWidget* dialog, const QString& text)
{
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        if (button->text().remove(u'&') == text) {
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button %1 in %2").arg(text, dialog->objectName())));
}

QAction* action(const MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsExampleInTreeAndTable();
    void propertyEditorEditsUndoably();
    void addDuplicateRemove();
    void problemsPanelSelectsElement();
    void unsavedChangesPrompt();
    void fileWithValidationErrorsOpensOnlyToRepair();
    void brokenFileKeepsWhatIsOpen();
    void changedOnDiskAsksBeforeOverwriting();
    void recentFilesAndTitle();
    void screenshotInProcess();
    void offersToRestoreCrashedWork();
    void aboutNamesLibraryVersions();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files away from the user's
    QVERIFY(m_dir.isValid());
    QDir(ModelDocument::recoveryDirectory()).removeRecursively(); // no restore offer on show
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(examplePath));
}

void TestMainWindow::cleanup()
{
    m_window->document()->newModel(); // nothing to ask about on close
    m_window.reset();
}

void TestMainWindow::showsExampleInTreeAndTable()
{
    const Model& model = m_window->document()->model();
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("elementTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), elementKindCount);
    const QModelIndex authorities = tree->model()->index(int(ElementKind::Authority), 0);
    QCOMPARE(tree->model()->rowCount(authorities), int(model.authorities.size()));
    QVERIFY(tree->model()->data(authorities).toString().startsWith(QStringLiteral("Authorities")));

    // Selecting the kind in the tree puts its table in the first tab.
    tree->setCurrentIndex(authorities);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("elementTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), int(model.authorities.size()));
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Authorities"));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Id"));

    // Sortable: descending by id puts the last id first.
    table->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("ns4"));

    // A row selects the element everywhere.
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(m_window->selectedId(), QStringLiteral("ns4"));
    QCOMPARE(tree->currentIndex().data(Qt::UserRole + 1).toString(), QStringLiteral("ns4"));
    QCOMPARE(m_window->findChild<PropertyEditor*>()->elementId(), QStringLiteral("ns4"));
}

void TestMainWindow::propertyEditorEditsUndoably()
{
    ModelDocument* document = m_window->document();
    QVERIFY(m_window->selectElement(QStringLiteral("ns1")));
    auto* editor = m_window->findChild<PropertyEditor*>();
    QCOMPARE(editor->elementId(), QStringLiteral("ns1"));
    const QString before = document->model().authorities.at(1).hostname;

    auto* line = editor->editor(QStringLiteral("hostname"))->findChild<QLineEdit*>();
    QCOMPARE(line->text(), before);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("ns1-new.dynadns.example"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(document->model().authorities.at(1).hostname, QStringLiteral("ns1-new.dynadns.example"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("acme-identity.nameplan.json")));

    QAction* undo = action(*m_window, "actionUndo");
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("ns1"))); // the command's text names the element
    undo->trigger();
    QCOMPARE(document->model().authorities.at(1).hostname, before);
    QCOMPARE(line->text(), before); // the editor follows the document
    QVERIFY(!m_window->isWindowModified());
    action(*m_window, "actionRedo")->trigger();
    QCOMPARE(document->model().authorities.at(1).hostname, QStringLiteral("ns1-new.dynadns.example"));

    // A reference list: check one more site region.
    const QStringList regions = document->model().authorities.at(1).regions;
    auto* list = editor->editor(QStringLiteral("regions"))->findChild<QListWidget*>();
    QListWidgetItem* unchecked = nullptr;
    for (int row = 0; row < list->count() && !unchecked; ++row) {
        if (list->item(row)->checkState() == Qt::Unchecked)
            unchecked = list->item(row);
    }
    QVERIFY(unchecked);
    const QString added = unchecked->data(Qt::UserRole).toString();
    unchecked->setCheckState(Qt::Checked);
    QCOMPARE(document->model().authorities.at(1).regions, regions + QStringList { added });
    document->undoStack()->undo();
    QCOMPARE(document->model().authorities.at(1).regions, regions);
}

void TestMainWindow::addDuplicateRemove()
{
    ModelDocument* document = m_window->document();
    const int count = int(document->model().zones.size());
    action(*m_window, "actionAdd_zones")->trigger();
    QCOMPARE(int(document->model().zones.size()), count + 1);
    const QString added = m_window->selectedId();
    QCOMPARE(document->model().zones.back().id, added);
    QCOMPARE(m_window->selectedKind(), ElementKind::Zone);
    QCOMPARE(m_window->findChild<PropertyEditor*>()->elementId(), added);

    QVERIFY(m_window->selectElement(QStringLiteral("zone-idp")));
    action(*m_window, "actionDuplicate")->trigger();
    QCOMPARE(int(document->model().zones.size()), count + 2);
    const QString copy = m_window->selectedId();
    QVERIFY(copy != QStringLiteral("zone-idp"));
    const auto location = document->model().locate(copy);
    QVERIFY(location);
    QCOMPARE(document->model().zones.at(size_t(location->second)).domain, document->model().zones.at(1).domain);

    QAction* remove = action(*m_window, "actionRemove");
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(int(document->model().zones.size()), count + 1);
    QVERIFY(!document->model().locate(copy));
    // The selection moves on to a neighbour (or nothing), never to the removed element.
    QVERIFY(m_window->selectedId() != copy);
    QVERIFY(m_window->selectedId().isEmpty() || document->model().locate(m_window->selectedId()));

    document->undoStack()->undo();
    QVERIFY(document->model().locate(copy));
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(int(document->model().zones.size()), count);
}

void TestMainWindow::problemsPanelSelectsElement()
{
    ModelDocument* document = m_window->document();
    auto* problems = m_window->findChild<QTreeView*>(QStringLiteral("problemsView"));
    QVERIFY(problems);
    const int before = problems->model()->rowCount();
    QVERIFY(document->setField(
        ElementKind::Zone, QStringLiteral("zone-api"), QStringLiteral("signer"), QStringLiteral("no-such-signer")));
    QTRY_COMPARE_WITH_TIMEOUT(problems->model()->rowCount(), before + 1, timeoutMs);

    int row = -1;
    for (int r = 0; r < problems->model()->rowCount(); ++r) {
        if (problems->model()->index(r, 3).data().toString().contains(QStringLiteral("no-such-signer")))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(problems->model()->index(row, 1).data().toString(), QStringLiteral("zones[2].signer"));
    QCOMPARE(problems->model()->index(row, 2).data().toString(), QStringLiteral("zone-api"));
    auto* dock = m_window->findChild<QWidget*>(QStringLiteral("problemsDock"));
    QVERIFY(dock->windowTitle().startsWith(QStringLiteral("Problems (")));

    QVERIFY(m_window->selectElement(QStringLiteral("sso")));
    const QModelIndex cell = problems->model()->index(row, 3);
    problems->scrollTo(cell);
    const QPoint centre = problems->visualRect(cell).center();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->selectedId(), QStringLiteral("zone-api"), timeoutMs);
    QCOMPARE(m_window->selectedKind(), ElementKind::Zone);
    QCOMPARE(m_window->findChild<PropertyEditor*>()->elementId(), QStringLiteral("zone-api"));
    auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("elementTree"));
    QCOMPARE(tree->currentIndex().data(Qt::UserRole + 1).toString(), QStringLiteral("zone-api"));
}

void TestMainWindow::unsavedChangesPrompt()
{
    ModelDocument* document = m_window->document();
    const int count = document->model().elementCount();
    action(*m_window, "actionAdd_regions")->trigger();
    QVERIFY(document->isModified());

    QString question;
    whenModal([&question](QWidget* box) {
        question = box->objectName();
        clickButton(box, QStringLiteral("Cancel"));
    });
    action(*m_window, "actionNew")->trigger();
    QCOMPARE(question, QStringLiteral("unsavedChanges"));
    QCOMPARE(document->model().elementCount(), count + 1); // cancelled: nothing lost

    whenModal([](QWidget* box) { clickButton(box, QStringLiteral("Discard")); });
    action(*m_window, "actionNew")->trigger();
    QCOMPARE(document->model().elementCount(), 0);
    QVERIFY(!document->isModified());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));
}

void TestMainWindow::fileWithValidationErrorsOpensOnlyToRepair()
{
    QByteArray bytes = readFile(examplePath);
    bytes.replace("\"provider\": \"dynadns\"", "\"provider\": \"vanished\"");
    const QString path = m_dir.filePath(QStringLiteral("dangling.nameplan.json"));
    QVERIFY(writeFile(path, bytes));

    QString listed;
    whenModal([&listed](QWidget* dialog) {
        listed = dialog->findChild<QWidget*>(QStringLiteral("problemList"))->property("plainText").toString();
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("openAnyway")));
        clickButton(dialog, QStringLiteral("Close"));
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY(listed.contains(QStringLiteral(": no provider with id \"vanished\"")));
    QVERIFY(listed.startsWith(QStringLiteral("authorities[")));
    QVERIFY(m_window->document()->filePath().endsWith(QStringLiteral("acme-identity.nameplan.json")));

    whenModal([](QWidget* dialog) { clickButton(dialog, QStringLiteral("Open Anyway to Repair")); });
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->document()->filePath().endsWith(QStringLiteral("dangling.nameplan.json")));
    QVERIFY(hasErrors(m_window->document()->problems()));
}

void TestMainWindow::brokenFileKeepsWhatIsOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.nameplan.json"));
    QVERIFY(writeFile(path, readFile(examplePath).left(500)));
    bool offered = true;
    whenModal([&offered](QWidget* dialog) {
        offered = dialog->findChild<QWidget*>(QStringLiteral("openAnyway")) != nullptr;
        clickButton(dialog, QStringLiteral("Close"));
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY(!offered); // a file the reader refuses cannot be repaired in the editor
    QCOMPARE(int(m_window->document()->model().authorities.size()), 5);
    QVERIFY(m_window->document()->filePath().endsWith(QStringLiteral("acme-identity.nameplan.json")));
}

void TestMainWindow::changedOnDiskAsksBeforeOverwriting()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.nameplan.json"));
    QVERIFY(writeFile(path, readFile(examplePath)));
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->document()->setField(
        ElementKind::Region, QStringLiteral("europe"), QStringLiteral("name"), QStringLiteral("Europa")));
    const QByteArray theirs = readFile(examplePath).replace("ACME", "Other");
    QVERIFY(writeFile(path, theirs));

    QString question;
    whenModal([&question](QWidget* box) {
        question = box->objectName();
        clickButton(box, QStringLiteral("Cancel"));
    });
    action(*m_window, "actionSave")->trigger();
    QCOMPARE(question, QStringLiteral("changedOnDisk"));
    QCOMPARE(readFile(path), theirs); // their version kept
    QVERIFY(m_window->document()->isModified());

    whenModal([](QWidget* box) { clickButton(box, QStringLiteral("Overwrite")); });
    action(*m_window, "actionSave")->trigger();
    QVERIFY(readFile(path).contains("Europa"));
    QVERIFY(!m_window->document()->isModified());
}

void TestMainWindow::recentFilesAndTitle()
{
    const QStringList recent = QSettings().value(QStringLiteral("RecentFiles/files")).toStringList();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first(), QFileInfo(examplePath).absoluteFilePath());
    QVERIFY(recent.size() <= 8);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("acme-identity.nameplan.json[*] — Nameplan"));
}

void TestMainWindow::screenshotInProcess()
{
    MainWindow window;
    QVERIFY(window.openFile(examplePath));
    const QString path = m_dir.filePath(QStringLiteral("shot.png"));
    QCOMPARE(window.saveScreenshot(path, {}), QString());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1400, 900));
    QCOMPARE(window.selectedId(), QStringLiteral("hp1")); // the first authority
}

// A recovery file as a crashed session leaves it: written by ModelDocument, stamped with the
// pid of a process that has since exited.
void TestMainWindow::offersToRestoreCrashedWork()
{
    QString crashed;
    {
        ModelDocument document;
        bool loaded = false;
        document.load(examplePath, false, &loaded);
        QVERIFY(loaded);
        QVERIFY(document.setField(
            ElementKind::Service, QStringLiteral("vpn"), QStringLiteral("name"), QStringLiteral("Recovered VPN")));
        document.writeRecoveryNow();
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForFinished(timeoutMs));
        QJsonObject wrapper = QJsonDocument::fromJson(readFile(document.recoveryFilePath())).object();
        QVERIFY(wrapper.contains(QStringLiteral("pid")));
        wrapper.insert(QStringLiteral("pid"), gone.processId());
        crashed = QFileInfo(document.recoveryFilePath())
                      .dir()
                      .filePath(QStringLiteral("0-") + QFileInfo(document.recoveryFilePath()).fileName());
        QVERIFY(writeFile(crashed, QJsonDocument(wrapper).toJson()));
    }
    QVERIFY(ModelDocument::pendingRecoveries().contains(crashed));

    MainWindow window;
    QString question;
    whenModal([&question](QWidget* box) {
        question = box->objectName();
        clickButton(box, QStringLiteral("Restore"));
    });
    window.show(); // the offer comes once the window is up
    QTRY_COMPARE_WITH_TIMEOUT(question, QStringLiteral("recoverWork"), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isModified(), timeoutMs);
    const auto vpn = window.document()->model().locate(QStringLiteral("vpn"));
    QVERIFY(vpn);
    QCOMPARE(window.document()->model().services.at(size_t(vpn->second)).name, QStringLiteral("Recovered VPN"));
    QCOMPARE(QFileInfo(window.document()->filePath()), QFileInfo(examplePath)); // remembers where it belongs
    QVERIFY(!ModelDocument::pendingRecoveries().contains(crashed));
    window.document()->newModel();
}

void TestMainWindow::aboutNamesLibraryVersions()
{
    const QString text = AboutBox::text();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("c-ares 1.")));
    QVERIFY(text.contains(QStringLiteral("OpenSSL 3.")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
