// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanationnode.h"
#include "faulttree.h"
#include "model.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace nameplan {

class GateOwners;
class ScenarioEvaluator;

// The state of outage mode: a model, an outage duration and the set of components marked out,
// with what fails because of them. The fault tree is built once per (model, duration) change;
// every toggle only re-evaluates it (one pass over the gates), which is what lets the GUI
// re-analyse on every click. Toggles go through an undo stack of their own, separate from the
// document's edits: marking things out is not an edit of the model.
class OutageSession : public QObject {
    Q_OBJECT
public:
    explicit OutageSession(QObject* parent = nullptr);
    ~OutageSession() override;

    // Rebuilds the fault tree; keeps the outage ids that still name components of the model.
    void setModel(const Model& model);
    const Model& model() const { return m_model; }
    // std::nullopt: long enough for every timer (SOA expire, signature validity) to run out.
    void setDuration(std::optional<qint64> seconds);
    std::optional<qint64> duration() const { return m_duration; }
    const FaultTree& tree() const { return *m_tree; }

    // Undoable. Ids are outage ids (FaultTree event ids, or a provider id for both planes);
    // ids the tree does not know are kept but fail nothing.
    void setOutages(const QStringList& ids);
    void toggle(const QString& id);
    QStringList outages() const { return m_outages; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Services that fail for at least one of their populations, in model order.
    QStringList failedServices() const { return m_failedServices; }
    // Elements that fail because of the outages (services, names, zones, authorities,
    // resolvers, ...), the outage components themselves excluded.
    QSet<QString> affectedElements() const { return m_affected; }
    // One explanation per population the service fails for; empty when it works.
    std::vector<ExplanationNode> explanation(const QString& serviceId) const;
    // The population each explanation() entry is for (empty id: the service lists none).
    QStringList failingPopulations(const QString& serviceId) const;

    // Without undo; what the undo commands call.
    void applyOutages(const QStringList& ids);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void reevaluate();
    std::vector<int> failingTops(const QString& serviceId) const;

    Model m_model;
    std::optional<qint64> m_duration;
    std::unique_ptr<FaultTree> m_tree;
    std::unique_ptr<ScenarioEvaluator> m_evaluator; // refers to *m_tree
    std::unique_ptr<GateOwners> m_owners;
    QStringList m_outages;
    std::vector<int> m_failedEvents;
    std::vector<bool> m_failedTops;
    QStringList m_failedServices;
    QSet<QString> m_affected;
    QUndoStack* m_undoStack;
};

} // namespace nameplan
