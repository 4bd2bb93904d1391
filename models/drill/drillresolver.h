// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainoftrust.h"
#include "dnsmessage.h"
#include "drillresult.h"
#include "queryoptions.h"
#include "rrset.h"
#include "serverendpoint.h"
#include "transportresult.h"
#include "trustanchorset.h"
#include "validatorconfig.h"
#include "verdict.h"

#include <QHash>

#include <functional>
#include <optional>

namespace nameplan {

// The live half of a failover drill: resolves one name by asking only the authorities a
// caller allows (the survivors of an outage), down the modelled delegation chain, following
// CNAMEs, and validates the answer's DNSSEC chain from the model's trust anchors.
//
// Contract: needs a QCoreApplication (queries run on a local event loop); every query is
// bounded by the QueryOptions, so a silent or stopped server costs at most its worst case.
// Answers are cached per question and server set for the resolver's lifetime, so that names
// sharing a zone do not ask its keys again.
class DrillResolver {
public:
    struct Server {
        QString authorityId;
        ServerEndpoint endpoint;
    };
    // One modelled zone on the delegation chain of a name: who may be asked.
    struct ZoneServers {
        DnsName zone;
        QList<Server> survivors;
        bool signedInModel = false;
    };
    // The chain of modelled zones at or above a name, root first (empty: none holds it).
    using ChainProvider = std::function<QList<ZoneServers>(const DnsName&)>;

    struct Outcome {
        bool resolves = false;
        QString text; // the answer, or why it failed
        Verdict verdict; // of the whole chain; Indeterminate with reason None: not checked
        bool dnssecChecked = false;
        std::vector<DrillResult::Query> queries;
    };

    DrillResolver(ChainProvider chains, TrustAnchorSet anchors, QueryOptions options);

    Outcome resolve(const DnsName& name, std::uint16_t type);
    // Polled while queries are out: once it says stop, open queries end as cancelled at once
    // (and are not cached), so a drill against a silent server stops within 50 ms.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

private:
    struct Asked {
        int server = -1; // index into the survivors of the first good answer, -1: none
        DnsMessage message;
    };
    static constexpr int maxCnameDepth = 8;

    void resolveInto(const DnsName& name, std::uint16_t type, int depth, Outcome& outcome);
    // Asks every survivor (at once) and returns the first good answer in survivor order.
    Asked ask(const QList<Server>& servers, const DnsName& name, std::uint16_t type, Outcome& outcome,
        const std::function<bool(const DnsMessage&)>& good);
    QList<TransportResult> exchange(const QList<Server>& servers, const DnsName& name, std::uint16_t type);
    // Judges the chain of trust (links from the anchored zone down to the answer's zone) and
    // the answer's signatures; a bogus or indeterminate verdict makes the name fail, as a
    // validating resolver would answer SERVFAIL.
    void validate(const QList<ChainOfTrust::Link>& links, const RrSet& answer, const QList<QByteArray>& signatures,
        Outcome& outcome) const;

    ChainProvider m_chains;
    TrustAnchorSet m_anchors;
    QueryOptions m_options;
    ValidatorConfig m_config;
    QHash<QString, QList<TransportResult>> m_cache;
    std::function<bool()> m_cancelled;
};

} // namespace nameplan
