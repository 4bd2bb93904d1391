// SPDX-License-Identifier: GPL-3.0-or-later
// The control mapping editor over the acme example, opened from the Edit menu as a user does:
// typed edits become the model's control_mapping, each one undoable step; undo made in the
// workbench shows in the open table; the reset buttons return to Nameplan's defaults; a
// control mapping problem in the Problems panel leads to the dialog. With
// NAMEPLAN_SCREENSHOT_DIR set, the dialog is also saved there as a picture.

#include "controlcatalogue.h"
#include "controlmappingdialog.h"
#include "mainwindow.h"
#include "modeldocument.h"
#include "problemsmodel.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace nameplan;

namespace {
constexpr int spofRow = int(FindingKind::SinglePointOfFailure);
constexpr int scenarioRow = int(FindingKind::ScenarioFailure);

QString cell(const ControlMappingDialog* dialog, int row, int column)
{
    return dialog->table()->item(row, column)->text();
}
} // namespace

class TestControlMappingDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    ControlMappingDialog* m_dialog = nullptr;

    ModelDocument* document() const { return m_window->document(); }

    // Types into a cell through the table's own editor, as a user does, and commits with Enter.
    void type(int row, int column, const QString& text)
    {
        QTableWidget* table = m_dialog->table();
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes the editor from the event loop, and deletes it later.
        QTRY_VERIFY_WITH_TIMEOUT(!table->viewport()->findChild<QLineEdit*>(), 2000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recovery files away from the user's
        QDir(ModelDocument::recoveryDirectory()).removeRecursively(); // no restore offer on show
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(
            m_window->openFile(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json")));
        m_window->show();
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionControlMapping"));
        QVERIFY(action);
        action->trigger();
        m_dialog = m_window->findChild<ControlMappingDialog*>(QStringLiteral("controlMappingDialog"));
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanup()
    {
        m_dialog = nullptr;
        document()->newModel(); // nothing to ask about on close
        m_window.reset();
    }

    void showsTheDefaultsOfEveryKind()
    {
        QCOMPARE(m_dialog->table()->rowCount(), findingKindCount);
        for (FindingKind kind : allFindingKinds) {
            const int row = int(kind);
            QCOMPARE(cell(m_dialog, row, ControlMappingDialog::KindColumn), findingKindTitle(kind));
            QCOMPARE(cell(m_dialog, row, ControlMappingDialog::ControlsColumn),
                ControlCatalogue::builtIn(kind).controls.join(QStringLiteral("; ")));
            QCOMPARE(cell(m_dialog, row, ControlMappingDialog::SourceColumn), QStringLiteral("default"));
        }
    }

    void typedEditsAreUndoableSteps()
    {
        QUndoStack* undo = document()->undoStack();
        type(scenarioRow, ControlMappingDialog::ControlsColumn,
            QStringLiteral("NIST CSF 2.0 RC.RP-01;  NIST SP 800-34 §3.4 ;"));
        type(scenarioRow, ControlMappingDialog::NoteColumn, QStringLiteral("agreed with internal audit"));
        type(spofRow, ControlMappingDialog::ControlsColumn, QString());
        QCOMPARE(undo->count(), 3);
        const std::vector<ControlMappingEntry> expected {
            { QStringLiteral("scenario-failure"),
                { QStringLiteral("NIST CSF 2.0 RC.RP-01"), QStringLiteral("NIST SP 800-34 §3.4") },
                QStringLiteral("agreed with internal audit") },
            { QStringLiteral("spof"), {}, {} },
        };
        QCOMPARE(document()->model().controlMapping, expected);
        QCOMPARE(cell(m_dialog, scenarioRow, ControlMappingDialog::ControlsColumn),
            QStringLiteral("NIST CSF 2.0 RC.RP-01; NIST SP 800-34 §3.4"));
        QCOMPARE(cell(m_dialog, scenarioRow, ControlMappingDialog::SourceColumn), QStringLiteral("model"));
        QCOMPARE(cell(m_dialog, spofRow, ControlMappingDialog::SourceColumn), QStringLiteral("model: not mapped"));
        QVERIFY(m_dialog->table()
                    ->item(spofRow, ControlMappingDialog::ControlsColumn)
                    ->toolTip()
                    .contains(QStringLiteral("Not mapped")));
        saveScreenshot();

        // Undo in the workbench: the open table follows.
        undo->undo();
        QCOMPARE(cell(m_dialog, spofRow, ControlMappingDialog::SourceColumn), QStringLiteral("default"));
        QCOMPARE(cell(m_dialog, spofRow, ControlMappingDialog::ControlsColumn),
            ControlCatalogue::builtIn(FindingKind::SinglePointOfFailure).controls.join(QStringLiteral("; ")));
        QCOMPARE(document()->model().controlMapping.size(), size_t(1));
    }

    void resetButtonsReturnToTheDefaults()
    {
        type(scenarioRow, ControlMappingDialog::ControlsColumn, QStringLiteral("RC.RP-02"));
        type(spofRow, ControlMappingDialog::NoteColumn, QStringLiteral("see risk register"));
        QCOMPARE(document()->model().controlMapping.size(), size_t(2));
        m_dialog->table()->selectRow(spofRow);
        m_dialog->findChild<QPushButton*>(QStringLiteral("resetSelected"))->click();
        QCOMPARE(document()->model().controlMapping.size(), size_t(1));
        QCOMPARE(document()->model().controlMapping[0].finding, QStringLiteral("scenario-failure"));
        m_dialog->findChild<QPushButton*>(QStringLiteral("resetAll"))->click();
        QVERIFY(document()->model().controlMapping.empty());
        for (int row = 0; row < findingKindCount; ++row)
            QCOMPARE(cell(m_dialog, row, ControlMappingDialog::SourceColumn), QStringLiteral("default"));
        QCOMPARE(document()->undoStack()->count(), 4);
        document()->undoStack()->undo();
        QCOMPARE(document()->model().controlMapping.size(), size_t(1));
        QCOMPARE(cell(m_dialog, scenarioRow, ControlMappingDialog::ControlsColumn), QStringLiteral("RC.RP-02"));
    }

    // A file with a kind the report does not know (or a kind mapped twice) shows it, and the
    // dialog repairs it: reset removes the unknown entry, an edit keeps one entry per kind.
    void repairsEntriesTheReportCannotUse()
    {
        document()->setControlMapping({ { QStringLiteral("spf"), { QStringLiteral("X-1") }, {} },
                                          { QStringLiteral("common-mode"), { QStringLiteral("A") }, {} },
                                          { QStringLiteral("common-mode"), { QStringLiteral("B") }, {} } },
            QStringLiteral("Load"));
        QCOMPARE(m_dialog->table()->rowCount(), findingKindCount + 1);
        QCOMPARE(
            cell(m_dialog, findingKindCount, ControlMappingDialog::KindColumn), QStringLiteral("Unknown kind \"spf\""));
        QCOMPARE(cell(m_dialog, findingKindCount, ControlMappingDialog::ControlsColumn), QStringLiteral("X-1"));
        QVERIFY(!(m_dialog->table()->item(findingKindCount, ControlMappingDialog::ControlsColumn)->flags()
            & Qt::ItemIsEditable));
        QCOMPARE(
            cell(m_dialog, int(FindingKind::CommonMode), ControlMappingDialog::ControlsColumn), QStringLiteral("A"));

        type(int(FindingKind::CommonMode), ControlMappingDialog::ControlsColumn, QStringLiteral("C"));
        m_dialog->table()->selectRow(findingKindCount);
        m_dialog->findChild<QPushButton*>(QStringLiteral("resetSelected"))->click();
        const std::vector<ControlMappingEntry> expected { { QStringLiteral("common-mode"), { QStringLiteral("C") },
            {} } };
        QCOMPARE(document()->model().controlMapping, expected);
        QCOMPARE(m_dialog->table()->rowCount(), findingKindCount);
        QVERIFY(!hasErrors(document()->problems()));
    }

    // The Problems panel leads to the dialog for a control mapping problem, and the menu
    // action shows the open dialog again rather than a second one.
    void problemOpensTheDialog()
    {
        QPointer<ControlMappingDialog> first = m_dialog;
        m_window->findChild<QAction*>(QStringLiteral("actionControlMapping"))->trigger();
        QCOMPARE(m_window->findChildren<ControlMappingDialog*>().size(), 1);
        m_dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!first, 2000); // deleted on close
        m_dialog = nullptr;

        document()->setControlMapping({ { QStringLiteral("spf"), {}, {} } }, QStringLiteral("Typo"));
        auto* problems = m_window->findChild<QTreeView*>(QStringLiteral("problemsView"));
        QVERIFY(problems);
        QModelIndex location;
        QTRY_VERIFY_WITH_TIMEOUT(
            (location = rowAt(problems, QStringLiteral("control_mapping[0].finding"))).isValid(), 2000);
        problems->setCurrentIndex(location);
        QTest::keyClick(problems, Qt::Key_Return);
        auto* dialog = m_window->findChild<ControlMappingDialog*>(QStringLiteral("controlMappingDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->table()->rowCount(), findingKindCount + 1);
    }

private:
    static QModelIndex rowAt(QTreeView* view, const QString& location)
    {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ProblemsModel::LocationColumn);
            if (index.data().toString() == location)
                return index;
        }
        return {};
    }

    void saveScreenshot()
    {
        const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(m_dialog->grab().save(QDir(directory).filePath(QStringLiteral("control-mapping.png"))));
    }
};

QTEST_MAIN(TestControlMappingDialog)
#include "tst_controlmappingdialog.moc"
