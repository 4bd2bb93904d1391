// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampalette.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace nameplan {

class DiagramClusterItem;
class DiagramEdgeItem;
class DiagramNodeItem;
class Model;
struct DiagramGraph;
struct DiagramLayout;

// The estate drawn: regions as nested containers, authorities inside the regions of their
// sites, providers as colours, transfer and signing links, and the dependency layer of zones,
// names and services. One scene serves the screen, PNG, SVG and the PDF report, so there is
// one drawing code path. Outage state is pushed in by element id.
class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit TopologyScene(QObject* parent = nullptr);

    // Rebuilds the diagram (layout by Graphviz, saved positions applied). Empty on success,
    // otherwise why the layout failed (the scene then stays empty).
    QString setModel(const Model& model);
    // The same with the graph and its layout computed by the caller, so that several scenes
    // (scenarios side by side) share one layout: Graphviz need not place a graph the same way
    // twice in one process.
    QString setModel(const Model& model, const DiagramGraph& graph, const DiagramLayout& layout);

    // `failed`: components that are out. `affected`: elements that fail because of them
    // (authorities, zones, names, services). Links into a failed element are drawn broken.
    void setOutage(const QSet<QString>& failed, const QSet<QString>& affected);
    // Elements to pick out, e.g. the members of a selected cut set.
    void setHighlighted(const QSet<QString>& ids);

    QList<DiagramNodeItem*> nodesFor(const QString& elementId) const { return m_nodesByElement.values(elementId); }
    DiagramClusterItem* clusterFor(const QString& regionId) const;
    const QList<DiagramNodeItem*>& nodes() const { return m_nodes; }
    const QList<DiagramEdgeItem*>& edges() const { return m_edges; }
    const QList<DiagramClusterItem*>& clusters() const { return m_clusters; }

Q_SIGNALS:
    void elementClicked(const QString& id);
    void elementDoubleClicked(const QString& id);
    // The user dragged a box: the position to save in the model.
    void elementMoved(const QString& id, const QPointF& position);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    DiagramNodeItem* nodeAt(const QPointF& scenePos) const;
    DiagramClusterItem* clusterAt(const QPointF& scenePos) const;
    void applySavedPositions(const Model& model);
    void addLegend(const Model& model);
    void refreshStates();

    DiagramPalette m_palette;
    QList<DiagramNodeItem*> m_nodes;
    QList<DiagramEdgeItem*> m_edges;
    QList<DiagramClusterItem*> m_clusters;
    QMultiHash<QString, DiagramNodeItem*> m_nodesByElement;
    QSet<QString> m_failed;
    QSet<QString> m_affected;
    QSet<QString> m_highlighted;
    DiagramNodeItem* m_pressed = nullptr;
    QPointF m_pressedAt;
};

} // namespace nameplan
