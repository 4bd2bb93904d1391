// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace nameplan {

// One query over TCP to one exact server, then every length-prefixed message it sends back
// (RFC 1035 §4.2.2, RFC 7766 §8) until the caller has what it wants: the stream a zone
// transfer (RFC 5936) arrives in. Synchronous (blocking waits on a QTcpSocket, no event loop
// needed); never call it on a GUI thread. Every wait is bounded: an idle timeout between
// octets, an overall deadline, a message count and a byte count, so a silent, slow or endless
// server ends in an error instead of a hang or unbounded memory.
class TcpMessageStream {
public:
    struct Limits {
        std::chrono::milliseconds idleTimeout { 5000 };
        std::chrono::milliseconds deadline { 300000 };
        int maxMessages = 200000;
        qint64 maxBytes = qint64(1) << 30;
    };

    enum class Error { None, ConnectFailed, Timeout, Closed, TooManyMessages, TooManyBytes };

    struct Result {
        Error error = Error::None;
        QString message; // what went wrong, naming the server; empty when error is None
        int messages = 0;
        qint64 bytes = 0;
        bool ok() const { return error == Error::None; }
    };

    // Sends query and hands each received message to onMessage, which returns true to wait for
    // the next one and false once the stream is complete (or the caller gives up on it).
    static Result exchange(const QByteArray& query, const ServerEndpoint& server, const Limits& limits,
        const std::function<bool(const QByteArray&)>& onMessage);
};

} // namespace nameplan
