// SPDX-License-Identifier: GPL-3.0-or-later
#include "axfrclient.h"

#include "dnsmessage.h"
#include "dnsmnemonics.h"
#include "querybuilder.h"

#include <QRandomGenerator>

namespace nameplan {

namespace {
// Takes the stream's messages one by one; stops it at the closing SOA or the first problem.
class Collector {
public:
    Collector(const DnsName& zone, std::uint16_t id, qsizetype maxRecords)
        : m_zone(zone)
        , m_id(id)
        , m_maxRecords(maxRecords)
    {
    }

    bool take(const QByteArray& wire)
    {
        const DnsMessage message = DnsMessage::parse(wire);
        if (!message.isValid())
            return stop(QStringLiteral("malformed message %1 in the transfer: %2")
                            .arg(m_messages + 1)
                            .arg(message.error().toString()));
        ++m_messages;
        if (!message.header.qr || message.header.id != m_id)
            return stop(QStringLiteral("message %1 is not an answer to the transfer request").arg(m_messages));
        if (message.rcode() != 0)
            return stop(QStringLiteral("the server answered %1 to the transfer of %2")
                            .arg(DnsMnemonics::rcodeName(message.rcode()), m_zone.toString()));
        if (message.header.tc)
            return stop(QStringLiteral("message %1 of the transfer is truncated (TC)").arg(m_messages));
        if (message.answers.isEmpty())
            return stop(QStringLiteral("message %1 of the transfer carries no records").arg(m_messages));
        for (const ResourceRecord& record : message.answers) {
            if (!takeRecord(record))
                return false;
        }
        return true;
    }

    bool complete() const { return m_complete; }
    const QString& error() const { return m_error; }
    QList<ResourceRecord> takeRecords() { return std::move(m_records); }

private:
    bool stop(const QString& error)
    {
        m_error = error;
        return false;
    }

    bool isZoneSoa(const ResourceRecord& record) const { return record.type == rrtype::SOA && record.owner == m_zone; }

    bool takeRecord(const ResourceRecord& record)
    {
        if (m_complete)
            return stop(QStringLiteral("records after the closing SOA"));
        if (m_records.isEmpty() && !isZoneSoa(record))
            return stop(QStringLiteral("the transfer does not start with the SOA of %1").arg(m_zone.toString()));
        if (!m_records.isEmpty() && isZoneSoa(record)) {
            m_complete = true; // RFC 5936 §2.2: the second SOA ends the transfer
            return false;
        }
        if (!record.owner.isSubdomainOf(m_zone))
            return stop(QStringLiteral("record %1 is outside the zone").arg(record.toString()));
        if (m_records.size() >= m_maxRecords)
            return stop(QStringLiteral("more than %1 records").arg(m_maxRecords));
        m_records.append(record);
        return true;
    }

    DnsName m_zone;
    std::uint16_t m_id;
    qsizetype m_maxRecords;
    int m_messages = 0;
    bool m_complete = false;
    QString m_error;
    QList<ResourceRecord> m_records;
};
} // namespace

AxfrClient::Result AxfrClient::transfer(
    const DnsName& zone, const ServerEndpoint& server, const Limits& limits, const std::function<bool()>& canceled)
{
    const auto id = std::uint16_t(QRandomGenerator::global()->generate());
    const QByteArray query = QueryBuilder(zone, rrtype::AXFR).setId(id).build();
    Collector collector(zone, id, limits.maxRecords);
    bool stopped = false;
    const TcpMessageStream::Result stream
        = TcpMessageStream::exchange(query, server, limits.stream, [&](const QByteArray& wire) {
              stopped = canceled && canceled();
              return !stopped && collector.take(wire);
          });
    Result result;
    result.messages = stream.messages;
    result.bytes = stream.bytes;
    if (!stream.ok())
        result.error = stream.message;
    else if (stopped)
        result.error = QStringLiteral("%1: the transfer was canceled").arg(server.toString());
    else if (!collector.error().isEmpty())
        result.error = QStringLiteral("%1: %2").arg(server.toString(), collector.error());
    else if (!collector.complete())
        result.error = QStringLiteral("%1: the transfer ended before the closing SOA").arg(server.toString());
    else
        result.records = collector.takeRecords();
    return result;
}

} // namespace nameplan
