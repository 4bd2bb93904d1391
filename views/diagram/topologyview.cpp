// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyview.h"

#include "diagramnodeitem.h"
#include "topologyscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace nameplan {

namespace {
constexpr double zoomStep = 1.2;
constexpr double minimumScale = 0.05;
constexpr double maximumScale = 8.0;
} // namespace

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setAccessibleName(tr("Topology diagram"));
    setToolTip(tr("Ctrl+wheel zooms, drag pans, F fits, Ctrl+F finds by name; double-click a component to mark it "
                  "out"));
}

void TopologyView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    if (scale < minimumScale || scale > maximumScale)
        return;
    this->scale(factor, factor);
}

void TopologyView::fitAll()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

bool TopologyView::reveal(const QString& elementId)
{
    const QList<DiagramNodeItem*> nodes = m_scene->nodesFor(elementId);
    if (nodes.isEmpty())
        return false;
    m_scene->clearSelection();
    nodes.first()->setSelected(true);
    centerOn(nodes.first());
    return true;
}

bool TopologyView::event(QEvent* event)
{
    // The main window's Ctrl+F filters the element tree; accepting the override here lets the
    // key reach keyPressEvent while the diagram has focus.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Find)) {
        event->accept();
        return true;
    }
    return QGraphicsView::event(event);
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(event->angleDelta().y() > 0 ? zoomStep : 1 / zoomStep);
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT searchRequested();
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(zoomStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / zoomStep);
        break;
    case Qt::Key_F:
        fitAll();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace nameplan
