// SPDX-License-Identifier: GPL-3.0-or-later
// Two scenarios side by side on the acme example: the planted shared dependency (shieldco)
// against losing the eu-west region. The table's verdicts are the engine's, the differing rows
// come first, each diagram is painted with its own scenario, and a selected row is explained
// under both. With NAMEPLAN_SCREENSHOT_DIR set, the dialog is also saved there as a picture
// (docs/regenerate-images does that for the user guide).

#include "diagramnodeitem.h"
#include "diagramworkspace.h"
#include "exampledocument.h"
#include "faulttreebuilder.h"
#include "modeldocument.h"
#include "outageparser.h"
#include "outagesession.h"
#include "scenariocomparedialog.h"
#include "scenarioevaluator.h"
#include "topologyscene.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace nameplan;
using Which = ScenarioComparison::Which;

namespace {

// "fails"/"works" per (service id, population id) under the outage, from the engine itself.
QHash<QPair<QString, QString>, bool> engineVerdicts(const Model& model, const QStringList& outages)
{
    const FaultTree tree = FaultTreeBuilder::build(model, std::nullopt);
    const std::vector<bool> failed = ScenarioEvaluator(tree).failedTops(OutageParser::parseIds(tree, outages).events);
    QHash<QPair<QString, QString>, bool> verdicts;
    for (size_t top = 0; top < tree.tops.size(); ++top)
        verdicts.insert({ tree.tops[top].serviceId, tree.tops[top].populationId }, failed[top]);
    return verdicts;
}

DiagramPalette::State stateOf(TopologyScene* scene, const QString& id)
{
    const QList<DiagramNodeItem*> nodes = scene->nodesFor(id);
    return nodes.isEmpty() ? DiagramPalette::State::Normal : nodes.first()->state();
}

} // namespace

class TestScenarioCompare : public QObject {
    Q_OBJECT

private:
    ModelDocument* m_document = nullptr;
    DiagramWorkspace* m_workspace = nullptr;

    ScenarioCompareDialog* openFromWorkspace()
    {
        m_workspace->setFocus();
        QTest::keyClick(m_workspace, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = m_workspace->findChild<ScenarioCompareDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog, 5000) ? dialog : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_document = new ModelDocument(this);
        QVERIFY(ExampleDocument::open(*m_document));
        m_workspace = new DiagramWorkspace(m_document);
        m_workspace->resize(1300, 850);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace, 5000));
        m_workspace->refreshNow();
    }

    void cleanup()
    {
        delete m_workspace;
        delete m_document;
    }

    // Ctrl+Shift+C in the workspace opens the comparison with the outage on the diagram as A.
    void shortcutOpensWithCurrentOutage()
    {
        m_workspace->showOutage({ QStringLiteral("shieldco") });
        ScenarioCompareDialog* dialog = openFromWorkspace();
        QVERIFY2(dialog, "Ctrl+Shift+C opens the comparison");
        QCOMPARE(dialog->comparison().side(Which::A).outages, QStringList { QStringLiteral("shieldco") });
        QCOMPARE(dialog->comparison().side(Which::B).label, m_document->model().scenarios.front().name);
        QCOMPARE(stateOf(dialog->scene(Which::A), QStringLiteral("shieldco")), DiagramPalette::State::Failed);
    }

    // The table lists every (service, population) with the engine's verdict under A and B,
    // the differing ones first and tinted; each diagram shows its own scenario's failures.
    void shieldcoVersusEuWest()
    {
        ScenarioCompareDialog* dialog = openFromWorkspace();
        QVERIFY(dialog);
        QVERIFY(dialog->compare(QStringLiteral("s-shieldco"), QStringLiteral("s-eu-west")));
        const Model& model = m_document->model();
        const auto underA = engineVerdicts(model, { QStringLiteral("shieldco") });
        const auto underB = engineVerdicts(model, { QStringLiteral("eu-west") });
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), int(underA.size()));
        const QString fails = ScenarioCompareDialog::tr("fails");
        int differing = 0;
        bool differingGroup = true;
        for (int r = 0; r < table->rowCount(); ++r) {
            const ScenarioComparison::Row& row = dialog->comparison().rows()[size_t(r)];
            const QPair<QString, QString> key { row.serviceId, row.populationId };
            QVERIFY(underA.contains(key));
            QCOMPARE(table->item(r, ScenarioCompareDialog::UnderAColumn)->text() == fails, underA.value(key));
            QCOMPARE(table->item(r, ScenarioCompareDialog::UnderBColumn)->text() == fails, underB.value(key));
            const bool differs = underA.value(key) != underB.value(key);
            QVERIFY2(!differs || differingGroup, "differing rows come first");
            differingGroup = differs;
            differing += differs;
            QCOMPARE(table->item(r, ScenarioCompareDialog::ServiceColumn)->font().bold(), differs);
        }
        QVERIFY(differing > 0);
        QCOMPARE(dialog->comparison().differingCount(), differing);

        // The shared dependency is out only in A.
        TopologyScene* a = dialog->scene(Which::A);
        TopologyScene* b = dialog->scene(Which::B);
        QCOMPARE(stateOf(a, QStringLiteral("shieldco")), DiagramPalette::State::Failed);
        QCOMPARE(stateOf(b, QStringLiteral("shieldco")), DiagramPalette::State::Normal);
        // A service is drawn failing in a diagram exactly when the engine says it fails there
        // for at least one population.
        QSet<QString> failingA, failingB;
        for (auto it = underA.begin(); it != underA.end(); ++it) {
            if (it.value())
                failingA.insert(it.key().first);
            if (underB.value(it.key()))
                failingB.insert(it.key().first);
        }
        QVERIFY(failingA.contains(QStringLiteral("sso")));
        QVERIFY(failingA != failingB);
        for (const Service& service : model.services) {
            QCOMPARE(stateOf(a, service.id) == DiagramPalette::State::Affected, failingA.contains(service.id));
            QCOMPARE(stateOf(b, service.id) == DiagramPalette::State::Affected, failingB.contains(service.id));
        }
        // One layout for both: every box sits at the same place in the two diagrams.
        QCOMPARE(a->nodes().size(), b->nodes().size());
        for (int i = 0; i < a->nodes().size(); ++i)
            QCOMPARE(a->nodes().at(i)->pos(), b->nodes().at(i)->pos());

        saveScreenshot(dialog);
    }

    // Clicking a row explains it under both scenarios; Swap exchanges the sides.
    void selectedRowIsExplainedOnBothSides()
    {
        ScenarioCompareDialog* dialog = openFromWorkspace();
        QVERIFY(dialog);
        QVERIFY(dialog->compare(QStringLiteral("s-shieldco"), QStringLiteral("s-eu-west")));
        QVERIFY(!dialog->compare(QStringLiteral("no-such-scenario"), QStringLiteral("s-eu-west")));
        QTableWidget* table = dialog->table();
        const auto& rows = dialog->comparison().rows();
        const auto sso = std::find_if(rows.begin(), rows.end(),
            [](const ScenarioComparison::Row& row) { return row.serviceId == QStringLiteral("sso"); });
        QVERIFY(sso != rows.end());
        const int r = int(sso - rows.begin());
        table->scrollToItem(table->item(r, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
            table->visualItemRect(table->item(r, ScenarioCompareDialog::PopulationColumn)).center());
        QCOMPARE(table->currentRow(), r);
        QVERIFY2(dialog->explanation(Which::A)->toPlainText().contains(QStringLiteral("shieldco")),
            qPrintable(dialog->explanation(Which::A)->toPlainText()));
        QCOMPARE(dialog->explanation(Which::B)->toPlainText(),
            dialog->comparison().explanation(r, Which::B).isEmpty()
                ? ScenarioCompareDialog::tr("Works under this scenario.")
                : dialog->comparison().explanation(r, Which::B));

        const int differing = dialog->comparison().differingCount();
        const QList<QPushButton*> buttons = dialog->findChildren<QPushButton*>();
        const auto found = std::find_if(buttons.begin(), buttons.end(),
            [](QPushButton* button) { return button->text() == ScenarioCompareDialog::tr("S&wap"); });
        QVERIFY(found != buttons.end());
        QTest::mouseClick(*found, Qt::LeftButton);
        QCOMPARE(dialog->comparison().side(Which::A).outages, QStringList { QStringLiteral("eu-west") });
        QCOMPARE(dialog->comparison().differingCount(), differing);
        QCOMPARE(stateOf(dialog->scene(Which::B), QStringLiteral("shieldco")), DiagramPalette::State::Failed);
    }

private:
    static void saveScreenshot(ScenarioCompareDialog* dialog)
    {
        const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        dialog->resize(1500, 950);
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(directory).filePath(QStringLiteral("compare-scenarios.png"))));
    }
};

QTEST_MAIN(TestScenarioCompare)
#include "tst_scenariocompare.moc"
