// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nameplan {

// What a failover drill found: per critical name and population, what the model predicts and
// what the surviving authorities really answered; per service and population the same; and
// every disagreement. The command line, the JSON and the report render this one structure.
struct DrillResult {
    // One query the drill sent, for the evidence.
    struct Query {
        QString authority; // model authority id
        QString server; // "127.0.1.10:5353"
        QString question; // "www.fid.test. A"
        QString outcome; // "answer", "referral", "REFUSED", "timeout", ...
        QDateTime observedAt;
    };

    // One modelled zone on a name's delegation chain, as the model sees it under the outage.
    struct ZoneStep {
        QString zoneId;
        QString domain;
        QStringList survivors; // authority ids the model predicts usable: the only ones asked
        QStringList casualties; // down, unreachable, stale or whose own name fails
    };

    struct NameCheck {
        QString nameId;
        QString fqdn;
        QString type;
        QString populationId; // empty: services that list no population
        bool predictedResolves = false;
        QString predictionText; // why the model says it fails (empty when it resolves)
        bool liveResolves = false;
        QString liveText; // the answer, or why reality failed
        QString dnssec; // "secure", "insecure", "bogus", "indeterminate" or "not checked"
        QString dnssecReason; // Verdict::reasonName() of that verdict ("insecure-delegation"); empty: not checked
        QString dnssecText; // the verdict in full: what it is about, who served it and why
        // False when the model's failure comes from something a drill cannot enact by leaving
        // authorities out (resolvers, shared dependencies of names, zones or populations,
        // signatures after the signer's downtime): reported, but not counted against the model.
        bool observable = true;
        std::vector<ZoneStep> chain;
        std::vector<Query> queries;
        bool agrees() const { return predictedResolves == liveResolves; }
        // The verdict is worth its reason next to the name: insecure, bogus or indeterminate.
        bool explainsDnssec() const;
    };

    struct ServiceCheck {
        QString serviceId;
        QString serviceName;
        QString populationId;
        bool predictedWorks = false;
        QString predictionText;
        bool liveWorks = false;
        QStringList failingNames; // "fqdn/TYPE" that did not resolve live
        bool observable = true;
        bool agrees() const { return predictedWorks == liveWorks; }
    };

    struct Disagreement {
        enum class Kind { ModelSurvivesRealityFails, ModelFailsRealityResolves };
        Kind kind = Kind::ModelSurvivesRealityFails;
        QString subject; // "name www.fid.test/A" or "service portal"
        QString populationId;
        QString detail;
        bool observable = true;
        static QString kindName(Kind kind);
    };

    QString modelPath;
    QString modelSha256;
    QStringList outages; // as given
    std::optional<qint64> durationSeconds; // nullopt: until every timer runs out
    QDateTime started;
    QDateTime finished;
    std::vector<NameCheck> names;
    std::vector<ServiceCheck> services;
    std::vector<Disagreement> disagreements;

    // Model and reality agree on every observable name and service.
    bool agrees() const;
    int observableDisagreements() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace nameplan
