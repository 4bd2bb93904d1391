// SPDX-License-Identifier: GPL-3.0-or-later
// CombinationSearch (single points of failure, smallest cuts, heat map, survival histogram,
// threads, cancel) and IndependenceReport on the small base estate.

#include "analysistestmodels.h"
#include "combinationsearch.h"
#include "faulttreebuilder.h"
#include "independencereport.h"
#include "scenarioevaluator.h"

#include <QTest>

#include <atomic>
#include <numeric>

using namespace nameplan;

namespace {

QStringList ids(const FaultTree& tree, const std::vector<int>& events)
{
    QStringList list;
    for (int e : events)
        list.append(tree.events[size_t(e)].id);
    return list;
}

class CancelAfter final : public ProgressSink {
public:
    explicit CancelAfter(qint64 limit)
        : m_limit(limit)
    {
    }
    void setProgress(qint64 done, qint64) override { m_done = std::max<qint64>(m_done, done); }
    bool isCanceled() const override { return m_done >= m_limit; }

private:
    qint64 m_limit;
    std::atomic<qint64> m_done { 0 };
};

} // namespace

class TestAnalysisSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singlePointsAndSmallestCuts()
    {
        const FaultTree tree = FaultTreeBuilder::build(testmodels::base(), std::nullopt);
        NoProgress progress;
        const CombinationSearch::Result r = CombinationSearch::run(tree, { {}, 2, 1 }, progress);
        QVERIFY(!r.canceled);
        // For good: the hidden primary (both secondaries' source), p1's control plane (signer and
        // a1 transfers) and the signer.
        const QStringList spofs = ids(tree, r.spofs);
        QVERIFY2(spofs.contains(QStringLiteral("hp")) && spofs.contains(QStringLiteral("sig"))
                && spofs.contains(QStringLiteral("p1:control")) && !spofs.contains(QStringLiteral("a1")),
            qPrintable(spofs.join(u',')));
        QCOMPARE(r.smallestCut[0], 1);
        QCOMPARE(r.smallestCutExample[0].size(), size_t(1));
        const int n = int(r.candidates.size());
        QCOMPARE(int(r.failedTopHistogram.size()), 3);
        for (int k = 0; k <= 2; ++k) {
            const qint64 combinations = std::accumulate(
                r.failedTopHistogram[size_t(k)].begin(), r.failedTopHistogram[size_t(k)].end(), qint64(0));
            QCOMPARE(combinations, k == 0 ? 1 : (k == 1 ? n : qint64(n) * (n - 1) / 2));
        }
        QCOMPARE(r.combinations, 1 + n + qint64(n) * (n - 1) / 2);
        QCOMPARE(r.survival(0), 1.0);
        QVERIFY(r.survival(2) < r.survival(1));
        // Heat map row = the single outages that fail the top, checked one by one.
        const ScenarioEvaluator evaluator(tree);
        for (int c = 0; c < n; ++c) {
            const std::vector<int> one { r.candidates[size_t(c)] };
            QCOMPARE(bool(r.heatMap[size_t(c)]), bool(evaluator.failedTops(one)[0]));
        }
    }

    void boundedDurationHasNoSinglePoint()
    {
        const FaultTree tree = FaultTreeBuilder::build(testmodels::base(), 3600);
        NoProgress progress;
        const CombinationSearch::Result r = CombinationSearch::run(tree, { {}, 2, 2 }, progress);
        QVERIFY(r.spofs.empty());
        QCOMPARE(r.smallestCut[0], 2);
    }

    void candidatesAndThreadsAgree()
    {
        const FaultTree tree = FaultTreeBuilder::build(testmodels::base(), std::nullopt);
        NoProgress progress;
        const CombinationSearch::Result one = CombinationSearch::run(tree, { {}, 3, 1 }, progress);
        const CombinationSearch::Result two = CombinationSearch::run(tree, { {}, 3, 2 }, progress);
        QCOMPARE(two.failedTopHistogram, one.failedTopHistogram);
        QCOMPARE(two.smallestCutExample, one.smallestCutExample);
        QCOMPARE(two.heatMap, one.heatMap);
        // Only regions as candidates: none of them alone fails the service.
        std::vector<int> regions { 0, 1, 2 };
        const CombinationSearch::Result r = CombinationSearch::run(tree, { regions, 2, 0 }, progress);
        QCOMPARE(r.candidates, regions);
        // eu-west holds hp: lost for good, both secondaries expire; europe holds eu-west.
        QCOMPARE(ids(tree, r.spofs), (QStringList { QStringLiteral("europe"), QStringLiteral("eu-west") }));
    }

    void cancelStops()
    {
        const FaultTree tree = FaultTreeBuilder::build(testmodels::base(), std::nullopt);
        CancelAfter cancel(1);
        const CombinationSearch::Result r = CombinationSearch::run(tree, { {}, 3, 2 }, cancel);
        QVERIFY(r.canceled);
        QVERIFY(r.combinations < 1 + 17 + 136 + 680);
    }

    void independenceOfTheBaseZone()
    {
        const std::vector<IndependenceReport::ZoneReport> reports = IndependenceReport::build(testmodels::base());
        QCOMPARE(reports.size(), size_t(1));
        QStringList common;
        for (const IndependenceReport::SharedDomain& d : reports[0].shared) {
            QVERIFY(d.commonMode); // two authorities: shared means shared by both
            common.append(d.id + u'/' + d.kind);
        }
        QCOMPARE(common.join(u' '), QStringLiteral("p1:control/provider-control hp/transfer-source sig/signer"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSearch)
#include "tst_analysissearch.moc"
