// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryoptions.h"
#include "serverendpoint.h"

#include <QList>

#include <optional>

namespace nameplan {

// Where iteration starts and how much work one resolution may do. Every bound, when hit,
// ends the resolution with a ResolveError that names it (STYLE 11): never a hang.
struct ResolverConfig {
    // Root servers to start from; empty: RootHints::iana() at port (or 53).
    QList<ServerEndpoint> roots;
    // Every address learnt from glue or resolution is asked at this port (labs on high ports:
    // glue carries no port). Unset: 53. Explicit roots keep their own port.
    std::optional<quint16> port;
    // Ask IPv6 addresses too (off when the host has no IPv6 route: they would only time out).
    bool useIpv6 = true;
    QueryOptions query { false, std::chrono::milliseconds(1000), 2, 1232 };

    // Referrals followed in one lookup (the root to a name 10 labels deep needs 10 at most).
    int maxDelegationDepth = 16;
    // CNAMEs followed for one name (RFC 1034 §3.6.2 allows chains; resolvers stop at 8–12).
    int maxCnameChain = 8;
    // Queries sent per public call, all nested look-ups of name-server addresses included.
    int maxQueries = 200;
    // Name servers one referral may list; a longer NS set is refused rather than walked.
    int maxNsSetSize = 20;
    // Name-server look-ups nested inside one another (an out-of-bailiwick NS whose zone has
    // out-of-bailiwick NS names, ...).
    int maxNesting = 6;
};

} // namespace nameplan
