// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryoptions.h"
#include "serverendpoint.h"
#include "transportresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <vector>

class QSocketNotifier;
struct ares_channeldata;

namespace nameplan {

// One c-ares channel to one server with one set of options, driven by the Qt event loop of
// the thread that owns it. Internal to DnsTransport, which is what callers use.
//
// Why one channel per server: c-ares 1.18 turns EDNS off for a whole channel after one
// FORMERR (PLATFORM-NOTES), and a channel's timeout, tries and TCP flag apply to all its
// queries. Why a queue: about 300 simultaneous UDP queries on one channel time out where 100
// do not, so at most maxInFlight queries are handed to c-ares at once.
class CaresChannel : public QObject {
public:
    using FinishedFn = std::function<void(const TransportResult&)>;

    CaresChannel(const ServerEndpoint& server, const QueryOptions& options, int maxInFlight, FinishedFn onFinished,
        QObject* parent);
    ~CaresChannel() override;

    // Empty when the channel works; otherwise why c-ares refused it (every query then fails).
    QString initError() const { return m_initError; }

    // Queues the bytes; onFinished runs exactly once for the query unless forget() comes first.
    void enqueue(quint64 id, const QByteArray& query);
    // No result will be reported for the query. A queued query is dropped; one already in
    // c-ares (1.18 cannot cancel a single query) keeps its slot until it ends.
    void forget(quint64 id);
    // Forgets everything and ends every query inside c-ares (ares_cancel).
    void cancelAll();

    int inFlight() const { return static_cast<int>(m_inFlight.size()); }
    int queued() const { return static_cast<int>(m_queue.size()); }

private:
    struct Queued {
        quint64 id;
        QByteArray query;
    };
    struct InFlight {
        QElapsedTimer clock;
        quint16 wireId = 0;
        bool forgotten = false;
    };
    struct Notifiers {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    // The C callbacks c-ares calls (socket state, answers, socket functions), in the .cpp.
    friend struct CaresHooks;

    void startQueued();
    void complete(quint64 id, int status, const unsigned char* answer, int length);
    void noteReceived(int fd, const unsigned char* bytes, long length);
    void noteSocket(int fd, bool tcp, bool open);
    void updateNotifier(QSocketNotifier*& notifier, int fd, bool wanted, bool forRead);
    void process(int readFd, int writeFd);
    void settle();
    void rearmTimer();

    ServerEndpoint m_server;
    QueryOptions m_options;
    int m_maxInFlight;
    FinishedFn m_onFinished;
    ares_channeldata* m_channel = nullptr;
    QString m_initError;
    std::deque<Queued> m_queue;
    QHash<quint64, InFlight> m_inFlight;
    QHash<int, Notifiers> m_notifiers;
    QSet<int> m_tcpSockets;
    QSet<quint16> m_truncatedWireIds; // a UDP answer with TC arrived for this DNS ID
    std::vector<TransportResult> m_done;
    QTimer m_timer;
    bool m_settling = false;
    bool m_destroying = false;
};

} // namespace nameplan
