// SPDX-License-Identifier: GPL-3.0-or-later
#include "examplemodels.h"
#include "outagesession.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QElapsedTimer>
#include <QTest>

using namespace nameplan;

// The outage-mode budget end to end: toggle a component, re-evaluate, push the outage into
// the diagram and repaint the view synchronously, on the large example.
class TestOutageRepaint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toggleAndRepaintLargeExample();
};

void TestOutageRepaint::toggleAndRepaintLargeExample()
{
    const Model model = testing::exampleModel(QStringLiteral("global-enterprise.nameplan.json"));
    QVERIFY(!model.services.empty());
    OutageSession session;
    session.setModel(model);
    TopologyScene scene;
    QCOMPARE(scene.setModel(model), QString());
    TopologyView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view, 5000));
    view.fitAll();
    view.viewport()->repaint();

    QStringList ids;
    for (const FaultTree::BasicEvent& event : session.tree().events)
        ids.append(event.id);
    qint64 worstNs = 0;
    qint64 totalNs = 0;
    qint64 evaluateNs = 0;
    qint64 sceneNs = 0;
    int toggles = 0;
    int affected = 0;
    for (int i = 0; i < ids.size(); i += qMax(1, int(ids.size()) / 30)) {
        QElapsedTimer timer;
        timer.start();
        session.toggle(ids[i]);
        evaluateNs += timer.nsecsElapsed();
        const qint64 sceneStart = timer.nsecsElapsed();
        const QStringList outages = session.outages();
        scene.setOutage(QSet<QString>(outages.begin(), outages.end()), session.affectedElements());
        sceneNs += timer.nsecsElapsed() - sceneStart;
        view.viewport()->repaint();
        const qint64 ns = timer.nsecsElapsed();
        worstNs = qMax(worstNs, ns);
        totalNs += ns;
        affected = qMax(affected, int(session.affectedElements().size()));
        ++toggles;
    }
    QVERIFY(toggles > 0);
    QVERIFY(affected > 0);
    qInfo("global-enterprise: %d toggles with repaint (up to %d affected elements), mean %.1f ms (evaluation %.1f, "
          "setOutage %.1f, repaint the rest), worst %.1f ms",
        toggles, affected, double(totalNs) / toggles / 1e6, double(evaluateNs) / toggles / 1e6,
        double(sceneNs) / toggles / 1e6, double(worstNs) / 1e6);
    // The 50 ms target is measured by bench/diagram, not here: a timed test fails on a loaded
    // machine or under the sanitizers. This bound only catches a hang.
    QVERIFY2(worstNs < 20'000'000'000, "toggle with repaint took longer than 20 s");
}

QTEST_MAIN(TestOutageRepaint)
#include "tst_outagerepaint.moc"
