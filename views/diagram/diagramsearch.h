// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace nameplan {

class TopologyScene;

// Find by name on the diagram: the elements whose id or label contains the text (ignoring
// case), in reading order (top to bottom, then left to right) so that "next" walks the picture
// the way the eye does, and an element drawn several times (anycast sites) is found once.
class DiagramSearch {
public:
    explicit DiagramSearch(const TopologyScene* scene);

    // Starts a new search; returns how many elements match. Nothing is current until next().
    int find(const QString& text);
    // The following (or preceding) match, wrapping around; empty when nothing matches.
    QString next();
    QString previous();
    const QStringList& matches() const { return m_matches; }
    // 0-based position of the current match, -1 before the first next()/previous().
    int currentIndex() const { return m_current; }

private:
    const TopologyScene* m_scene;
    QStringList m_matches;
    int m_current = -1;
};

} // namespace nameplan
