// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "dnsquestion.h"
#include "iptoasntable.h"
#include "queryoptions.h"
#include "serverendpoint.h"
#include "trustanchorset.h"
#include "validatorconfig.h"
#include "zoneauthorities.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace nameplan {

// What one live-check run asks: plain aggregates filled by the command line (from --ns and
// --name) or from a model (authorities with settings.port applied), and read by LiveChecker.

// One address of one authority (an authority with two addresses is two entries).
struct LiveAuthority {
    QString name; // the NS host name, "ns1.example.test."; may be empty when unknown
    ServerEndpoint endpoint;
};

// A zone on the chain of trust above a checked zone, with the servers asked for its DNSKEY
// set and for the DS of the zone below it (ChainPath).
struct LiveChainZone {
    DnsName zone;
    QList<ServerEndpoint> servers;
};

struct LiveCnameLink;

// One zone and the authorities to ask directly.
struct LiveZoneTarget {
    DnsName zone;
    QList<LiveAuthority> authorities;
    QList<DnsQuestion> names; // every one is asked of every authority (answers-consistent)
    // Servers of the parent zone: each is asked for the delegation (RD=0) so that the NS set
    // and glue are compared with the child's (RFC 1034 §4.2.2). Empty: parent checks skipped.
    QList<ServerEndpoint> parentServers;
    // Set when the zone's delegation was found by walking from the roots (IterativeResolver):
    // the "delegation" check reports the walk, its failure, and NS names without an address.
    std::optional<ZoneAuthorities> walk;
    // Model form: what the model says about the zone; with walk, the drift check compares them.
    struct Modelled {
        QList<NameServer> authorities; // host names (lowercased) and addresses
        std::optional<DnsName> parent; // the modelled parent zone's domain, when modelled
    };
    std::optional<Modelled> modelled;
    // With trust anchors above the zone: the zones from the anchored one down to the parent,
    // found by walking from the roots (ChainPath::discover); the DNSSEC checks follow the DS
    // from each parent. Empty with chainPathError set when the path could not be found.
    QList<LiveChainZone> chainPath;
    QString chainPathError;
    // With trust anchors: the CNAMEs the walk followed from the names (CnameFollow), in name,
    // then chain order. Each link's target is asked of the zone that holds it.
    QList<LiveCnameLink> cnames;
};

// One CNAME followed from a checked name (RFC 1034 §3.6.2, RFC 4035 §5): its target, asked with
// the name's type of every authority of the zone that holds the target (`holder`: walked from the
// roots, with its own chain path from the same anchor), is validated with that zone's keys. A
// link with an error is where the chain was cut (a loop, too many CNAMEs, a walk that failed):
// nothing is asked for it.
struct LiveCnameLink {
    int name = -1; // index into the checked zone's names
    int hop = 1; // 1 for the CNAME owned by the name itself
    DnsName owner; // the CNAME's owner
    DnsQuestion target; // the CNAME's target with the name's type
    LiveZoneTarget holder; // zone, authorities, walk and chain path; no names, no links
    QString error;
};

struct LiveCheckOptions {
    // Per query: 1 s and 2 attempts, so that a silent server is reported within 3 s
    // (c-ares doubles the timeout on the retry, QueryOptions::worstCase()).
    std::chrono::milliseconds attemptTimeout { 1000 };
    int attempts = 2;
    // Queries outstanding at once over the whole run, all servers together.
    int maxInFlight = 32;
    // An authority slower than this (UDP SOA round trip) gets a latency warning.
    std::chrono::milliseconds latencyWarning { 250 };
};

struct LiveCheckRequest {
    QList<LiveZoneTarget> zones;
    LiveCheckOptions options;
    // Imported with --asn-table: the asn-diversity check runs only with a table.
    std::shared_ptr<const IpToAsnTable> asnTable;
    // Trust anchors: when set, every authority is also asked with DO for the zone's DNSKEY and
    // every name, and each authority's answers are validated on their own (DnssecChecks).
    std::optional<TrustAnchorSet> anchors;
    ValidatorConfig validator;
    // The queries of the run, and how long the whole run may take at most.
    int queryCount() const;
    std::chrono::milliseconds worstCase() const;
};

} // namespace nameplan
