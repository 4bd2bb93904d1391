// SPDX-License-Identifier: GPL-3.0-or-later
#include "outagesession.h"

#include "faulttreebuilder.h"
#include "gateowners.h"
#include "outagechangecommand.h"
#include "outageparser.h"
#include "scenarioevaluator.h"

#include <QUndoStack>

#include <algorithm>

namespace nameplan {

OutageSession::OutageSession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    rebuild();
}

OutageSession::~OutageSession() = default;

void OutageSession::setModel(const Model& model)
{
    m_model = model;
    rebuild();
}

void OutageSession::setDuration(std::optional<qint64> seconds)
{
    if (seconds == m_duration)
        return;
    m_duration = seconds;
    rebuild();
}

void OutageSession::setOutages(const QStringList& ids)
{
    if (ids != m_outages)
        m_undoStack->push(new OutageChangeCommand(this, m_outages, ids));
}

void OutageSession::toggle(const QString& id)
{
    QStringList next = m_outages;
    if (!next.removeAll(id))
        next.append(id);
    setOutages(next);
}

void OutageSession::applyOutages(const QStringList& ids)
{
    m_outages = ids;
    reevaluate();
}

void OutageSession::rebuild()
{
    m_evaluator.reset();
    m_tree = std::make_unique<FaultTree>(FaultTreeBuilder::build(m_model, m_duration));
    m_evaluator = std::make_unique<ScenarioEvaluator>(*m_tree);
    m_owners = std::make_unique<GateOwners>(m_model, *m_tree);
    reevaluate();
}

void OutageSession::reevaluate()
{
    // Each id on its own, so that one id the tree does not know leaves the others in force.
    m_failedEvents.clear();
    for (const QString& id : std::as_const(m_outages)) {
        const OutageParser::Outages parsed = OutageParser::parseIds(*m_tree, { id });
        m_failedEvents.insert(m_failedEvents.end(), parsed.events.begin(), parsed.events.end());
    }
    std::sort(m_failedEvents.begin(), m_failedEvents.end());
    m_failedEvents.erase(std::unique(m_failedEvents.begin(), m_failedEvents.end()), m_failedEvents.end());

    std::vector<ScenarioEvaluator::Word> values = m_evaluator->blankValues();
    for (int event : m_failedEvents)
        values[size_t(event)] = 1;
    m_evaluator->evaluate(values);

    m_affected.clear();
    for (int gate = 0; gate < int(m_tree->gates.size()); ++gate) {
        const QString& owner = m_owners->ownerOfGate(gate);
        if (!owner.isEmpty() && (values[size_t(m_evaluator->slotOf({ FaultTree::NodeKind::Gate, gate }))] & 1))
            m_affected.insert(owner);
    }
    m_failedTops.assign(m_tree->tops.size(), false);
    QSet<QString> failed;
    for (size_t top = 0; top < m_tree->tops.size(); ++top) {
        m_failedTops[top] = values[size_t(m_evaluator->slotOf(m_tree->tops[top].root))] & 1;
        if (m_failedTops[top]) {
            failed.insert(m_tree->tops[top].serviceId);
            m_affected.insert(m_tree->tops[top].serviceId);
        }
    }
    for (int event : m_failedEvents)
        m_affected.remove(m_owners->ownerOfEvent(event));
    m_failedServices.clear();
    for (const Service& service : m_model.services) {
        if (failed.contains(service.id))
            m_failedServices.append(service.id);
    }
    Q_EMIT changed();
}

std::vector<int> OutageSession::failingTops(const QString& serviceId) const
{
    std::vector<int> tops;
    for (size_t top = 0; top < m_tree->tops.size(); ++top) {
        if (m_failedTops[top] && m_tree->tops[top].serviceId == serviceId)
            tops.push_back(int(top));
    }
    return tops;
}

std::vector<ExplanationNode> OutageSession::explanation(const QString& serviceId) const
{
    std::vector<ExplanationNode> result;
    for (int top : failingTops(serviceId))
        result.push_back(m_evaluator->explain(top, m_failedEvents));
    return result;
}

QStringList OutageSession::failingPopulations(const QString& serviceId) const
{
    QStringList populations;
    for (int top : failingTops(serviceId))
        populations.append(m_tree->tops[size_t(top)].populationId);
    return populations;
}

} // namespace nameplan
