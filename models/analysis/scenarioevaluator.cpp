// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioevaluator.h"

#include <algorithm>

namespace nameplan {

namespace {
constexpr ScenarioEvaluator::Word allScenarios = ~ScenarioEvaluator::Word(0);
}

ScenarioEvaluator::ScenarioEvaluator(const FaultTree& tree)
    : m_tree(tree)
    , m_gateBegin(int(tree.events.size()) + 2)
{
    m_gateTypes.reserve(tree.gates.size());
    m_inputBegin.reserve(tree.gates.size() + 1);
    for (const FaultTree::Gate& gate : tree.gates) {
        m_gateTypes.push_back(gate.type == FaultTree::GateType::And ? 1 : 0);
        m_inputBegin.push_back(int(m_inputs.size()));
        for (const FaultTree::NodeRef& input : gate.inputs)
            m_inputs.push_back(slotOf(input));
    }
    m_inputBegin.push_back(int(m_inputs.size()));
}

int ScenarioEvaluator::slotOf(FaultTree::NodeRef node) const
{
    switch (node.kind) {
    case FaultTree::NodeKind::Event:
        return node.index;
    case FaultTree::NodeKind::Failed:
        return m_gateBegin - 2;
    case FaultTree::NodeKind::Working:
        return m_gateBegin - 1;
    case FaultTree::NodeKind::Gate:
        break;
    }
    return m_gateBegin + node.index;
}

void ScenarioEvaluator::evaluate(std::vector<Word>& values) const
{
    Word* v = values.data();
    v[m_gateBegin - 2] = allScenarios;
    v[m_gateBegin - 1] = 0;
    const int* inputs = m_inputs.data();
    const int gateCount = int(m_gateTypes.size());
    for (int g = 0; g < gateCount; ++g) {
        const int* in = inputs + m_inputBegin[size_t(g)];
        const int* end = inputs + m_inputBegin[size_t(g) + 1];
        Word w;
        if (m_gateTypes[size_t(g)]) {
            w = allScenarios;
            for (; in != end; ++in)
                w &= v[*in];
        } else {
            w = 0;
            for (; in != end; ++in)
                w |= v[*in];
        }
        v[m_gateBegin + g] = w;
    }
}

std::vector<ScenarioEvaluator::Word> ScenarioEvaluator::valuesFor(std::span<const int> failedEvents) const
{
    std::vector<Word> values = blankValues();
    for (int event : failedEvents)
        values[size_t(event)] = 1;
    evaluate(values);
    return values;
}

std::vector<bool> ScenarioEvaluator::failedTops(std::span<const int> failedEvents) const
{
    const std::vector<Word> values = valuesFor(failedEvents);
    std::vector<bool> failed;
    failed.reserve(m_tree.tops.size());
    for (const FaultTree::TopEvent& top : m_tree.tops)
        failed.push_back(values[size_t(slotOf(top.root))] & 1);
    return failed;
}

ExplanationNode ScenarioEvaluator::explain(int topIndex, std::span<const int> failedEvents) const
{
    const FaultTree::NodeRef root = m_tree.tops[size_t(topIndex)].root;
    const std::vector<Word> values = valuesFor(failedEvents);
    if (!(values[size_t(slotOf(root))] & 1))
        return { ExplanationNode::Kind::Gate, QString(), QStringLiteral("works"), {} };
    std::vector<bool> expanded(m_tree.gates.size(), false);
    return explainNode(root, values, expanded);
}

ExplanationNode ScenarioEvaluator::explainNode(
    FaultTree::NodeRef node, const std::vector<Word>& values, std::vector<bool>& expanded) const
{
    if (node.kind == FaultTree::NodeKind::Event) {
        const FaultTree::BasicEvent& event = m_tree.events[size_t(node.index)];
        return { ExplanationNode::Kind::Event, event.id, event.label + QStringLiteral(" out"), {} };
    }
    if (node.kind != FaultTree::NodeKind::Gate) // only the Failed constant is ever explained
        return { ExplanationNode::Kind::Constant, QString(), QStringLiteral("always"), {} };
    const FaultTree::Gate& gate = m_tree.gates[size_t(node.index)];
    if (expanded[size_t(node.index)])
        return { ExplanationNode::Kind::SeeAbove, gate.id, gate.label, {} };
    ExplanationNode result { ExplanationNode::Kind::Gate, gate.id, gate.label, {} };
    appendCauses(gate, values, expanded, result.children);
    // "path t1 out" caused only by the event "path t1 out": say it once.
    if (result.children.size() == 1 && result.children.front().label == result.label)
        return std::move(result.children.front());
    // Gates whose causes are only events are short: they are repeated where they recur.
    // Larger ones are told once per explanation.
    expanded[size_t(node.index)] = std::any_of(result.children.begin(), result.children.end(),
        [](const ExplanationNode& child) { return !child.children.empty(); });
    return result;
}

void ScenarioEvaluator::appendCauses(const FaultTree::Gate& gate, const std::vector<Word>& values,
    std::vector<bool>& expanded, std::vector<ExplanationNode>& causes) const
{
    for (const FaultTree::NodeRef& input : gate.inputs) {
        // OR: every failed input is a cause; AND: all inputs failed, all are needed.
        if (!(values[size_t(slotOf(input))] & 1) || input.kind == FaultTree::NodeKind::Failed)
            continue;
        if (input.kind == FaultTree::NodeKind::Gate && m_tree.gates[size_t(input.index)].transparent) {
            appendCauses(m_tree.gates[size_t(input.index)], values, expanded, causes);
            continue;
        }
        causes.push_back(explainNode(input, values, expanded));
    }
}

} // namespace nameplan
