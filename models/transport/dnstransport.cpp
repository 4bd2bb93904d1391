// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnstransport.h"

#include "careschannel.h"

#include <QMetaObject>

namespace nameplan {

namespace {
QString channelKey(const ServerEndpoint& server, const QueryOptions& options)
{
    return server.toString() + (options.forceTcp ? QStringLiteral("/tcp/") : QStringLiteral("/udp/"))
        + QString::number(options.attemptTimeout.count()) + QLatin1Char('/') + QString::number(options.attempts)
        + QLatin1Char('/') + QString::number(options.ednsBufferSize);
}

// Bounds of a DNS message: a 12-byte header (RFC 1035 §4.1.1) and a 16-bit TCP length.
constexpr qsizetype minimumQuerySize = 12;
constexpr qsizetype maximumQuerySize = 65535;
}

DnsTransport::DnsTransport(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<nameplan::TransportResult>();
}

DnsTransport::~DnsTransport()
{
    // Channels go first, while m_pending still exists: c-ares' destruction callbacks are
    // ignored by the channels, and nothing is posted any more.
    qDeleteAll(m_channels);
}

quint64 DnsTransport::send(const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options)
{
    const quint64 id = m_nextId++;
    if (!ServerEndpoint::isNumericAddress(server.address) || server.port == 0) {
        failNow(id, server, TransportError::BadServer);
        return id;
    }
    if (query.size() < minimumQuerySize || query.size() > maximumQuerySize) {
        failNow(id, server, TransportError::BadQuery);
        return id;
    }
    CaresChannel* channel = channelFor(server, options);
    m_pending.insert(id, { channel, server });
    channel->enqueue(id, query);
    return id;
}

bool DnsTransport::cancel(quint64 queryId)
{
    const auto found = m_pending.find(queryId);
    if (found == m_pending.end())
        return false;
    const Pending pending = found.value();
    m_pending.erase(found);
    if (pending.channel)
        pending.channel->forget(queryId);
    const TransportResult cancelled = TransportResult::failure(queryId, pending.server, TransportError::Cancelled);
    QMetaObject::invokeMethod(
        this, [this, cancelled] { Q_EMIT finished(cancelled); }, Qt::QueuedConnection);
    return true;
}

void DnsTransport::cancelAll()
{
    const QList<quint64> ids = m_pending.keys();
    for (const quint64 id : ids)
        cancel(id);
    for (CaresChannel* channel : std::as_const(m_channels))
        channel->cancelAll();
}

int DnsTransport::inFlightCount() const
{
    int count = 0;
    for (const CaresChannel* channel : m_channels)
        count += channel->inFlight();
    return count;
}

CaresChannel* DnsTransport::channelFor(const ServerEndpoint& server, const QueryOptions& options)
{
    const QString key = channelKey(server, options);
    CaresChannel*& channel = m_channels[key];
    if (!channel)
        channel = new CaresChannel(
            server, options, m_maxInFlight, [this](const TransportResult& r) { post(r); }, this);
    return channel;
}

// Results reach callers from the event loop, and only while the query is still pending: a
// query cancelled after its answer was posted reports Cancelled, once.
void DnsTransport::post(const TransportResult& result)
{
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            if (m_pending.remove(result.queryId))
                Q_EMIT finished(result);
        },
        Qt::QueuedConnection);
}

void DnsTransport::failNow(quint64 id, const ServerEndpoint& server, TransportError error)
{
    m_pending.insert(id, { nullptr, server });
    post(TransportResult::failure(id, server, error));
}

} // namespace nameplan
