// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal cut sets on hand-built fault trees with known answers, and on random trees against
// a brute-force enumeration of all outage sets written independently here.
#include "cutsetfinder.h"
#include "faulttreefixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>

using namespace nameplan;

namespace {

using Sets = std::vector<CutSetFinder::CutSet>;

CutSetFinder::Family familyOf(const FaultTree& tree, int top, int maxOrder = CutSetFinder::unboundedOrder)
{
    NoProgress progress;
    const CutSetFinder::Result result = CutSetFinder(tree, { maxOrder, 2'000'000, 2 }).forTop(top, progress);
    if (result.status != CutSetFinder::Status::Done || result.families.size() != 1)
        qFatal("cut set search did not finish");
    return result.families.front();
}

// Evaluates a node under an outage set (bit i: event i is out), the plain recursive way.
bool fails(const FaultTree& tree, FaultTree::NodeRef node, quint32 outage)
{
    switch (node.kind) {
    case FaultTree::NodeKind::Event:
        return outage & (1U << node.index);
    case FaultTree::NodeKind::Failed:
        return true;
    case FaultTree::NodeKind::Working:
        return false;
    case FaultTree::NodeKind::Gate:
        break;
    }
    const FaultTree::Gate& gate = tree.gates[std::size_t(node.index)];
    const bool isOr = gate.type == FaultTree::GateType::Or;
    for (const FaultTree::NodeRef& input : gate.inputs) {
        if (fails(tree, input, outage) == isOr)
            return isOr;
    }
    return !isOr;
}

// All failing outage sets none of whose proper subsets fail, sorted like CutSetFinder's output.
Sets bruteForceMinimalCutSets(const FaultTree& tree, FaultTree::NodeRef root, int maxOrder)
{
    const quint32 n = quint32(tree.events.size());
    Sets sets;
    for (quint32 outage = 0; outage < (1U << n); ++outage) {
        if (std::popcount(outage) > maxOrder || !fails(tree, root, outage))
            continue;
        bool minimal = true;
        for (quint32 i = 0; i < n && minimal; ++i)
            minimal = !(outage & (1U << i)) || !fails(tree, root, outage & ~(1U << i));
        if (!minimal)
            continue;
        CutSetFinder::CutSet set;
        for (quint32 i = 0; i < n; ++i) {
            if (outage & (1U << i))
                set.push_back(int(i));
        }
        sets.push_back(set);
    }
    std::ranges::sort(
        sets, [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    return sets;
}

FaultTree::NodeRef randomNode(FaultTreeFixture& f, QRandomGenerator& random, int events, int depth)
{
    const quint32 pick = random.bounded(20U);
    if (depth == 0 || pick < 6) {
        if (pick == 0)
            return pick % 2 ? FaultTreeFixture::failed() : FaultTreeFixture::working();
        return { FaultTree::NodeKind::Event, int(random.bounded(quint32(events))) };
    }
    if (pick < 8 && !f.tree.gates.empty()) // share an existing gate
        return { FaultTree::NodeKind::Gate, int(random.bounded(quint32(f.tree.gates.size()))) };
    const int arity = 1 + int(random.bounded(4U));
    std::vector<FaultTree::NodeRef> inputs;
    for (int i = 0; i < arity; ++i)
        inputs.push_back(randomNode(f, random, events, depth - 1));
    const int index = int(f.tree.gates.size());
    f.tree.gates.push_back({ pick % 2 ? FaultTree::GateType::Or : FaultTree::GateType::And, inputs,
        QStringLiteral("g%1").arg(index), {} });
    return { FaultTree::NodeKind::Gate, index };
}

class CancelAtOnce final : public ProgressSink {
public:
    void setProgress(qint64, qint64) override { }
    bool isCanceled() const override { return true; }
};

class CountingProgress final : public ProgressSink {
public:
    void setProgress(qint64 done, qint64 total) override
    {
        m_last = done;
        m_total = total;
    }
    bool isCanceled() const override { return false; }
    std::atomic<qint64> m_last = 0;
    std::atomic<qint64> m_total = 0;
};

} // namespace

class TestCutSets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orOfEvents()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1);
        const int top = f.top(f.orGate({ a, b }));
        QCOMPARE(familyOf(f.tree, top).cutSets, (Sets { { 0 }, { 1 } }));
    }

    void andOfOrsExpandsAndAbsorbs()
    {
        // (a | b) & (a | c) = a | (b & c)
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1), c = f.event(0.1);
        const int top = f.top(f.andGate({ f.orGate({ a, b }), f.orGate({ a, c }) }));
        QCOMPARE(familyOf(f.tree, top).cutSets, (Sets { { 0 }, { 1, 2 } }));
    }

    void subsumptionDropsSupersets()
    {
        // a | (a & b) | (b & c & a) = a
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1), c = f.event(0.1);
        const int top = f.top(f.orGate({ f.andGate({ a, b }), a, f.andGate({ b, c, a }) }));
        QCOMPARE(familyOf(f.tree, top).cutSets, (Sets { { 0 } }));
    }

    void twoOutOfThree()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1), c = f.event(0.1);
        const int top = f.top(f.orGate({ f.andGate({ a, b }), f.andGate({ a, c }), f.andGate({ b, c }) }));
        QCOMPARE(familyOf(f.tree, top).cutSets, (Sets { { 0, 1 }, { 0, 2 }, { 1, 2 } }));
    }

    void sharedGateServesSeveralTops()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1), c = f.event(0.1), d = f.event(0.1);
        const auto shared = f.andGate({ a, b });
        f.top(f.orGate({ shared, c }));
        f.top(f.andGate({ shared, d }));
        f.top(shared);
        NoProgress progress;
        const CutSetFinder::Result result = CutSetFinder(f.tree).forAllTops(progress);
        QCOMPARE(result.status, CutSetFinder::Status::Done);
        QCOMPARE(result.families.size(), 3U);
        QCOMPARE(result.families[0].cutSets, (Sets { { 2 }, { 0, 1 } }));
        QCOMPARE(result.families[1].cutSets, (Sets { { 0, 1, 3 } }));
        QCOMPARE(result.families[2].cutSets, (Sets { { 0, 1 } }));
    }

    void constants()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1);
        const int orFailed = f.top(f.orGate({ FaultTreeFixture::failed(), a }));
        const int andWorking = f.top(f.andGate({ FaultTreeFixture::working(), a }));
        const int andFailed = f.top(f.andGate({ FaultTreeFixture::failed(), a }));
        const int orWorking = f.top(f.orGate({ FaultTreeFixture::working(), a }));
        const int failedTop = f.top(FaultTreeFixture::failed());
        const int workingTop = f.top(FaultTreeFixture::working());
        const int eventTop = f.top(a);
        QCOMPARE(familyOf(f.tree, orFailed).cutSets, (Sets { {} }));
        QCOMPARE(familyOf(f.tree, andWorking).cutSets, Sets {});
        QCOMPARE(familyOf(f.tree, andFailed).cutSets, (Sets { { 0 } }));
        QCOMPARE(familyOf(f.tree, orWorking).cutSets, (Sets { { 0 } }));
        QCOMPARE(familyOf(f.tree, failedTop).cutSets, (Sets { {} }));
        QCOMPARE(familyOf(f.tree, workingTop).cutSets, Sets {});
        QCOMPARE(familyOf(f.tree, eventTop).cutSets, (Sets { { 0 } }));
    }

    void emptyGates()
    {
        // OR of nothing never fails; AND of nothing always fails.
        FaultTreeFixture f;
        QCOMPARE(familyOf(f.tree, f.top(f.orGate({}))).cutSets, Sets {});
        QCOMPARE(familyOf(f.tree, f.top(f.andGate({}))).cutSets, (Sets { {} }));
    }

    void truncationByOrder()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1), c = f.event(0.1), d = f.event(0.1);
        const int top = f.top(f.orGate({ f.andGate({ a, b, c }), d }));
        const CutSetFinder::Family order2 = familyOf(f.tree, top, 2);
        QCOMPARE(order2.cutSets, (Sets { { 3 } }));
        QVERIFY(order2.truncated);
        const CutSetFinder::Family order3 = familyOf(f.tree, top, 3);
        QCOMPARE(order3.cutSets, (Sets { { 3 }, { 0, 1, 2 } }));
        QVERIFY(!order3.truncated);
        QVERIFY(!familyOf(f.tree, top).truncated);
    }

    void randomTreesMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomTreesMatchBruteForce()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        FaultTreeFixture f;
        const int events = 3 + int(random.bounded(8U));
        for (int i = 0; i < events; ++i)
            f.event(0.01);
        for (int t = 0; t < 4; ++t)
            f.top(randomNode(f, random, events, 4));
        for (int maxOrder : { 1, 2, 3, CutSetFinder::unboundedOrder }) {
            NoProgress progress;
            const CutSetFinder::Result result = CutSetFinder(f.tree, { maxOrder, 2'000'000, 2 }).forAllTops(progress);
            QCOMPARE(result.status, CutSetFinder::Status::Done);
            for (int t = 0; t < 4; ++t) {
                const int limit = maxOrder == CutSetFinder::unboundedOrder ? events : maxOrder;
                const Sets expected = bruteForceMinimalCutSets(f.tree, f.tree.tops[std::size_t(t)].root, limit);
                QCOMPARE(result.families[std::size_t(t)].cutSets, expected);
                if (!result.families[std::size_t(t)].truncated)
                    QCOMPARE(expected, bruteForceMinimalCutSets(f.tree, f.tree.tops[std::size_t(t)].root, events));
            }
        }
    }

    void cancelStopsTheSearch()
    {
        FaultTreeFixture f;
        const int top = f.top(f.orGate({ f.event(0.1), f.event(0.1) }));
        CancelAtOnce cancel;
        const CutSetFinder::Result result = CutSetFinder(f.tree).forTop(top, cancel);
        QCOMPARE(result.status, CutSetFinder::Status::Canceled);
        QVERIFY(result.families.empty());
    }

    // One step per gate under the requested roots, then one per family written out.
    void progressCountsEveryGateAndFamily()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.1);
        f.orGate({ a, b }); // not under the top: not computed
        const int top = f.top(f.andGate({ f.orGate({ a, b }), f.orGate({ a }) }));
        CountingProgress progress;
        QCOMPARE(CutSetFinder(f.tree).forTop(top, progress).status, CutSetFinder::Status::Done);
        QCOMPARE(progress.m_last.load(), 4);
        QCOMPARE(progress.m_total.load(), 4);
    }

    void budgetEndsAnExplosion()
    {
        // AND of 12 two-event ORs has 2^12 minimal cut sets; a budget of 1000 must stop it.
        FaultTreeFixture f;
        std::vector<FaultTree::NodeRef> ors;
        for (int i = 0; i < 12; ++i)
            ors.push_back(f.orGate({ f.event(0.1), f.event(0.1) }));
        const int index = int(f.tree.gates.size());
        f.tree.gates.push_back({ FaultTree::GateType::And, ors, QStringLiteral("big"), {} });
        const int top = f.top({ FaultTree::NodeKind::Gate, index });
        NoProgress progress;
        QCOMPARE(CutSetFinder(f.tree, { CutSetFinder::unboundedOrder, 1000, 2 }).forTop(top, progress).status,
            CutSetFinder::Status::BudgetExceeded);
        const CutSetFinder::Result all = CutSetFinder(f.tree).forTop(top, progress);
        QCOMPARE(all.status, CutSetFinder::Status::Done);
        QCOMPARE(all.families.front().cutSets.size(), 4096U);
    }
};

QTEST_GUILESS_MAIN(TestCutSets)
#include "tst_cutsets.moc"
