// SPDX-License-Identifier: GPL-3.0-or-later
#include "querybuilder.h"

#include "dnsheader.h"
#include "resourcerecord.h"

namespace nameplan {

QueryBuilder::QueryBuilder(const DnsName& name, std::uint16_t type, std::uint16_t qclass)
    : m_name(name)
    , m_type(type)
    , m_class(qclass)
{
}

QueryBuilder& QueryBuilder::setId(std::uint16_t id)
{
    m_id = id;
    return *this;
}

QueryBuilder& QueryBuilder::setRecursionDesired(bool on)
{
    m_rd = on;
    return *this;
}

QueryBuilder& QueryBuilder::setCheckingDisabled(bool on)
{
    m_cd = on;
    return *this;
}

QueryBuilder& QueryBuilder::setEdns(const Edns& edns)
{
    m_edns = edns;
    return *this;
}

QueryBuilder& QueryBuilder::clearEdns()
{
    m_edns.reset();
    return *this;
}

QByteArray QueryBuilder::build() const
{
    DnsHeader header;
    header.id = m_id;
    header.rd = m_rd;
    header.cd = m_cd;
    header.qdcount = 1;
    header.arcount = m_edns ? 1 : 0;
    QByteArray out;
    out.reserve(DnsHeader::size + m_name.wire().size() + 4 + (m_edns ? 11 : 0));
    header.appendWire(out);
    out.append(m_name.wire());
    const char question[4] = { static_cast<char>(m_type >> 8), static_cast<char>(m_type),
        static_cast<char>(m_class >> 8), static_cast<char>(m_class) };
    out.append(question, 4);
    if (m_edns) {
        // RFC 6891 §6.1.2: owner root, TYPE OPT, CLASS = UDP payload size, TTL = flags.
        const ResourceRecord opt { DnsName(), rrtype::OPT, m_edns->udpPayloadSize, m_edns->ttlField(),
            m_edns->optionsWire() };
        opt.appendWire(out);
    }
    return out;
}

} // namespace nameplan
