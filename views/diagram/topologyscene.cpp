// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyscene.h"

#include "diagrambuilder.h"
#include "diagramclusteritem.h"
#include "diagramedgeitem.h"
#include "diagramlegenditem.h"
#include "diagramnodeitem.h"
#include "graphvizlayout.h"
#include "model.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>

namespace nameplan {

namespace {
constexpr double sceneMargin = 24;

int depthOf(const DiagramGraph& graph, const QString& regionId)
{
    int depth = 0;
    QString current = regionId;
    for (int guard = 0; guard < 64 && !current.isEmpty(); ++guard) {
        const auto it = std::find_if(graph.clusters.begin(), graph.clusters.end(),
            [&](const DiagramCluster& c) { return c.regionId == current; });
        if (it == graph.clusters.end())
            break;
        current = it->parentRegionId;
        ++depth;
    }
    return depth;
}
} // namespace

TopologyScene::TopologyScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_palette(QApplication::palette())
{
}

QString TopologyScene::setModel(const Model& model)
{
    const DiagramGraph graph = DiagramBuilder::build(model);
    return setModel(model, graph, GraphvizLayout::run(graph));
}

QString TopologyScene::setModel(const Model& model, const DiagramGraph& graph, const DiagramLayout& layout)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_clusters.clear();
    m_nodesByElement.clear();
    m_pressed = nullptr;
    m_palette = DiagramPalette(QApplication::palette());
    QStringList providerIds;
    for (const Provider& p : model.providers)
        providerIds.append(p.id);
    m_palette.setProviders(providerIds);
    setBackgroundBrush(m_palette.background());

    if (!layout.error.isEmpty())
        return layout.error;
    for (const DiagramCluster& cluster : graph.clusters) {
        auto* item = new DiagramClusterItem(cluster.regionId, cluster.label, layout.clusters.value(cluster.regionId),
            depthOf(graph, cluster.regionId), &m_palette);
        addItem(item);
        m_clusters.append(item);
    }
    QHash<QString, DiagramNodeItem*> byKey;
    for (const DiagramNode& node : graph.nodes) {
        auto* item = new DiagramNodeItem(node, layout.nodes.value(node.key), &m_palette);
        addItem(item);
        m_nodes.append(item);
        byKey.insert(node.key, item);
        m_nodesByElement.insert(node.elementId, item);
    }
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        DiagramNodeItem* from = byKey.value(graph.edges[i].from);
        DiagramNodeItem* to = byKey.value(graph.edges[i].to);
        if (!from || !to || layout.edges[i].isEmpty())
            continue;
        auto* item = new DiagramEdgeItem(graph.edges[i], from, to, layout.edges[i], &m_palette);
        addItem(item);
        from->addEdge(item);
        to->addEdge(item);
        m_edges.append(item);
    }
    applySavedPositions(model);
    addLegend(model);
    setSceneRect(itemsBoundingRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin));
    refreshStates();
    return {};
}

void TopologyScene::applySavedPositions(const Model& model)
{
    for (ElementKind kind : allElementKinds) {
        for (int row = 0; row < model.count(kind); ++row) {
            const ElementBase& element = model.element(kind, row);
            const QList<DiagramNodeItem*> items = m_nodesByElement.values(element.id);
            if (element.position && items.size() == 1)
                items.first()->setPos(*element.position);
        }
    }
}

void TopologyScene::addLegend(const Model& model)
{
    std::vector<DiagramLegendItem::Entry> providers;
    for (const Provider& p : model.providers)
        providers.push_back({ p.id, p.name.isEmpty() ? p.id : p.name });
    auto* legend = new DiagramLegendItem(providers, &m_palette);
    const QRectF content = itemsBoundingRect();
    legend->setPos(content.left(), content.top() - legend->boundingRect().height() - 16);
    addItem(legend);
}

void TopologyScene::setOutage(const QSet<QString>& failed, const QSet<QString>& affected)
{
    m_failed = failed;
    m_affected = affected;
    refreshStates();
}

void TopologyScene::setHighlighted(const QSet<QString>& ids)
{
    m_highlighted = ids;
    refreshStates();
}

void TopologyScene::refreshStates()
{
    for (DiagramNodeItem* node : std::as_const(m_nodes)) {
        const QString& id = node->node().elementId;
        DiagramPalette::State state = DiagramPalette::State::Normal;
        if (m_failed.contains(id))
            state = DiagramPalette::State::Failed;
        else if (m_affected.contains(id))
            state = DiagramPalette::State::Affected;
        else if (m_highlighted.contains(id))
            state = DiagramPalette::State::Highlighted;
        node->setState(state);
    }
    for (DiagramEdgeItem* edge : std::as_const(m_edges)) {
        const QString& target = edge->to()->node().elementId;
        const bool viaFailedPath = !edge->edge().elementId.isEmpty() && m_failed.contains(edge->edge().elementId);
        edge->setBroken(m_failed.contains(target) || m_affected.contains(target) || viaFailedPath);
        edge->setHighlighted(m_highlighted.contains(edge->edge().elementId));
    }
    for (DiagramClusterItem* cluster : std::as_const(m_clusters))
        cluster->setFailed(m_failed.contains(cluster->regionId()));
}

DiagramClusterItem* TopologyScene::clusterFor(const QString& regionId) const
{
    const auto it = std::find_if(
        m_clusters.begin(), m_clusters.end(), [&](DiagramClusterItem* c) { return c->regionId() == regionId; });
    return it == m_clusters.end() ? nullptr : *it;
}

DiagramNodeItem* TopologyScene::nodeAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (auto* node = dynamic_cast<DiagramNodeItem*>(item))
            return node;
    }
    return nullptr;
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_pressed = nodeAt(event->scenePos());
    m_pressedAt = m_pressed ? m_pressed->pos() : QPointF();
    QGraphicsScene::mousePressEvent(event);
    if (m_pressed)
        Q_EMIT elementClicked(m_pressed->node().elementId);
    else if (DiagramClusterItem* region = clusterAt(event->scenePos()))
        Q_EMIT elementClicked(region->regionId());
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_pressed && m_pressed->pos() != m_pressedAt && !m_pressed->node().anycastSite)
        Q_EMIT elementMoved(m_pressed->node().elementId, m_pressed->pos());
    m_pressed = nullptr;
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (DiagramNodeItem* node = nodeAt(event->scenePos()))
        Q_EMIT elementDoubleClicked(node->node().elementId);
    else if (DiagramClusterItem* region = clusterAt(event->scenePos()))
        Q_EMIT elementDoubleClicked(region->regionId()); // a region fails as a whole
}

// The innermost region under the point: nested regions are drawn above their parents.
DiagramClusterItem* TopologyScene::clusterAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (auto* cluster = dynamic_cast<DiagramClusterItem*>(item))
            return cluster;
    }
    return nullptr;
}

} // namespace nameplan
