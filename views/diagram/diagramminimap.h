// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace nameplan {

class TopologyView;

// Overview of the whole estate for large diagrams: the same scene drawn small (the items' level
// of detail leaves out what cannot be read), the main view's visible area outlined; a click or
// drag centres the main view there.
class DiagramMinimap : public QGraphicsView {
    Q_OBJECT
public:
    explicit DiagramMinimap(TopologyView* mainView, QWidget* parent = nullptr);

    // The main view's visible part of the scene, as outlined.
    QRectF visibleSceneRect() const;

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void fitScene();
    void navigateTo(const QPoint& at);

    TopologyView* m_main;
};

} // namespace nameplan
