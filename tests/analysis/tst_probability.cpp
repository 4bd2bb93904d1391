// SPDX-License-Identifier: GPL-3.0-or-later
// Exact top-event unavailability and importance measures on trees with known results, and on
// random trees against the sum over all 2^n outage sets computed independently here.
#include "faulttreefixture.h"
#include "probabilityanalysis.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace nameplan;

namespace {

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

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

double bruteForceProbability(const FaultTree& tree, FaultTree::NodeRef root)
{
    const quint32 n = quint32(tree.events.size());
    double total = 0;
    for (quint32 outage = 0; outage < (1U << n); ++outage) {
        if (!fails(tree, root, outage))
            continue;
        double weight = 1;
        for (quint32 i = 0; i < n; ++i) {
            const double p = tree.events[i].unavailability.value_or(0.0);
            weight *= (outage & (1U << i)) ? p : 1 - p;
        }
        total += weight;
    }
    return total;
}

const ProbabilityAnalysis::Importance& importanceOf(const ProbabilityAnalysis::TopResult& result, int event)
{
    for (const ProbabilityAnalysis::Importance& importance : result.importance) {
        if (importance.event == event)
            return importance;
    }
    qFatal("event %d has no importance entry", event);
}

} // namespace

class TestProbability : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gatesOfIndependentEvents()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.2);
        const int single = f.top(a);
        const int either = f.top(f.orGate({ a, b }));
        const int both = f.top(f.andGate({ a, b }));
        ProbabilityAnalysis analysis(f.tree);
        QVERIFY(close(analysis.unavailability(single), 0.1));
        QVERIFY(close(analysis.unavailability(either), 1 - 0.9 * 0.8));
        QVERIFY(close(analysis.unavailability(both), 0.02));
    }

    void twoOutOfThree()
    {
        // Fails when at least two of three fail: ab + ac + bc - 2abc.
        FaultTreeFixture f;
        const double pa = 0.1, pb = 0.2, pc = 0.3;
        const auto a = f.event(pa), b = f.event(pb), c = f.event(pc);
        const int top = f.top(f.orGate({ f.andGate({ a, b }), f.andGate({ a, c }), f.andGate({ b, c }) }));
        ProbabilityAnalysis analysis(f.tree);
        QVERIFY(close(analysis.unavailability(top), pa * pb + pa * pc + pb * pc - 2 * pa * pb * pc));
    }

    void sharedEventsAreNotCountedTwice()
    {
        // (a | b) & (a | c) = a | (b & c): the min-cut upper bound would be wrong here.
        FaultTreeFixture f;
        const auto a = f.event(0.1), b = f.event(0.2), c = f.event(0.3);
        const int top = f.top(f.andGate({ f.orGate({ a, b }), f.orGate({ a, c }) }));
        ProbabilityAnalysis analysis(f.tree);
        QVERIFY(close(analysis.unavailability(top), 0.1 + 0.9 * 0.06));
    }

    void constants()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.25);
        const int failedTop = f.top(FaultTreeFixture::failed());
        const int workingTop = f.top(FaultTreeFixture::working());
        const int orFailed = f.top(f.orGate({ a, FaultTreeFixture::failed() }));
        const int andFailed = f.top(f.andGate({ a, FaultTreeFixture::failed() }));
        const int andWorking = f.top(f.andGate({ a, FaultTreeFixture::working() }));
        ProbabilityAnalysis analysis(f.tree);
        QCOMPARE(analysis.unavailability(failedTop), 1.0);
        QCOMPARE(analysis.unavailability(workingTop), 0.0);
        QCOMPARE(analysis.unavailability(orFailed), 1.0);
        QCOMPARE(analysis.unavailability(andFailed), 0.25);
        QCOMPARE(analysis.unavailability(andWorking), 0.0);
        QVERIFY(analysis.analyze(orFailed).importance.empty()); // a cannot matter any more
    }

    void eventsWithoutDataAreNamedAndTakenAsZero()
    {
        FaultTreeFixture f;
        const auto a = f.event(0.5), unknown = f.eventWithoutData();
        f.eventWithoutData(); // not under the top: not reported for it
        const int top = f.top(f.orGate({ a, unknown }));
        ProbabilityAnalysis analysis(f.tree);
        const ProbabilityAnalysis::TopResult result = analysis.analyze(top);
        QCOMPARE(result.unavailability, 0.5);
        QCOMPARE(result.eventsWithoutData, std::vector<int> { 1 });
    }

    void importanceTextbookExample()
    {
        // T = A | (B & C), pA = 0.01, pB = 0.1, pC = 0.2: P = 0.01 + 0.99 * 0.02 = 0.0298.
        FaultTreeFixture f;
        const auto a = f.event(0.01), b = f.event(0.1), c = f.event(0.2);
        const int top = f.top(f.orGate({ a, f.andGate({ b, c }) }));
        ProbabilityAnalysis analysis(f.tree);
        const ProbabilityAnalysis::TopResult result = analysis.analyze(top);
        const double p = 0.0298;
        QVERIFY(close(result.unavailability, p));
        QCOMPARE(result.importance.size(), 3U);

        const auto& ia = importanceOf(result, 0); // A: P1 = 1, P0 = 0.02
        QVERIFY(close(ia.birnbaum, 0.98));
        QVERIFY(close(ia.fussellVesely, (p - 0.02) / p));
        QVERIFY(close(*ia.riskAchievementWorth, 1 / p));
        QVERIFY(close(*ia.riskReductionWorth, p / 0.02));

        const auto& ib = importanceOf(result, 1); // B: P1 = 0.01 + 0.99 * 0.2 = 0.208, P0 = 0.01
        QVERIFY(close(ib.birnbaum, 0.198));
        QVERIFY(close(ib.fussellVesely, (p - 0.01) / p));
        QVERIFY(close(*ib.riskAchievementWorth, 0.208 / p));
        QVERIFY(close(*ib.riskReductionWorth, p / 0.01));

        const auto& ic = importanceOf(result, 2); // C: P1 = 0.01 + 0.99 * 0.1 = 0.109, P0 = 0.01
        QVERIFY(close(ic.birnbaum, 0.099));
        QVERIFY(close(*ic.riskAchievementWorth, 0.109 / p));
    }

    void undefinedRatiosAreUnset()
    {
        // T = a & b with pb = 0: P = 0, so FV is 0 and RAW undefined; removing a makes P0 = 0.
        FaultTreeFixture f;
        const auto a = f.event(0.5), b = f.event(0.0);
        const int top = f.top(f.andGate({ a, b }));
        ProbabilityAnalysis analysis(f.tree);
        const ProbabilityAnalysis::TopResult result = analysis.analyze(top);
        QCOMPARE(result.unavailability, 0.0);
        const auto& ib = importanceOf(result, 1);
        QCOMPARE(ib.birnbaum, 0.5);
        QCOMPARE(ib.fussellVesely, 0.0);
        QVERIFY(!ib.riskAchievementWorth);
        QVERIFY(!ib.riskReductionWorth);
    }

    void randomTreesMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomTreesMatchBruteForce()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        FaultTreeFixture f;
        const int events = 3 + int(random.bounded(7U));
        for (int i = 0; i < events; ++i)
            f.event(random.generateDouble());
        std::vector<FaultTree::NodeRef> nodes;
        for (int i = 0; i < events; ++i)
            nodes.push_back({ FaultTree::NodeKind::Event, i });
        for (int g = 0; g < 12; ++g) {
            std::vector<FaultTree::NodeRef> inputs;
            for (int k = 0, arity = 1 + int(random.bounded(3U)); k < arity; ++k)
                inputs.push_back(nodes[random.bounded(quint32(nodes.size()))]);
            f.tree.gates.push_back({ random.bounded(2U) ? FaultTree::GateType::Or : FaultTree::GateType::And, inputs,
                QStringLiteral("g%1").arg(g), {} });
            nodes.push_back({ FaultTree::NodeKind::Gate, g });
        }
        for (int g = 8; g < 12; ++g)
            f.top({ FaultTree::NodeKind::Gate, g });
        ProbabilityAnalysis analysis(f.tree);
        NoProgress progress;
        const std::vector<ProbabilityAnalysis::TopResult> results = analysis.analyzeAll(progress);
        QCOMPARE(results.size(), 4U);
        for (std::size_t t = 0; t < 4; ++t) {
            const FaultTree::NodeRef root = f.tree.tops[t].root;
            QVERIFY(close(results[t].unavailability, bruteForceProbability(f.tree, root)));
            for (const ProbabilityAnalysis::Importance& importance : results[t].importance) {
                // Birnbaum against the conditional probabilities computed by brute force.
                FaultTree conditioned = f.tree;
                conditioned.events[std::size_t(importance.event)].unavailability = 1.0;
                const double p1 = bruteForceProbability(conditioned, root);
                conditioned.events[std::size_t(importance.event)].unavailability = 0.0;
                const double p0 = bruteForceProbability(conditioned, root);
                QVERIFY(close(importance.birnbaum, p1 - p0));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProbability)
#include "tst_probability.moc"
