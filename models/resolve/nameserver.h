// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QStringList>

namespace nameplan {

// A name server as a delegation names it: its host name and its numeric addresses (glue, or
// resolved). No port: glue carries none (RFC 1034 §4.2.1); ResolverConfig::port supplies it.
struct NameServer {
    DnsName name; // the root when unknown (roots given as bare addresses)
    QStringList addresses; // numeric IPv4/IPv6, no duplicates; empty until known
};

} // namespace nameplan
