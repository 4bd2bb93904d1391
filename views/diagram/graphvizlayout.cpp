// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizlayout.h"

#include <graphviz/gvc.h>

#include <QByteArray>

#include <memory>

namespace nameplan {

namespace {

constexpr double pointsPerInch = 72.0;

// cgraph takes char* for names and values it does not modify.
char* text(const char* s)
{
    return const_cast<char*>(s);
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, text(name), text(value.constData()), text(""));
}

struct GraphDeleter {
    GVC_t* context;
    void operator()(Agraph_t* graph) const
    {
        gvFreeLayout(context, graph);
        agclose(graph);
    }
};

// One Graphviz context for the whole process. Graphviz's text layout keeps a font cache in
// static storage that outlives a context: laying out again after gvFreeContext() reads freed
// memory (found by AddressSanitizer in libgvplugin_pango). The context is reused, never freed.
GVC_t* sharedContext()
{
    static GVC_t* const context = gvContext();
    return context;
}

class Layout {
public:
    Layout(const DiagramGraph& graph, GVC_t* context)
        : m_graph(graph)
        , m_root(agopen(text("nameplan"), Agdirected, nullptr), GraphDeleter { context })
    {
        set(m_root.get(), "rankdir", "LR");
        set(m_root.get(), "nodesep", "0.25");
        set(m_root.get(), "ranksep", "1.1");
        set(m_root.get(), "splines", "spline");
        set(m_root.get(), "fontname", "DejaVu Sans");
        set(m_root.get(), "fontsize", "12");
        set(m_root.get(), "labeljust", "l");
        set(m_root.get(), "outputorder", "edgesfirst");
    }

    DiagramLayout run(GVC_t* context)
    {
        addClusters();
        addNodes();
        addEdges();
        DiagramLayout result;
        if (gvLayout(context, m_root.get(), "dot") != 0) {
            result.error = QStringLiteral("Graphviz could not lay the diagram out");
            return result;
        }
        const boxf bb = GD_bb(m_root.get());
        m_top = bb.UR.y;
        result.bounds = toRect(bb);
        for (const auto& [region, subgraph] : m_clusters.asKeyValueRange())
            result.clusters.insert(region, toRect(GD_bb(subgraph)));
        for (const auto& [key, node] : m_nodes.asKeyValueRange()) {
            const QPointF centre = toPoint(ND_coord(node));
            const QSizeF size(ND_width(node) * pointsPerInch, ND_height(node) * pointsPerInch);
            result.nodes.insert(key, QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
        }
        for (Agedge_t* edge : m_edges)
            result.edges.push_back(edge ? toPath(edge) : QPainterPath());
        return result;
    }

private:
    QPointF toPoint(pointf p) const { return QPointF(p.x, m_top - p.y); }
    QRectF toRect(boxf b) const { return QRectF(toPoint({ b.LL.x, b.UR.y }), toPoint({ b.UR.x, b.LL.y })); }

    QPainterPath toPath(Agedge_t* edge) const
    {
        QPainterPath path;
        const splines* spl = ED_spl(edge);
        if (!spl)
            return path;
        for (int i = 0; i < spl->size; ++i) {
            const bezier& bz = spl->list[i];
            if (bz.size < 1)
                continue;
            path.moveTo(toPoint(bz.list[0]));
            for (int p = 1; p + 2 < bz.size; p += 3)
                path.cubicTo(toPoint(bz.list[p]), toPoint(bz.list[p + 1]), toPoint(bz.list[p + 2]));
            if (bz.eflag)
                path.lineTo(toPoint(bz.ep)); // dot ends the spline short of the arrow tip
        }
        return path;
    }

    void addClusters()
    {
        for (const DiagramCluster& cluster : m_graph.clusters) {
            Agraph_t* parent = m_clusters.value(cluster.parentRegionId, m_root.get());
            const QByteArray name = "cluster_" + QByteArray::number(m_clusters.size());
            Agraph_t* sub = agsubg(parent, text(name.constData()), 1);
            set(sub, "label", cluster.label.toUtf8());
            set(sub, "style", "rounded");
            set(sub, "margin", "14");
            m_clusters.insert(cluster.regionId, sub);
        }
    }

    void addNodes()
    {
        const QSizeF size = GraphvizLayout::nodeSize();
        const QByteArray width = QByteArray::number(size.width() / pointsPerInch);
        const QByteArray height = QByteArray::number(size.height() / pointsPerInch);
        for (const DiagramNode& node : m_graph.nodes) {
            const QByteArray name = "n" + QByteArray::number(m_nodes.size());
            Agnode_t* n = agnode(m_root.get(), text(name.constData()), 1);
            set(n, "shape", "box");
            set(n, "fixedsize", "true");
            set(n, "width", width);
            set(n, "height", height);
            set(n, "label", "");
            if (Agraph_t* cluster = m_clusters.value(node.cluster))
                agsubnode(cluster, n, 1);
            m_nodes.insert(node.key, n);
        }
    }

    void addEdges()
    {
        for (const DiagramEdge& edge : m_graph.edges) {
            Agnode_t* from = m_nodes.value(edge.from);
            Agnode_t* to = m_nodes.value(edge.to);
            if (!from || !to || from == to) {
                m_edges.push_back(nullptr);
                continue;
            }
            const QByteArray name = "e" + QByteArray::number(qsizetype(m_edges.size()));
            Agedge_t* e = agedge(m_root.get(), from, to, text(name.constData()), 1);
            // Reach and sibling edges would drag populations and sites across layers.
            if (edge.kind == DiagramEdge::Kind::Reach || edge.kind == DiagramEdge::Kind::AnycastSibling
                || edge.kind == DiagramEdge::Kind::Transfer)
                set(e, "constraint", "false");
            m_edges.push_back(e);
        }
    }

    const DiagramGraph& m_graph;
    std::unique_ptr<Agraph_t, GraphDeleter> m_root;
    QHash<QString, Agraph_t*> m_clusters;
    QHash<QString, Agnode_t*> m_nodes;
    std::vector<Agedge_t*> m_edges;
    double m_top = 0;
};

} // namespace

QSizeF GraphvizLayout::nodeSize()
{
    return QSizeF(190, 40);
}

DiagramLayout GraphvizLayout::run(const DiagramGraph& graph)
{
    agseterr(AGERR); // warnings would go to stderr; errors come back as results
    GVC_t* context = sharedContext();
    return Layout(graph, context).run(context);
}

} // namespace nameplan
