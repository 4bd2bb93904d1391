// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramsearch.h"

#include "diagramnodeitem.h"
#include "topologyscene.h"

#include <QSet>

#include <algorithm>

namespace nameplan {

DiagramSearch::DiagramSearch(const TopologyScene* scene)
    : m_scene(scene)
{
}

int DiagramSearch::find(const QString& text)
{
    m_matches.clear();
    m_current = -1;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return 0;
    std::vector<const DiagramNodeItem*> hits;
    QSet<QString> seen;
    for (const DiagramNodeItem* node : m_scene->nodes()) {
        const DiagramNode& n = node->node();
        if (seen.contains(n.elementId))
            continue;
        if (n.elementId.contains(needle, Qt::CaseInsensitive) || n.label.contains(needle, Qt::CaseInsensitive)) {
            seen.insert(n.elementId);
            hits.push_back(node);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const DiagramNodeItem* a, const DiagramNodeItem* b) {
        const QPointF pa = a->scenePos();
        const QPointF pb = b->scenePos();
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    for (const DiagramNodeItem* node : hits)
        m_matches.append(node->node().elementId);
    return int(m_matches.size());
}

QString DiagramSearch::next()
{
    if (m_matches.isEmpty())
        return {};
    m_current = (m_current + 1) % int(m_matches.size());
    return m_matches[m_current];
}

QString DiagramSearch::previous()
{
    if (m_matches.isEmpty())
        return {};
    m_current = m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1;
    return m_matches[m_current];
}

} // namespace nameplan
