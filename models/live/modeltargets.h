// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iterativeresolver.h"
#include "livecheckrequest.h"
#include "model.h"

#include <chrono>
#include <functional>
#include <optional>

namespace nameplan {

// The zones a live-check run asks, taken from a model: the model form of `nameplan check`
// and the workbench's Live Checks panel build their LiveCheckRequest::zones here.
//
// Per modelled zone (or only options.zone): its authorities' addresses at the port, the
// model's names inside it, what the model says about it (for the drift check), the walk from
// the roots (options.walk), and the parent's servers: the modelled parent zone's authorities,
// else those the walk found; with a trust anchor above the zone, the zones between them
// (ChainPath). The walk is blocking (IterativeResolver): run build() on a worker
// thread in a GUI.
class ModelTargets {
public:
    struct Options {
        std::optional<quint16> port; // overrides settings.port (53 when neither is set)
        std::optional<QList<ServerEndpoint>> roots; // overrides settings.roots (empty: IANA)
        std::optional<DnsName> zone; // only this zone
        std::optional<TrustAnchorSet> anchors; // overrides settings.trust_anchors (nameplan check --anchor)
        QList<DnsQuestion> names; // asked besides the model's names, in the zones holding them (--name)
        std::chrono::milliseconds attemptTimeout { 1000 }; // per query of the walk
        bool walk = true;
        std::function<bool()> cancelled; // polled by the walk
        std::function<void(int queries, const QString& step)> progress; // each query of the walk
    };
    struct Result {
        QList<LiveZoneTarget> zones;
        std::optional<TrustAnchorSet> anchors; // settings.trust_anchors; none: no DNSSEC checks
        // Why nothing can be checked: a model address that is not numeric, unusable trust
        // anchors, no zone.
        QString error;
    };

    static Result build(const Model& model, const Options& options);
    // The names of the zones build() checks (absolute), in model order: what a GUI offers to
    // choose from without walking.
    static QStringList zoneNames(const Model& model);
    // A settings.roots entry that is not IP[:PORT] (a model opened despite its problems): the
    // walk must not fall back to the IANA roots because of a typo.
    static std::optional<QString> badRoot(const Model& model);
    // The walk's settings for a model and the overrides.
    static ResolverConfig resolverConfig(const Model& model, const Options& options);
    // Walks from the roots to target.zone and keeps the walk for the delegation and drift
    // checks; sets the parent's servers, and the authorities too when takeAuthorities. With
    // anchors above the zone, also the chain path from the anchored zone down (ChainPath), and
    // the CNAME chains of target.names (CnameFollow): set the names before walking.
    static void walk(IterativeResolver& resolver, LiveZoneTarget& target, bool takeAuthorities,
        const std::optional<TrustAnchorSet>& anchors = std::nullopt);
};

} // namespace nameplan
