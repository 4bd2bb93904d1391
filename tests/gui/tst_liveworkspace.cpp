// SPDX-License-Identifier: GPL-3.0-or-later
// The Live checks tab of the main window: Ctrl+Shift+L shows it, its zone list follows the
// open model (load, then an undoable edit, then undo); a model whose trust anchors cannot be
// used says so at Run, before any query. No traffic leaves the test: nothing is ever sent.
#include "exampledocument.h"
#include "livecheckspanel.h"
#include "liveworkspace.h"
#include "mainwindow.h"
#include "modeldocument.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nameplan;

class LiveWorkspaceTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tabFollowsModel();
    void unusableAnchorsSaySo();
};

void LiveWorkspaceTest::tabFollowsModel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(ExampleDocument::open(*window.document()));
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

void LiveWorkspaceTest::unusableAnchorsSaySo()
{
    // Loopback only, in case anything were asked: a root and an authority nothing listens on.
    const QJsonObject model { { QStringLiteral("schema"), 1 }, { QStringLiteral("title"), QStringLiteral("bad") },
        { QStringLiteral("settings"),
            QJsonObject { { QStringLiteral("roots"), QJsonArray { QStringLiteral("127.0.0.1:9") } },
                { QStringLiteral("trust_anchors"), QJsonArray { QStringLiteral("not a record") } } } },
        { QStringLiteral("authorities"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ns1") },
                { QStringLiteral("hostname"), QStringLiteral("ns1.bad.test") },
                { QStringLiteral("addresses"), QJsonArray { QStringLiteral("127.0.0.1") } },
                { QStringLiteral("role"), QStringLiteral("primary") },
                // Unknown provider and region: errors the file is opened despite.
                { QStringLiteral("provider"), QStringLiteral("p") },
                { QStringLiteral("regions"), QJsonArray { QStringLiteral("r") } } } } },
        { QStringLiteral("zones"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("bad") },
                { QStringLiteral("name"), QStringLiteral("bad.test") },
                { QStringLiteral("domain"), QStringLiteral("bad.test") },
                { QStringLiteral("authorities"), QJsonArray { QStringLiteral("ns1") } } } } } };
    QTemporaryDir directory;
    QFile file(directory.filePath(QStringLiteral("bad.nameplan.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(model).toJson());
    file.close();
    MainWindow window;
    bool loaded = false;
    window.document()->load(file.fileName(), true, &loaded);
    QVERIFY(loaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    auto* workspace
        = qobject_cast<LiveWorkspace*>(window.findChild<QTabWidget*>(QStringLiteral("views"))->currentWidget());
    QVERIFY(workspace);
    LiveChecksPanel* panel = workspace->panel();
    QPushButton* run = nullptr;
    for (QPushButton* button : panel->findChildren<QPushButton*>())
        run = button->text() == QStringLiteral("&Run checks") ? button : run;
    QVERIFY(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 2000);
    QString status;
    for (const QLabel* label : panel->findChildren<QLabel*>())
        status = label->text().startsWith(QStringLiteral("Cannot check")) ? label->text() : status;
    QVERIFY2(
        status.startsWith(QStringLiteral("Cannot check: cannot use the model's trust anchors: ")), qPrintable(status));
    QVERIFY(run->isEnabled());
}

QTEST_MAIN(LiveWorkspaceTest)
#include "tst_liveworkspace.moc"
