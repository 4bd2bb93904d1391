// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "dnsquestion.h"
#include "livefinding.h"
#include "verdict.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <optional>

namespace nameplan {

// One checked name as one authority of its zone answered it, combined with every CNAME followed
// from it (LiveCnameResult): the verdict's message names the link that decided.
struct LiveNameVerdict {
    DnsQuestion name;
    Verdict verdict;
};

// The DNSSEC verdicts of one authority of one zone (DnssecChecks): its DNSKEY set first, then
// every RRset it answered, each judged with only what that authority served.
struct LiveDnssecAuthority {
    DnsName zone;
    QString authorityName;
    QString authorityAddress;
    QList<Verdict> verdicts;
    // The earliest expiry of the signatures that made a verdict secure (seconds since the
    // epoch): the minimum over the RRsets checked. Empty when nothing was secure.
    std::optional<qint64> validUntil;
    // Per checked name (in LiveZoneTarget::names order): this authority's answer combined with
    // every CNAME followed from it (LiveCnameResult); empty for a followed CNAME's authorities.
    QList<LiveNameVerdict> names;

    // The worst status among the verdicts and the names' combined ones (secure when there are
    // none): a name is only as good as its CNAME chain.
    Verdict::Status worstStatus() const;
};

// One zone on the chain of trust of a checked zone (ChainEvidence), top down from the anchor:
// what vouches for it from above (the trust anchor, or the parent's DS RRset with its
// signature, or the proof that there is none) and its DNSKEY set judged with that.
struct LiveChainLink {
    DnsName zone;
    std::optional<DnsName> parent; // the zone whose servers served the DS; none at the anchor
    Verdict ds;
    // The checked zone's own link: the worst over its authorities, each in authorityKeys
    // (every authority's key set is judged against the same DS from the parent).
    Verdict dnskey;
    QList<Verdict> authorityKeys;
    QString dsServer; // the parent server whose answer was judged; empty when none answered
    QString dnskeyServer; // the path zone's server whose DNSKEY set was judged
};

// The chain of trust followed for one checked zone: the anchor, the links from the anchored
// zone down to the zone itself, and why it could not be followed when it could not.
struct LiveChain {
    DnsName zone;
    std::optional<DnsName> anchor;
    QList<LiveChainLink> links;
    QString error;
    QJsonObject toJson() const;
};

// One CNAME followed from a checked name (LiveCnameLink): the target judged at every authority
// of the zone holding it, through that zone's chain of trust; verdict is the worst of them, or
// indeterminate with the reason where the chain is cut (a loop, too many CNAMEs, no walk).
struct LiveCnameResult {
    DnsName checkedZone;
    DnsQuestion name; // the checked name the chain starts from
    int hop = 1;
    DnsName owner; // the CNAME's owner
    DnsName target; // its target (the root when the chain is cut before one was known)
    DnsName zone; // the zone holding the target
    Verdict verdict;
    QList<LiveDnssecAuthority> authorities; // the target's zone's authorities, each on its own
    LiveChain chain; // the target zone's chain of trust from the anchor
    QJsonObject toJson() const;
};

// The outcome of one live-check run: every finding of every check, in zone, authority,
// check order, plus when the run happened, and the DNSSEC verdicts per authority when the run
// had trust anchors (`dnssec.status` says "not-checked" otherwise).
struct LiveReport {
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    bool cancelled = false;
    QList<LiveFinding> findings;
    bool dnssecChecked = false;
    QList<LiveDnssecAuthority> dnssec;
    QList<LiveChain> chains; // one per checked zone, with dnssec
    QList<LiveCnameResult> cnames; // every CNAME followed, in zone, name, hop order

    int count(LiveSeverity severity) const;
    // Some check failed: at least one finding at Error severity (the CLI's exit status 1).
    bool hasErrors() const { return count(LiveSeverity::Error) > 0; }
    // Per zone, the least remaining signature validity (seconds after finishedAt) over its
    // authorities: what the model's Zone::signatureValidity takes (RemainingValidity::apply).
    QList<QPair<DnsName, qint64>> remainingValidity() const;
    QJsonObject toJson() const;

private:
    QJsonObject dnssecJson() const;
    static QJsonObject authorityJson(const LiveDnssecAuthority& authority, qint64 at);
    QJsonArray remainingValidityJson() const;
};

} // namespace nameplan

Q_DECLARE_METATYPE(nameplan::LiveReport)
