// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace nameplan {

class TopologyScene;

// Shows a TopologyScene: Ctrl+wheel or +/- zooms around the cursor, dragging the background
// pans, F (or "fit") shows everything. Items are vectors, so the picture stays crisp at any
// zoom and on high-DPI screens.
class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(TopologyScene* scene, QWidget* parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    // Centres the first box of the element and selects it; false when it is not drawn.
    bool reveal(const QString& elementId);

Q_SIGNALS:
    // Ctrl+F with the diagram focused: find on the diagram rather than in the element tree.
    void searchRequested();

protected:
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    TopologyScene* m_scene;
};

} // namespace nameplan
