// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryoptions.h"
#include "serverendpoint.h"
#include "transportresult.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace nameplan {

class CaresChannel;

// Sends DNS queries, given as wire bytes, to one exact server each, over c-ares, without
// blocking: sockets are watched by QSocketNotifiers and c-ares' timeouts by a QTimer, all on
// the thread that owns the transport (a channel is not thread-safe in c-ares 1.18).
//
// The query bytes go out unchanged (ID, flags, the caller's OPT record with DO); the answer
// comes back whole, whatever its rcode (ARES_FLAG_NOCHECKRESP keeps REFUSED and SERVFAIL).
// UDP answers with TC are re-asked over TCP by c-ares, and the result says so.
//
// Contract: every send() is followed by exactly one finished() carrying its id, always
// delivered from the event loop (never from inside send() or cancel()). Queries to one server
// with equal options share a channel that holds at most maxInFlightPerChannel() of them in
// c-ares at once; the rest wait in order. Concurrent queries to one server need distinct DNS
// IDs (c-ares matches answers by ID and question). Delete the transport with deleteLater()
// when inside a slot connected to finished().
class DnsTransport : public QObject {
    Q_OBJECT
public:
    explicit DnsTransport(QObject* parent = nullptr);
    ~DnsTransport() override;

    // 64 by default: PLATFORM-NOTES measured timeouts at 300 simultaneous UDP queries on one
    // channel and none at 100. Applies to channels created afterwards.
    void setMaxInFlightPerChannel(int limit) { m_maxInFlight = qMax(1, limit); }
    int maxInFlightPerChannel() const { return m_maxInFlight; }

    // Returns the id that finished() will carry.
    quint64 send(const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options = {});
    // Ends one query with TransportError::Cancelled; false when it had already finished.
    bool cancel(quint64 queryId);
    void cancelAll();
    // Queries sent whose finished() has not been emitted yet.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Queries inside c-ares now, over all channels (at most maxInFlightPerChannel() each).
    int inFlightCount() const;

Q_SIGNALS:
    void finished(const nameplan::TransportResult& result);

private:
    CaresChannel* channelFor(const ServerEndpoint& server, const QueryOptions& options);
    void post(const TransportResult& result);
    void failNow(quint64 id, const ServerEndpoint& server, TransportError error);

    struct Pending {
        CaresChannel* channel; // null for queries that never reached a channel
        ServerEndpoint server;
    };

    int m_maxInFlight = 64;
    quint64 m_nextId = 1;
    QHash<QString, CaresChannel*> m_channels;
    QHash<quint64, Pending> m_pending;
};

} // namespace nameplan
