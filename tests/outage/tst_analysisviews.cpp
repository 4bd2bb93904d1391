// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"
#include "analysisviews.h"
#include "availabilitychart.h"
#include "examplemodels.h"
#include "explanationpanel.h"
#include "outagepanel.h"
#include "outagesession.h"
#include "survivalchart.h"

#include <QApplication>
#include <QBarSet>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace nameplan;

namespace {

// Every label in the tree below parent, depth first.
QStringList allTexts(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        texts.append(index.data().toString());
        texts.append(allTexts(model, index));
    }
    return texts;
}

int rowWithText(const QAbstractItemModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestAnalysisViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tickingAComponentMarksItOut();
    void filterAndDuration();
    void explanationOfSelectedService();
    void selectingSpofEmitsItsId();
    void selectingCutSetEmitsMembers();
    void charts();

private:
    Model m_model;
    AnalysisResults m_results;
};

void TestAnalysisViews::initTestCase()
{
    m_model = testing::exampleModel(QStringLiteral("acme-identity.nameplan.json"));
    QVERIFY(!m_model.services.empty());
    NoProgress progress;
    AnalysisJob::Options options;
    options.cutSetOrder = 2;
    m_results = *AnalysisJob::compute(m_model, options, progress);
}

void TestAnalysisViews::tickingAComponentMarksItOut()
{
    OutageSession session;
    session.setModel(m_model);
    OutagePanel panel(&session);
    auto* list = panel.findChild<QListView*>(QStringLiteral("outageList"));
    QVERIFY(list);
    QAbstractItemModel* items = list->model();
    QCOMPARE(items->rowCount(), int(session.tree().events.size()));
    int row = -1;
    for (int r = 0; r < items->rowCount(); ++r) {
        if (items->index(r, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("shieldco"))
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(items->setData(items->index(row, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(session.outages(), QStringList { QStringLiteral("shieldco") });
    QVERIFY(session.failedServices().contains(QStringLiteral("sso")));
    // Undo in the session clears the tick: the list follows the session.
    session.undoStack()->undo();
    QVERIFY(session.outages().isEmpty());
    QCOMPARE(items->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    session.toggle(QStringLiteral("shieldco"));
    QCOMPARE(items->index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    auto* clear = panel.findChild<QPushButton*>(QStringLiteral("outageClear"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(session.outages().isEmpty());
}

void TestAnalysisViews::filterAndDuration()
{
    OutageSession session;
    session.setModel(m_model);
    OutagePanel panel(&session);
    auto* list = panel.findChild<QListView*>(QStringLiteral("outageList"));
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("outageFilter"));
    auto* duration = panel.findChild<QLineEdit*>(QStringLiteral("outageDuration"));
    QVERIFY(list && filter && duration);
    filter->setText(QStringLiteral("shieldco"));
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < int(session.tree().events.size()));
    for (int r = 0; r < list->model()->rowCount(); ++r)
        QVERIFY(list->model()->index(r, 0).data().toString().contains(QStringLiteral("shieldco")));
    duration->setText(QStringLiteral("12h"));
    Q_EMIT duration->editingFinished();
    QCOMPARE(session.duration(), std::optional<qint64>(12 * 3600));
    duration->setText(QStringLiteral("soon"));
    Q_EMIT duration->editingFinished();
    QCOMPARE(session.duration(), std::optional<qint64>(12 * 3600));
    duration->clear();
    Q_EMIT duration->editingFinished();
    QCOMPARE(session.duration(), std::optional<qint64>());
}

void TestAnalysisViews::explanationOfSelectedService()
{
    OutageSession session;
    session.setModel(m_model);
    ExplanationPanel panel(&session);
    panel.setService(QStringLiteral("sso"));
    QCOMPARE(panel.view()->model()->rowCount(), 1); // "works"
    session.toggle(QStringLiteral("shieldco"));
    QCOMPARE(panel.view()->model()->rowCount(), session.failingPopulations(QStringLiteral("sso")).size());
    QVERIFY(panel.view()->model()->rowCount() >= 1);
    const QStringList texts = allTexts(*panel.view()->model());
    QVERIFY2(texts.join(u'\n').contains(QStringLiteral("shieldco")), qPrintable(texts.join(u'\n')));
}

void TestAnalysisViews::selectingSpofEmitsItsId()
{
    AnalysisViews views;
    views.setResults(m_results);
    QSignalSpy highlight(&views, &AnalysisViews::highlightRequested);
    auto* table = views.findChild<QTableView*>(QStringLiteral("spofTable"));
    QVERIFY(table);
    const int row = rowWithText(*table->model(), 0, QStringLiteral("shieldco"));
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    QCOMPARE(highlight.count(), 1);
    QCOMPARE(highlight.first().first().toStringList(), QStringList { QStringLiteral("shieldco") });
    // Sorting by a column keeps the emitted id that of the row shown.
    table->sortByColumn(2, Qt::DescendingOrder);
    const int sortedRow = rowWithText(*table->model(), 0, QStringLiteral("shieldco"));
    table->setCurrentIndex(table->model()->index(sortedRow, 1));
    QCOMPARE(highlight.last().first().toStringList(), QStringList { QStringLiteral("shieldco") });
}

void TestAnalysisViews::selectingCutSetEmitsMembers()
{
    AnalysisViews views;
    views.setResults(m_results);
    QSignalSpy highlight(&views, &AnalysisViews::highlightRequested);
    auto* table = views.findChild<QTableView*>(QStringLiteral("cutSetTable"));
    auto* filter = views.findChild<QLineEdit*>(QStringLiteral("cutSetTableFilter"));
    QVERIFY(table && filter);
    filter->setText(QStringLiteral("+"));
    QVERIFY(table->model()->rowCount() > 0); // ACME has cut sets of two components
    const QString members = table->model()->index(0, 2).data().toString();
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(highlight.count(), 1);
    QCOMPARE(highlight.first().first().toStringList(), members.split(QStringLiteral(" + ")));
}

void TestAnalysisViews::charts()
{
    AnalysisViews views;
    views.setResults(m_results);
    auto* survival = views.findChild<SurvivalChart*>();
    auto* availability = views.findChild<AvailabilityChart*>();
    QVERIFY(survival && availability);
    QCOMPARE(survival->series()->count(), m_results.search.maxOrder + 1);
    QCOMPARE(survival->series()->at(0).y(), 100.0 * m_results.search.survival(0));
    QVERIFY(survival->series()->at(m_results.search.maxOrder).y() <= survival->series()->at(0).y());
    QCOMPARE(availability->bars()->count(), qMin(int(m_model.services.size()), AvailabilityChart::maxBars));
    QCOMPARE(availability->categories().size(), availability->bars()->count());
    for (int i = 0; i < availability->bars()->count(); ++i)
        QVERIFY(availability->bars()->at(i) >= 0.0 && availability->bars()->at(i) <= 100.0);
    views.resize(800, 600);
    views.tabs()->setCurrentWidget(availability);
    views.show();
    QVERIFY(QTest::qWaitForWindowExposed(&views, 5000));
}

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
