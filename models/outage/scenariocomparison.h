// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace nameplan {

class OutageSession;

// Two outage scenarios over one model, side by side: for every service and client population,
// whether it works under A and under B, with the engine's explanation of each failure. Each
// side has an OutageSession of its own, since the two may differ in duration (and so in fault
// tree). Rows that differ come first, so a review sees at once what one scenario adds.
class ScenarioComparison {
public:
    struct Side {
        QString label;
        QStringList outages;
        std::optional<qint64> duration; // std::nullopt: until every timer runs out
    };
    enum class Which { A, B };
    enum class Change { Same, FailsOnlyUnderA, FailsOnlyUnderB };
    struct Row {
        QString serviceId;
        QString serviceName;
        QString populationId; // empty when the service lists no populations
        bool failsUnderA = false;
        bool failsUnderB = false;
        Change change() const;
    };

    ScenarioComparison(const Model& model, const Side& a, const Side& b);
    ~ScenarioComparison();

    // Differing rows first, then the rest; each group in model order (service, population).
    const std::vector<Row>& rows() const { return m_rows; }
    int differingCount() const;
    const Side& side(Which which) const { return which == Which::A ? m_a : m_b; }
    const OutageSession& session(Which which) const { return which == Which::A ? *m_sessionA : *m_sessionB; }
    // Why the row's service fails for its population under that side; empty when it works.
    QString explanation(int row, Which which) const;

    // A saved scenario as a side (its name, or its id when it has none).
    static Side sideOf(const Scenario& scenario);

private:
    void collectRows(const Model& model);

    Side m_a;
    Side m_b;
    std::unique_ptr<OutageSession> m_sessionA;
    std::unique_ptr<OutageSession> m_sessionB;
    std::vector<Row> m_rows;
};

} // namespace nameplan
