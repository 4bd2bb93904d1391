// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsquestion.h"
#include "verdict.h"

#include <QList>
#include <QString>

#include <optional>

namespace nameplan {

struct LiveChain;
struct LiveDnssecAuthority;
struct LiveReport;

// One link of a chain of trust as the chain view draws it: trust anchor → DS → DNSKEY → RRSIG
// → RRset. The failing link carries the verdict's reason; the links before it held (secure),
// the ones after it inherit the verdict because nothing past a broken link can be trusted.
struct DnssecChainLink {
    enum class Kind { TrustAnchor, Ds, Dnskey, Rrsig, RrSet };
    Kind kind = Kind::TrustAnchor;
    Verdict::Status status = Verdict::Status::Indeterminate;
    bool failing = false;
    Verdict::Reason reason = Verdict::Reason::None; // None except on the failing link
    std::optional<std::uint16_t> ede;
    QString message;
    // On the path above the zone (DnssecChainAuthority::path): the zone the link is about and
    // the server whose answer was judged (the parent's for a DS).
    DnsName zone;
    QString server;
};

// The chain of one RRset (the DNSKEY set first) as one authority served it.
struct DnssecChain {
    Verdict verdict;
    QList<DnssecChainLink> links;
};

// Everything the views show for one authority of one zone: the worst verdict, the chains, and
// the remaining signature validity after the run (zero when nothing was secure).
struct DnssecChainAuthority {
    DnsName zone;
    QString authorityName;
    QString authorityAddress;
    Verdict::Status status = Verdict::Status::Indeterminate;
    std::optional<qint64> validUntil; // seconds since the epoch
    qint64 remainingSeconds = 0;
    // With an anchor above the zone: the links from it down to the zone's DS at its parent
    // (trust anchor, DNSKEY, DS, DNSKEY, ..., DS), shared by the zone's authorities; the
    // first one that is not secure is the failing link. Empty when the anchor is at the zone.
    QList<DnssecChainLink> path;
    QList<DnssecChain> chains;
};

// One CNAME followed from a checked name (LiveCnameResult): the link, its verdict (the worst over
// the authorities of the zone holding the target, or why the chain is cut there) and, per such
// authority, the target's chains with the path from the anchor down to that zone.
struct DnssecChainHop {
    int hop = 1;
    DnsName owner;
    DnsName target;
    DnsName zone;
    Verdict verdict;
    QList<DnssecChainAuthority> authorities;
};

// A checked name as one authority of its zone answered it, combined with its CNAME chain: the
// verdict `check` gives for the name, whose message names the deciding link.
struct DnssecChainName {
    DnsQuestion name;
    Verdict verdict;
    QList<DnssecChainHop> hops;
};

// The adapter from LiveReport::dnssec to the rows of the DNSSEC chain view and the expiry
// timeline, so both views stay thin and the mapping is tested without widgets.
class DnssecChainRows {
public:
    static QList<DnssecChainAuthority> fromReport(const LiveReport& report);
    // The checked names of report.dnssec[authority] worth showing beyond its RRsets: those whose
    // CNAMEs were followed (with every hop) and those whose combined verdict is worse than the
    // authority's own RRsets (a CNAME that could not be followed).
    static QList<DnssecChainName> names(const LiveReport& report, qsizetype authority);
    // The chain of one RRset; broken forces the failing link (the DS, when the path above broke).
    static DnssecChain chain(const Verdict& verdict, std::optional<DnssecChainLink::Kind> broken = std::nullopt);
    // The path links of a followed chain (LiveReport::chains), top down to the zone's DS.
    static QList<DnssecChainLink> path(const LiveChain& chain);
    // Which link a reason breaks: the anchor, the DS digest, the keys, the signatures or the data.
    static DnssecChainLink::Kind failingLink(Verdict::Reason reason);

private:
    // One authority's row; followed is the chain of its zone (none when it was not followed).
    static DnssecChainAuthority authorityRow(
        const LiveDnssecAuthority& authority, const LiveChain* followed, qint64 now);
};

} // namespace nameplan
