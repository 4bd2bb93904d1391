// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace nameplan {

// Why something fails: the failed part of the fault tree below it, pruned to what explains
// the failure. Views, the JSON output and the PDF report render this one structure.
struct ExplanationNode {
    enum class Kind : unsigned char {
        Event, // a basic event in the outage set: "region eu-west out"
        Gate, // a failed gate: "ns1 down", "zone acme.example"
        Constant, // fails under every outage set; the label says why
        SeeAbove, // a failed gate already explained earlier in the same tree
    };

    Kind kind = Kind::Gate;
    QString id; // event id or gate id
    QString label;
    std::vector<ExplanationNode> children;

    // One line for people, e.g. "SSO fails for EU staff: login.acme.example/A → zone
    // acme.example: ns1 down (region eu-west out); ns2 unreachable (path transit-a out)".
    QString toText() const;
    // {"id", "kind", "label", "children": [...]} (children only when there are some).
    QJsonObject toJson() const;
};

} // namespace nameplan
