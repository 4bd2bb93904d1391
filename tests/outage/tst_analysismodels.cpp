// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"
#include "analysisroles.h"
#include "cutsetmodel.h"
#include "examplemodels.h"
#include "heatmapmodel.h"
#include "independencemodel.h"
#include "outagesession.h"
#include "spofmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace nameplan;

namespace {

AnalysisResults acmeResults()
{
    NoProgress progress;
    AnalysisJob::Options options;
    options.maxOrder = 2;
    options.cutSetOrder = 2;
    return *AnalysisJob::compute(
        testing::exampleModel(QStringLiteral("acme-identity.nameplan.json")), options, progress);
}

int rowOf(const QAbstractItemModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestAnalysisModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spofModel();
    void cutSetModel();
    void heatMapMatchesSingleOutages();
    void independenceMatrix();
    void sortingThroughProxy();
    void jobDeliversResults();
    void newerJobDropsOlderResults();
    void cancelStopsJob();

private:
    AnalysisResults m_results;
};

void TestAnalysisModels::initTestCase()
{
    m_results = acmeResults();
    QVERIFY(!m_results.tree.tops.empty());
    QCOMPARE(m_results.cutSets.status, CutSetFinder::Status::Done);
    QCOMPARE(m_results.probabilities.size(), m_results.tree.tops.size());
}

void TestAnalysisModels::spofModel()
{
    SpofModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_results);
    QCOMPARE(model.rowCount(), int(m_results.search.spofs.size()));
    const int row = rowOf(model, SpofModel::ComponentColumn, QStringLiteral("shieldco"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, SpofModel::KindColumn).data().toString(), QStringLiteral("shared dependency"));
    const QString services = model.index(row, SpofModel::ServicesColumn).data().toString();
    for (const char* id : { "sso", "idp", "token" })
        QVERIFY2(services.contains(QLatin1StringView(id)), qPrintable(services));
    QCOMPARE(model.index(row, SpofModel::CountColumn).data(SortRole).toInt(),
        int(services.split(QStringLiteral(", ")).size()));
    QCOMPARE(model.index(row, 0).data(IdsRole).toStringList(), QStringList { QStringLiteral("shieldco") });
}

void TestAnalysisModels::cutSetModel()
{
    CutSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_results);
    size_t sets = 0;
    for (const CutSetFinder::Family& family : m_results.cutSets.families)
        sets += family.cutSets.size();
    QCOMPARE(model.rowCount(), int(sets));
    // shieldco alone takes sso down for every population: a cut set of order 1.
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CutSetModel::ServiceColumn).data().toString() == QStringLiteral("sso")
            && model.index(row, 0).data(IdsRole).toStringList() == QStringList { QStringLiteral("shieldco") }) {
            QCOMPARE(model.index(row, CutSetModel::OrderColumn).data().toInt(), 1);
            ++found;
        }
    }
    const auto sso = std::find_if(m_results.model.services.begin(), m_results.model.services.end(),
        [](const Service& s) { return s.id == QStringLiteral("sso"); });
    QCOMPARE(found, qMax(1, int(sso->populations.size())));
}

void TestAnalysisModels::heatMapMatchesSingleOutages()
{
    HeatMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_results);
    QCOMPARE(model.rowCount(), int(m_results.model.services.size()));
    QCOMPARE(model.columnCount(), int(m_results.search.candidates.size()) + 1);
    OutageSession session;
    session.setModel(m_results.model);
    for (int column = 1; column < model.columnCount(); ++column) {
        const QString component = model.headerData(column, Qt::Horizontal).toString();
        session.setOutages({ component });
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString service = model.index(row, 0).data().toString();
            QCOMPARE(model.fails(row, column), session.failedServices().contains(service));
        }
    }
}

void TestAnalysisModels::independenceMatrix()
{
    IndependenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_results);
    QCOMPARE(model.rowCount(), int(m_results.model.zones.size()));
    int commonModes = 0;
    for (size_t zone = 0; zone < m_results.independence.size(); ++zone) {
        for (const IndependenceReport::SharedDomain& shared : m_results.independence[zone].shared) {
            int column = 1;
            while (model.headerData(column, Qt::Horizontal).toString() != shared.id)
                ++column;
            QCOMPARE(model.sharing(int(zone), column),
                shared.commonMode ? IndependenceModel::Sharing::All : IndependenceModel::Sharing::Some);
            QCOMPARE(model.index(int(zone), column).data().toString(),
                shared.commonMode ? QStringLiteral("all") : QStringLiteral("some"));
            commonModes += shared.commonMode;
        }
    }
    QVERIFY(commonModes > 0);
}

void TestAnalysisModels::sortingThroughProxy()
{
    SpofModel model;
    model.setResults(m_results);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SpofModel::CountColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, SpofModel::CountColumn).data().toInt()
            >= proxy.index(row, SpofModel::CountColumn).data().toInt());
    }
    proxy.setFilterKeyColumn(SpofModel::ComponentColumn);
    proxy.setFilterFixedString(QStringLiteral("shieldco"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestAnalysisModels::jobDeliversResults()
{
    AnalysisJob job;
    QSignalSpy finished(&job, &AnalysisJob::finished);
    QSignalSpy progress(&job, &AnalysisJob::progressChanged);
    AnalysisJob::Options options;
    options.cutSetOrder = 2;
    job.start(m_results.model, options);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!job.isRunning());
    const auto results = finished.first().first().value<AnalysisResults>();
    QCOMPARE(results.search.spofs, m_results.search.spofs);
    QCOMPARE(results.cutSets.families.size(), m_results.cutSets.families.size());
}

void TestAnalysisModels::newerJobDropsOlderResults()
{
    AnalysisJob job;
    QSignalSpy finished(&job, &AnalysisJob::finished);
    QSignalSpy canceled(&job, &AnalysisJob::canceled);
    AnalysisJob::Options first;
    first.maxOrder = 1;
    job.start(m_results.model, first);
    AnalysisJob::Options second;
    second.maxOrder = 2;
    job.start(m_results.model, second);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(canceled.count(), 1);
    QCOMPARE(finished.first().first().value<AnalysisResults>().search.maxOrder, 2);
    // Whatever the first run still delivers after its cancel is dropped.
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestAnalysisModels::cancelStopsJob()
{
    const Model large = testing::exampleModel(QStringLiteral("global-enterprise.nameplan.json"));
    QVERIFY(!large.services.empty());
    QElapsedTimer timer;
    {
        AnalysisJob job;
        QSignalSpy finished(&job, &AnalysisJob::finished);
        QSignalSpy canceled(&job, &AnalysisJob::canceled);
        AnalysisJob::Options options;
        options.maxOrder = 3; // minutes of work on the large example: it must be cut short
        job.start(large, options);
        QTest::qWait(50);
        job.cancel();
        QCOMPARE(canceled.count(), 1);
        QVERIFY(!job.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        timer.start();
    } // the destructor waits for the worker
    qInfo("worker stopped %lld ms after the job was destroyed", timer.elapsed());
    QVERIFY(timer.elapsed() < 10'000);
}

QTEST_GUILESS_MAIN(TestAnalysisModels)
#include "tst_analysismodels.moc"
