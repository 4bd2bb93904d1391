// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariocomparison.h"

#include "outagesession.h"

#include <algorithm>

namespace nameplan {

namespace {

std::unique_ptr<OutageSession> evaluate(const Model& model, const ScenarioComparison::Side& side)
{
    auto session = std::make_unique<OutageSession>();
    session->setDuration(side.duration); // first: the tree is then built once, on the model
    session->setModel(model);
    session->applyOutages(side.outages); // nothing to undo: the comparison never edits
    return session;
}

bool fails(const OutageSession& session, const QString& serviceId, const QString& populationId)
{
    return session.failingPopulations(serviceId).contains(populationId);
}

} // namespace

ScenarioComparison::Change ScenarioComparison::Row::change() const
{
    if (failsUnderA == failsUnderB)
        return Change::Same;
    return failsUnderA ? Change::FailsOnlyUnderA : Change::FailsOnlyUnderB;
}

ScenarioComparison::ScenarioComparison(const Model& model, const Side& a, const Side& b)
    : m_a(a)
    , m_b(b)
    , m_sessionA(evaluate(model, a))
    , m_sessionB(evaluate(model, b))
{
    collectRows(model);
}

ScenarioComparison::~ScenarioComparison() = default;

void ScenarioComparison::collectRows(const Model& model)
{
    // The fault tree has one top event per (service, population); both sides share the model,
    // so A's tree lists the same pairs as B's whatever the durations.
    const auto& tops = m_sessionA->tree().tops;
    for (const Service& service : model.services) {
        for (const FaultTree::TopEvent& top : tops) {
            if (top.serviceId != service.id)
                continue;
            Row row { service.id, service.name.isEmpty() ? service.id : service.name, top.populationId };
            row.failsUnderA = fails(*m_sessionA, service.id, top.populationId);
            row.failsUnderB = fails(*m_sessionB, service.id, top.populationId);
            m_rows.push_back(row);
        }
    }
    std::stable_partition(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.change() != Change::Same; });
}

int ScenarioComparison::differingCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.change() != Change::Same; }));
}

QString ScenarioComparison::explanation(int row, Which which) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[size_t(row)];
    const OutageSession& s = session(which);
    const int index = int(s.failingPopulations(r.serviceId).indexOf(r.populationId));
    if (index < 0)
        return {};
    return s.explanation(r.serviceId)[size_t(index)].toText();
}

ScenarioComparison::Side ScenarioComparison::sideOf(const Scenario& scenario)
{
    return { scenario.name.isEmpty() ? scenario.id : scenario.name, scenario.outages, scenario.duration };
}

} // namespace nameplan
