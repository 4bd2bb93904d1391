// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"
#include "rrset.h"

#include <QByteArray>
#include <QList>

namespace nameplan {

// DNSSEC canonical form and canonical order (RFC 4034 §6), as separate named functions
// (STYLE item 8). Canonical name order is DnsName::canonicalCompare (§6.1).
class CanonicalForm {
public:
    // §6.2 items 3: RDATA with embedded names lowercased for the types listed there (as
    // amended by RFC 6840 §5.1: not NSEC). Uncompressed already (item 2).
    static QByteArray rdata(std::uint16_t type, const QByteArray& rdata);
    // §6.3: the set's RDATA in canonical form, sorted as left-justified unsigned octet
    // sequences (a shorter prefix sorts first), duplicates removed.
    static QList<QByteArray> sortedRdatas(std::uint16_t type, const QList<QByteArray>& rdatas);
    // §6.2: one RR as signed: owner lowercased (item 3), TTL replaced by the RRSIG's Original
    // TTL supplied by the caller (item 5), canonical RDATA. The caller supplies the owner to
    // use for a wildcard expansion (RFC 4035 §5.3.2) by passing a record with that owner.
    static QByteArray recordWire(const ResourceRecord& record, std::uint32_t originalTtl);
    // RFC 4034 §3.1.8.1 "RR(1) | RR(2)...": every RR of the set in canonical form and order.
    static QByteArray rrsetWire(const RrSet& set, std::uint32_t originalTtl);
    // The same appended to out, with owner in place of set.owner (a wildcard expansion's
    // owner, RFC 4035 §5.3.2): one buffer for the whole signed data, no copy per record.
    static void appendRrsetWire(QByteArray& out, const RrSet& set, const DnsName& owner, std::uint32_t originalTtl);
};

} // namespace nameplan
