// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the topology diagram shows, before layout: plain data derived from the model by
// DiagramBuilder, laid out by GraphvizLayout, drawn by TopologyScene.

#include "elementkind.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace nameplan {

struct DiagramNode {
    QString key; // unique in the graph; an anycast authority has one node per site: "ns1@eu-west"
    QString elementId; // the model element it stands for
    ElementKind kind = ElementKind::Authority;
    QString label;
    QString detail; // second line: host name, domain, role
    QString cluster; // region id it is drawn inside, empty for the dependency layer
    QString colorKey; // provider id for authorities and resolvers: one colour per provider
    bool anycastSite = false;
};

struct DiagramEdge {
    enum class Kind { Dependency, Delegation, Transfer, Signing, Reach, Alias, AnycastSibling, SharedDependency };
    QString from; // node keys
    QString to;
    Kind kind = Kind::Dependency;
    QString elementId; // the element the edge stands for, if any (a network path for Reach)
    QString label;
};

struct DiagramCluster {
    QString regionId;
    QString parentRegionId;
    QString label;
};

struct DiagramGraph {
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;
    std::vector<DiagramCluster> clusters; // parents before children
};

} // namespace nameplan
