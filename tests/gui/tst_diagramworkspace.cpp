// SPDX-License-Identifier: GPL-3.0-or-later
// Outage mode as the review room uses it: double-clicking a component in the diagram marks it
// out, the failing services are exactly those the engine computes, undo brings it back, and
// dragging a box stores its position in the model as an undoable edit. The summary of an outage
// counts in real plural forms, in English and in German (the catalogues the build compiles).

#include "diagramclusteritem.h"
#include "diagramminimap.h"
#include "diagramnodeitem.h"
#include "diagramworkspace.h"
#include "exampledocument.h"
#include "faulttreebuilder.h"
#include "modeldocument.h"
#include "outageparser.h"
#include "outagesession.h"
#include "scenarioevaluator.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace nameplan;

namespace {

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, target->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

// Double-clicks the element's box, or for a region the corner of its container.
void doubleClick(TopologyView* view, const QString& elementId)
{
    auto* scene = static_cast<TopologyScene*>(view->scene());
    QPointF target;
    if (DiagramClusterItem* region = scene->clusterFor(elementId)) {
        target = region->boundingRect().topLeft() + QPointF(8, 8);
        view->centerOn(target);
    } else {
        QVERIFY(view->reveal(elementId));
        target = scene->nodesFor(elementId).first()->pos();
    }
    const QPoint at = view->mapFromScene(target);
    sendMouse(view->viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
    sendMouse(view->viewport(), QEvent::MouseButtonDblClick, at, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
}

// What the engine itself says fails, straight from the fault tree.
QSet<QString> engineFailures(const Model& model, const QStringList& outages)
{
    const FaultTree tree = FaultTreeBuilder::build(model, std::nullopt);
    const ScenarioEvaluator evaluator(tree);
    const std::vector<bool> failed = evaluator.failedTops(OutageParser::parseIds(tree, outages).events);
    QSet<QString> services;
    for (size_t top = 0; top < tree.tops.size(); ++top) {
        if (failed[top])
            services.insert(tree.tops[top].serviceId);
    }
    return services;
}

QSet<QString> listed(const QStringList& ids)
{
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

class TestDiagramWorkspace : public QObject {
    Q_OBJECT

private:
    ModelDocument* m_document = nullptr;
    DiagramWorkspace* m_workspace = nullptr;

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

    // Ctrl+F on the diagram, type part of a name, Enter: the match is selected and in view;
    // F3 walks every match once and wraps, Shift+F3 goes back.
    void ctrlFFindsSelectsAndCentres()
    {
        TopologyView* view = m_workspace->view();
        auto* scene = static_cast<TopologyScene*>(view->scene());
        view->resetTransform();
        view->scale(3, 3); // most of the estate is off screen
        view->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 2000);
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        auto* find = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(find, "Ctrl+F on the diagram focuses the find field");

        const QString text = QStringLiteral("acme");
        QSet<QString> expected;
        for (DiagramNodeItem* node : scene->nodes()) {
            if (node->node().elementId.contains(text, Qt::CaseInsensitive)
                || node->node().label.contains(text, Qt::CaseInsensitive))
                expected.insert(node->node().elementId);
        }
        QVERIFY(expected.size() > 2);
        QTest::keyClicks(find, text);
        QSet<QString> visited;
        QString first;
        for (int i = 0; i < expected.size(); ++i) {
            if (i == 0)
                QTest::keyClick(find, Qt::Key_Return);
            else
                QTest::keySequence(find, QKeySequence::FindNext);
            const QList<QGraphicsItem*> selected = scene->selectedItems();
            QCOMPARE(selected.size(), 1);
            auto* node = dynamic_cast<DiagramNodeItem*>(selected.first());
            QVERIFY(node);
            const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
            QVERIFY2(visible.contains(node->sceneBoundingRect().center()), qPrintable(node->node().elementId));
            visited.insert(node->node().elementId);
            if (i == 0)
                first = node->node().elementId;
        }
        QCOMPARE(visited, expected);
        QTest::keySequence(find, QKeySequence::FindNext); // wraps to the first
        QCOMPARE(dynamic_cast<DiagramNodeItem*>(scene->selectedItems().first())->node().elementId, first);
        QTest::keySequence(find, QKeySequence::FindPrevious); // and back to the last
        QVERIFY(dynamic_cast<DiagramNodeItem*>(scene->selectedItems().first())->node().elementId != first);

        QSignalSpy messages(m_workspace, &DiagramWorkspace::message);
        find->setText(QStringLiteral("no-such-element-anywhere"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("no-such-element-anywhere")));
    }

    // The overview outlines what the diagram shows; a click and a drag on it move the diagram
    // there, and nothing in the model or the outage changes.
    void minimapShowsAndNavigates()
    {
        TopologyView* view = m_workspace->view();
        DiagramMinimap* minimap = m_workspace->minimap();
        QVERIFY(minimap);
        view->resetTransform();
        view->scale(3, 3);
        QCoreApplication::processEvents();
        const QRectF scene = view->scene()->sceneRect();
        const QRectF shown = minimap->visibleSceneRect();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.width() < scene.width() / 2); // zoomed in: a small part of the estate
        QVERIFY(minimap->mapToScene(minimap->viewport()->rect()).boundingRect().contains(scene.center()));

        for (const QPointF target : { scene.topLeft() + QPointF(scene.width() * 0.8, scene.height() * 0.75),
                 scene.topLeft() + QPointF(scene.width() * 0.2, scene.height() * 0.3) }) {
            const QPoint at = minimap->mapFromScene(target);
            QTest::mouseClick(minimap->viewport(), Qt::LeftButton, {}, at);
            const QRectF now = minimap->visibleSceneRect();
            QVERIFY2(now.contains(target), "the diagram shows the clicked place");
            QVERIFY(now != shown);
        }
        // Dragging follows the mouse.
        const QPointF from = scene.topLeft() + QPointF(scene.width() * 0.3, scene.height() * 0.5);
        const QPointF to = scene.topLeft() + QPointF(scene.width() * 0.7, scene.height() * 0.5);
        QTest::mousePress(minimap->viewport(), Qt::LeftButton, {}, minimap->mapFromScene(from));
        QMouseEvent move(QEvent::MouseMove, minimap->mapFromScene(to),
            minimap->viewport()->mapToGlobal(minimap->mapFromScene(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(minimap->viewport(), &move);
        QTest::mouseRelease(minimap->viewport(), Qt::LeftButton, {}, minimap->mapFromScene(to));
        QVERIFY(minimap->visibleSceneRect().contains(to));
        QVERIFY(m_workspace->session()->outages().isEmpty());
        QVERIFY(view->scene()->selectedItems().isEmpty());
        QVERIFY(m_document->undoStack()->count() == 0);
    }

    void doubleClickMarksOutAndUndoRestores()
    {
        OutageSession* session = m_workspace->session();
        QVERIFY(session->failedServices().isEmpty());
        doubleClick(m_workspace->view(), QStringLiteral("shieldco"));
        QCOMPARE(session->outages(), QStringList { QStringLiteral("shieldco") });
        const QSet<QString> expected = engineFailures(m_document->model(), { QStringLiteral("shieldco") });
        QCOMPARE(listed(session->failedServices()), expected);
        for (const char* identity : { "sso", "idp", "token" })
            QVERIFY2(expected.contains(QString::fromLatin1(identity)), identity);
        auto* failing = m_workspace->findChild<QListWidget*>();
        QVERIFY(failing);
        auto* scene = static_cast<TopologyScene*>(m_workspace->view()->scene());
        QCOMPARE(scene->nodesFor(QStringLiteral("shieldco")).first()->state(), DiagramPalette::State::Failed);
        QCOMPARE(scene->nodesFor(QStringLiteral("sso")).first()->state(), DiagramPalette::State::Affected);

        session->undoStack()->undo();
        QVERIFY(session->outages().isEmpty());
        QVERIFY(session->failedServices().isEmpty());
        QCOMPARE(scene->nodesFor(QStringLiteral("sso")).first()->state(), DiagramPalette::State::Normal);
    }

    void summaryCountsInPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("outages");
        QTest::addColumn<QString>("expected"); // %1 failing, %2 of the services
        QTest::newRow("en, one") << QStringLiteral("en") << QStringList { QStringLiteral("shieldco") }
                                 << QStringLiteral("1 component out: %1 of %2 services fail.");
        QTest::newRow("en, two") << QStringLiteral("en")
                                 << QStringList { QStringLiteral("eu-west"), QStringLiteral("ns3") }
                                 << QStringLiteral("2 components out: %1 of %2 services fail.");
        QTest::newRow("de, one") << QStringLiteral("de") << QStringList { QStringLiteral("shieldco") }
                                 << QStringLiteral("1 Komponente ausgefallen: %1 von %2 Diensten fallen aus.");
        QTest::newRow("de, two") << QStringLiteral("de")
                                 << QStringList { QStringLiteral("eu-west"), QStringLiteral("ns3") }
                                 << QStringLiteral("2 Komponenten ausgefallen: %1 von %2 Diensten fallen aus.");
    }

    void summaryCountsInPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, outages);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(
            QStringLiteral("nameplan_") + language, QStringLiteral(NAMEPLAN_BINARY_DIR "/packaging/translations")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        for (const QString& id : outages)
            doubleClick(m_workspace->view(), id);
        const qsizetype failing = engineFailures(m_document->model(), outages).size();
        QVERIFY(failing > 1); // the plural of the failing services; the singular is below
        const QLabel* summary = m_workspace->findChild<QLabel*>(QStringLiteral("outageSummary"));
        QTRY_COMPARE_WITH_TIMEOUT(
            summary->text(), expected.arg(failing).arg(m_document->model().services.size()), 5000);
        const QString one = language == u"en" ? QStringLiteral("1 of 8 services fails.")
                                              : QStringLiteral("1 von 8 Diensten fällt aus.");
        QCOMPARE(
            QCoreApplication::translate("nameplan::DiagramWorkspace", "%n of %1 services fail(s).", nullptr, 1).arg(8),
            one);
    }

    void servicesAreNotComponents()
    {
        doubleClick(m_workspace->view(), QStringLiteral("sso"));
        QVERIFY(m_workspace->session()->outages().isEmpty());
    }

    void secondOutageAddsUp()
    {
        OutageSession* session = m_workspace->session();
        doubleClick(m_workspace->view(), QStringLiteral("eu-west"));
        doubleClick(m_workspace->view(), QStringLiteral("ns3"));
        QCOMPARE(listed(session->outages()), listed({ QStringLiteral("eu-west"), QStringLiteral("ns3") }));
        QCOMPARE(listed(session->failedServices()),
            engineFailures(m_document->model(), { QStringLiteral("eu-west"), QStringLiteral("ns3") }));
    }

    void savedScenariosApplyAndNewOnesAreSavedUndoably()
    {
        QComboBox* scenarios = nullptr;
        for (auto* box : m_workspace->findChildren<QComboBox*>()) {
            if (box->accessibleName() == u"Saved scenarios")
                scenarios = box;
        }
        QVERIFY(scenarios);
        const int index = scenarios->findData(QStringLiteral("s-primary-3w"));
        QVERIFY(index > 0);
        scenarios->setCurrentIndex(index);
        Q_EMIT scenarios->activated(index);
        OutageSession* session = m_workspace->session();
        QCOMPARE(session->outages(), QStringList { QStringLiteral("hp1") });
        QCOMPARE(session->duration().value_or(-1), 21 * 86400);
        QVERIFY(session->failedServices().contains(QStringLiteral("sso"))); // 3 weeks > SOA expire

        QPushButton* save = nullptr;
        for (auto* button : m_workspace->findChildren<QPushButton*>()) {
            if (button->text() == u"Save as scenario")
                save = button;
        }
        QVERIFY(save);
        const size_t before = m_document->model().scenarios.size();
        save->click();
        QCOMPARE(m_document->model().scenarios.size(), before + 1);
        const Scenario& saved = m_document->model().scenarios.back();
        QCOMPARE(saved.outages, QStringList { QStringLiteral("hp1") });
        QCOMPARE(saved.duration.value_or(-1), 21 * 86400);
        m_document->undoStack()->undo(); // one step for the whole save
        QCOMPARE(m_document->model().scenarios.size(), before);
    }

    void outageOnTheLargeExample()
    {
        bool loaded = false;
        m_document->load(
            QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/global-enterprise.nameplan.json"), false, &loaded);
        QVERIFY(loaded);
        m_workspace->refreshNow();
        QElapsedTimer timer;
        timer.start();
        doubleClick(m_workspace->view(), QStringLiteral("scrubber")); // what a click costs: no relayout
        m_workspace->view()->viewport()->repaint();
        const double ms = timer.nsecsElapsed() / 1e6;
        // Printed, not asserted: the 50 ms target is bench/diagram's (a timed test fails under
        // the sanitizers or on a loaded machine).
        qInfo("global-enterprise: outage re-analysed and repainted in %.1f ms", ms);
        QCOMPARE(m_workspace->session()->outages(), QStringList { QStringLiteral("scrubber") });
        QVERIFY(!m_workspace->session()->failedServices().isEmpty());
    }

    void draggingStoresThePositionUndoably()
    {
        TopologyView* view = m_workspace->view();
        QVERIFY(view->reveal(QStringLiteral("zone-api")));
        auto* scene = static_cast<TopologyScene*>(view->scene());
        const QPoint start = view->mapFromScene(scene->nodesFor(QStringLiteral("zone-api")).first()->pos());
        const QPoint end = start + QPoint(50, 30);
        sendMouse(view->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            sendMouse(view->viewport(), QEvent::MouseMove, start + (end - start) * step / 4, Qt::LeftButton);
        sendMouse(view->viewport(), QEvent::MouseButtonRelease, end, Qt::NoButton);
        const auto zone = std::find_if(m_document->model().zones.begin(), m_document->model().zones.end(),
            [](const Zone& z) { return z.id == u"zone-api"; });
        QVERIFY(zone->position.has_value());
        QVERIFY(m_document->isModified());
        m_document->undoStack()->undo();
        QVERIFY(!m_document->isModified());
    }
};

QTEST_MAIN(TestDiagramWorkspace)
#include "tst_diagramworkspace.moc"
