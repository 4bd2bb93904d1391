// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drillresolver.h"
#include "drillresult.h"
#include "faulttree.h"
#include "queryoptions.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace nameplan {

class Model;
class ScenarioEvaluator;

// A failover drill (issue 7 item 1): for one outage combination, the model says which
// authorities survive for each population (the fault tree's "authority unusable for zone"
// gates); every critical name is then resolved live by asking only those survivors
// (DrillResolver), and model and reality are compared per name and per service and
// population. Headless; the command line and the report share it.
class DrillRunner {
public:
    struct Options {
        QStringList outages; // outage ids as typed ("ns1,eu-west"); provider ids mean both planes
        std::optional<qint64> durationSeconds; // nullopt: until every timer runs out
        bool allNames = false; // every service's names, not only the critical services'
        QueryOptions query { false, std::chrono::milliseconds(800), 2, 1232 };
        std::function<bool()> cancelled; // polled while queries are out and between names
    };

    // Contract: the model passed ModelValidator; needs a QCoreApplication. nullopt with *error
    // set when an outage id is unknown; otherwise every name and service is judged (a silent
    // server costs at most the query options' worst case). nullopt with *error "cancelled" once
    // options.cancelled says stop: a half-run drill would report names as failing that were
    // never asked.
    static std::optional<DrillResult> run(const Model& model, const Options& options, QString* error);

private:
    DrillRunner(const Model& model, const FaultTree& tree, const ScenarioEvaluator& evaluator,
        const std::vector<int>& failedEvents, const Options& options);

    struct Pair {
        int nameRow = -1;
        QString populationId;
    };
    struct Subject {
        int serviceRow = -1;
        QString populationId;
        QList<int> nameRows; // its names and those of the services it depends on
    };

    bool fails(FaultTree::NodeRef node) const;
    void selectSubjects();
    void collectNames(int serviceRow, QList<int>& nameRows, QList<int>& visited) const;
    QList<DrillResolver::ZoneServers> chainFor(const QString& fqdn, const QString& populationId) const;
    std::vector<DrillResult::ZoneStep> stepsFor(const QString& fqdn, const QString& populationId) const;
    bool hasDeadZone(int nameRow, const QString& populationId, int depth) const;
    DrillResult::NameCheck checkName(const Pair& pair, DrillResolver& resolver, QString& currentPopulation) const;
    DrillResult::ServiceCheck checkService(
        const Subject& subject, const std::vector<DrillResult::NameCheck>& names) const;
    void compare(DrillResult& result) const;

    const Model& m_model;
    const FaultTree& m_tree;
    const ScenarioEvaluator& m_evaluator;
    const std::vector<int>& m_failedEvents;
    const Options& m_options;
    std::vector<quint64> m_values;
    QHash<QString, bool> m_unusable; // authority \x1f zone \x1f population -> unusable
    QHash<QString, FaultTree::NodeRef> m_nameNodes; // name \x1f population
    std::vector<Subject> m_subjects;
    std::vector<Pair> m_pairs;
    quint16 m_port = 53;
};

} // namespace nameplan
