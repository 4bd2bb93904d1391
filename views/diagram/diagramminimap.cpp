// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramminimap.h"

#include "topologyview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace nameplan {

DiagramMinimap::DiagramMinimap(TopologyView* mainView, QWidget* parent)
    : QGraphicsView(mainView->scene(), parent)
    , m_main(mainView)
{
    setInteractive(false); // clicks navigate; they never select, drag or mark anything out
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Diagram overview"));
    setToolTip(tr("The whole estate; the outlined area is what the diagram shows. Click or drag to move there."));
    const auto follow = [this] { viewport()->update(); };
    connect(m_main->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_main->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(m_main->horizontalScrollBar(), &QScrollBar::rangeChanged, this, follow); // zoom
    connect(scene(), &QGraphicsScene::sceneRectChanged, this, &DiagramMinimap::fitScene);
}

QRectF DiagramMinimap::visibleSceneRect() const
{
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect().intersected(scene()->sceneRect());
}

void DiagramMinimap::drawForeground(QPainter* painter, const QRectF&)
{
    QColor fill = palette().color(QPalette::Highlight);
    QPen pen(fill, 2);
    pen.setCosmetic(true); // the same width however small the overview is drawn
    fill.setAlpha(40);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(visibleSceneRect());
}

void DiagramMinimap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        navigateTo(event->position().toPoint());
    event->accept();
}

void DiagramMinimap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        navigateTo(event->position().toPoint());
    event->accept();
}

void DiagramMinimap::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

void DiagramMinimap::wheelEvent(QWheelEvent* event)
{
    event->accept(); // the overview always shows everything: no scrolling or zooming it
}

void DiagramMinimap::fitScene()
{
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void DiagramMinimap::navigateTo(const QPoint& at)
{
    m_main->centerOn(mapToScene(at));
    viewport()->update();
}

} // namespace nameplan
