// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationnode.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace nameplan {

namespace {

bool isLeaf(const ExplanationNode& node)
{
    return node.children.empty();
}

QString kindName(ExplanationNode::Kind kind)
{
    switch (kind) {
    case ExplanationNode::Kind::Event:
        return QStringLiteral("event");
    case ExplanationNode::Kind::Constant:
        return QStringLiteral("constant");
    case ExplanationNode::Kind::SeeAbove:
        return QStringLiteral("see-above");
    case ExplanationNode::Kind::Gate:
        break;
    }
    return QStringLiteral("gate");
}

} // namespace

QString ExplanationNode::toText() const
{
    QString text = label;
    if (kind == Kind::SeeAbove)
        text += QStringLiteral(" (see above)");
    if (children.empty())
        return text;
    QStringList parts;
    for (const ExplanationNode& child : children)
        parts.append(child.toText());
    // Causes that are plain leaves read as a parenthesis, one deeper cause as an arrow,
    // several as a list.
    if (std::all_of(children.begin(), children.end(), isLeaf))
        return text + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
    if (parts.size() == 1)
        return text + QStringLiteral(" → ") + parts.front();
    return text + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

QJsonObject ExplanationNode::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("label"), label } };
    if (!children.empty()) {
        QJsonArray array;
        for (const ExplanationNode& child : children)
            array.append(child.toJson());
        object.insert(QStringLiteral("children"), array);
    }
    return object;
}

} // namespace nameplan
