// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"

#include <QList>

namespace nameplan {

// The records sharing owner, class and type (RFC 2181 §5), in the order first seen. ttl is
// the smallest TTL of the members (RFC 2181 §5.2 says they must be equal; a set with
// different TTLs is treated as having the lowest).
struct RrSet {
    DnsName owner;
    std::uint16_t type = 0;
    std::uint16_t rrClass = rrclass::IN;
    std::uint32_t ttl = 0;
    QList<QByteArray> rdatas;

    ResourceRecord record(qsizetype index) const { return { owner, type, rrClass, ttl, rdatas.at(index) }; }

    // Groups records into RRsets, keeping the order in which each set first appears.
    // Duplicate RDATA within a set is kept once (RFC 2181 §5).
    static QList<RrSet> group(const QList<ResourceRecord>& records);
    // The RDATAs of the RRSIG set at owner among grouped sets (RFC 4035 §5.3: the signatures an
    // RRset of that owner is checked with); empty when there is none.
    static QList<QByteArray> rrsigsAt(const QList<RrSet>& sets, const DnsName& owner);
};

} // namespace nameplan
