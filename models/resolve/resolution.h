// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resolveerror.h"
#include "resourcerecord.h"
#include "serverendpoint.h"

#include <QList>
#include <QStringList>

namespace nameplan {

// The outcome of resolving one NAME/TYPE iteratively from the roots.
struct Resolution {
    DnsName name;
    quint16 type = 0;
    int rcode = -1; // of the last answer: 0 NOERROR (with records, or NODATA), 3 NXDOMAIN
    QList<ResourceRecord> cnames; // the CNAME chain followed, in order
    QList<ResourceRecord> records; // the RRset of `type` owned by the chain's last name
    ServerEndpoint answeredBy; // the authority that gave the last answer
    ResolveError error;
    QStringList trace;
    int queries = 0;

    bool ok() const { return !error.isError(); }
    // The chain's last name (name itself without CNAMEs).
    DnsName canonicalName() const;
};

} // namespace nameplan
