// SPDX-License-Identifier: GPL-3.0-or-later
// The Live checks tab of the main window: Ctrl+Shift+L shows it, its zone list follows the
// open model (load, then an undoable edit, then undo). No run: no traffic leaves the test.
#include "livecheckspanel.h"
#include "liveworkspace.h"
#include "mainwindow.h"
#include "modeldocument.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace nameplan;

class LiveWorkspaceTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tabFollowsModel();
};

void LiveWorkspaceTest::tabFollowsModel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool loaded = false;
    window.document()->load(
        QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json"), false, &loaded);
    QVERIFY(loaded);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
    QVERIFY(tabs);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto* workspace = qobject_cast<LiveWorkspace*>(tabs->currentWidget());
    QVERIFY(workspace);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Live checks"));
    QComboBox* zones = workspace->panel()->findChild<QComboBox*>();
    QCOMPARE(zones->count(), 5); // all zones + the four acme zones
    QVERIFY(zones->findText(QStringLiteral("idp.acme.example.")) > 0);

    QVERIFY(window.document()->setField(
        ElementKind::Zone, QStringLiteral("zone-idp"), QStringLiteral("domain"), QStringLiteral("login.acme.example")));
    QVERIFY(zones->findText(QStringLiteral("login.acme.example.")) > 0);
    window.document()->undoStack()->undo();
    QVERIFY(zones->findText(QStringLiteral("idp.acme.example.")) > 0);
    QCOMPARE(zones->findText(QStringLiteral("login.acme.example.")), -1);
}

QTEST_MAIN(LiveWorkspaceTest)
#include "tst_liveworkspace.moc"
