// SPDX-License-Identifier: GPL-3.0-or-later
// The topology diagram on the bundled estates: laid out by Graphviz within a bound, every
// authority drawn inside the regions of its sites, outage state shown, rendered non-blank.

#include "diagramclusteritem.h"
#include "diagramedgeitem.h"
#include "diagramnodeitem.h"
#include "modelfile.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QApplication>
#include <QMouseEvent>

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace nameplan;

namespace {
void sendMouse(QWidget* target, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, target->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

Model load(const char* name)
{
    const ModelFile::LoadResult result
        = ModelFile::load(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/") + QString::fromLatin1(name));
    return result.model;
}

QRectF clusterRect(const TopologyScene& scene, const QString& region)
{
    for (DiagramClusterItem* c : scene.clusters()) {
        if (c->regionId() == region)
            return c->boundingRect();
    }
    return {};
}
} // namespace

class TestDiagram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authoritiesSitInTheirRegions()
    {
        const Model model = load("acme-identity.nameplan.json");
        TopologyScene scene;
        QCOMPARE(scene.setModel(model), QString());
        for (const Authority& a : model.authorities) {
            const QList<DiagramNodeItem*> sites = scene.nodesFor(a.id);
            QCOMPARE(sites.size(), qsizetype(a.regions.size())); // anycast: one box per site region
            for (DiagramNodeItem* site : sites) {
                const QRectF region = clusterRect(scene, site->node().cluster);
                QVERIFY2(region.contains(site->sceneBoundingRect().center()), qPrintable(site->node().key));
                QVERIFY(a.regions.contains(site->node().cluster));
            }
        }
        // Nested regions: eu-west lies inside europe.
        QVERIFY(clusterRect(scene, QStringLiteral("europe")).contains(clusterRect(scene, QStringLiteral("eu-west"))));
        // Every zone, name and service has a box in the dependency layer.
        for (const Service& s : model.services)
            QCOMPARE(scene.nodesFor(s.id).size(), 1);
    }

    void outageStateIsShown()
    {
        const Model model = load("acme-identity.nameplan.json");
        TopologyScene scene;
        QCOMPARE(scene.setModel(model), QString());
        scene.setOutage({ QStringLiteral("shieldco"), QStringLiteral("eu-west") }, { QStringLiteral("sso") });
        QCOMPARE(scene.nodesFor(QStringLiteral("sso")).first()->state(), DiagramPalette::State::Affected);
        QCOMPARE(scene.nodesFor(QStringLiteral("vpn")).first()->state(), DiagramPalette::State::Normal);
        const auto broken = std::count_if(scene.edges().begin(), scene.edges().end(),
            [](DiagramEdgeItem* e) { return e->to()->node().elementId == u"sso" && e->pen().widthF() > 1.5; });
        QVERIFY(broken > 0);
        scene.setOutage({}, {});
        QCOMPARE(scene.nodesFor(QStringLiteral("sso")).first()->state(), DiagramPalette::State::Normal);
    }

    void draggingReportsThePositionToSave()
    {
        TopologyScene scene;
        QCOMPARE(scene.setModel(load("acme-identity.nameplan.json")), QString());
        TopologyView view(&scene);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view, 5000));
        QVERIFY(view.reveal(QStringLiteral("zone-api")));
        DiagramNodeItem* zone = scene.nodesFor(QStringLiteral("zone-api")).first();
        const QPointF before = zone->pos();
        QSignalSpy moved(&scene, &TopologyScene::elementMoved);
        QSignalSpy clicked(&scene, &TopologyScene::elementClicked);
        const QPoint start = view.mapFromScene(before);
        const QPoint end = start + QPoint(60, 40);
        sendMouse(view.viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            sendMouse(view.viewport(), QEvent::MouseMove, start + (end - start) * step / 4, Qt::LeftButton);
        sendMouse(view.viewport(), QEvent::MouseButtonRelease, end, Qt::NoButton);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("zone-api"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().toString(), QStringLiteral("zone-api"));
        QVERIFY(moved.first().at(1).toPointF() != before);
        QCOMPARE(moved.first().at(1).toPointF(), zone->pos());
    }

    void savedPositionsAreApplied()
    {
        Model model = load("acme-identity.nameplan.json");
        model.zones[0].position = QPointF(-500, -400);
        TopologyScene scene;
        QCOMPARE(scene.setModel(model), QString());
        QCOMPARE(scene.nodesFor(model.zones[0].id).first()->pos(), QPointF(-500, -400));
    }

    void largeEstateLaysOutWithinBound()
    {
        const Model model = load("global-enterprise.nameplan.json");
        TopologyScene scene;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(scene.setModel(model), QString());
        const qint64 ms = timer.elapsed();
        qInfo("global-enterprise: %lld nodes, %lld edges laid out in %lld ms", qint64(scene.nodes().size()),
            qint64(scene.edges().size()), ms);
        QVERIFY2(ms < 30000, "layout of the large example must complete within 30 s on CI");
        QVERIFY(scene.nodes().size() > 400);
    }

    void rendersNonBlank()
    {
        TopologyScene scene;
        QCOMPARE(scene.setModel(load("acme-identity.nameplan.json")), QString());
        scene.setOutage({ QStringLiteral("shieldco") }, { QStringLiteral("sso"), QStringLiteral("idp") });
        const QSize size = (scene.sceneRect().size() * 1.0).toSize();
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
        image.save(QStringLiteral(NAMEPLAN_BINARY_DIR "/tst_diagram_acme.png"));
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
