// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "edns.h"
#include "rrtype.h"

#include <QByteArray>

#include <optional>

namespace nameplan {

// Builds one standard query (OPCODE QUERY, RFC 1035 §4.1) for any type and class, with RD and
// CD bits (RFC 4035 §3.2.2) and optionally an EDNS(0) OPT record carrying the UDP payload
// size, the DO bit (RFC 3225) and options (RFC 6891 §6.1.2). Names are written uncompressed:
// a query has one name, so compression would gain nothing.
class QueryBuilder {
public:
    QueryBuilder(const DnsName& name, std::uint16_t type, std::uint16_t qclass = rrclass::IN);

    QueryBuilder& setId(std::uint16_t id);
    QueryBuilder& setRecursionDesired(bool on);
    QueryBuilder& setCheckingDisabled(bool on);
    // Adds an OPT record described by edns (its extendedRcode must be 0 in a query).
    QueryBuilder& setEdns(const Edns& edns);
    QueryBuilder& clearEdns();

    // The query's wire octets (at most 12 + 259 + 11 + options octets).
    QByteArray build() const;

private:
    DnsName m_name;
    std::uint16_t m_type;
    std::uint16_t m_class;
    std::uint16_t m_id = 0;
    bool m_rd = false;
    bool m_cd = false;
    std::optional<Edns> m_edns;
};

} // namespace nameplan
