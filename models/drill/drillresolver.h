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
// CNAMEs, and validates the answer's DNSSEC chain from the model's trust anchors: from the
// modelled zone an anchor names down, each parent asked for the DS at the next cut; where there
// is none, the parent's NSEC/NSEC3 denial (ResponseDenial, as `nameplan check` judges it) must
// prove the child unsigned (insecure), else the answer is bogus; a parent that cannot be asked
// makes it indeterminate.
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
    // The chain of trust collected for one name, from the anchored zone down.
    struct TrustPath {
        QList<ChainOfTrust::Link> links;
        // Set at the first cut without a DS, whose link is then the last: the parent's denial
        // of the DS judged (insecure when proven), or why the parent could not be asked.
        std::optional<Verdict> end;
    };
    static constexpr int maxCnameDepth = 8;

    void resolveInto(const DnsName& name, std::uint16_t type, int depth, Outcome& outcome);
    // Asks every survivor (at once) and returns the first good answer in survivor order.
    Asked ask(const QList<Server>& servers, const DnsName& name, std::uint16_t type, Outcome& outcome,
        const std::function<bool(const DnsMessage&)>& good);
    QList<TransportResult> exchange(const QList<Server>& servers, const DnsName& name, std::uint16_t type);
    // Asks parent's survivors for the DS at child into next; without one, judges the parent's
    // denial with its keys (path.links.last()) and ends the path at child.
    void askDs(
        const ZoneServers& parent, const DnsName& child, TrustPath& path, ChainOfTrust::Link& next, Outcome& outcome);
    // Judges the chain of trust (from the anchored zone down to the answer's zone, or to the
    // cut where the path ends) and, when it is secure, the answer's signatures; a bogus or
    // indeterminate verdict makes the name fail, as a validating resolver would answer SERVFAIL.
    void validate(
        const TrustPath& path, const RrSet& answer, const QList<QByteArray>& signatures, Outcome& outcome) const;
    // Combines verdict into the outcome's (the worse of the two wins).
    static void settle(Outcome& outcome, const Verdict& verdict);

    ChainProvider m_chains;
    TrustAnchorSet m_anchors;
    QueryOptions m_options;
    ValidatorConfig m_config;
    QHash<QString, QList<TransportResult>> m_cache;
    std::function<bool()> m_cancelled;
};

} // namespace nameplan
