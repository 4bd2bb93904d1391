// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryoptions.h"
#include "serverendpoint.h"
#include "transportresult.h"

#include <QByteArray>
#include <QList>

#include <chrono>
#include <functional>
#include <optional>

namespace nameplan {

// The synchronous form of DnsTransport for command-line tools and tests: runs a local event
// loop until every answer is in or a hard deadline passes, then returns. Needs a
// QCoreApplication; never call it on a GUI thread (it blocks until the deadline).
class BlockingExchange {
public:
    struct Request {
        QByteArray query;
        ServerEndpoint server;
        QueryOptions options;
    };

    // One result per request, in request order. Requests still open at the deadline end with
    // TransportError::DeadlineExceeded; cancelled, when given, is polled every 50 ms and ends
    // the open ones with TransportError::Cancelled (a silent server must not hold a stop).
    static QList<TransportResult> runAll(const QList<Request>& requests, std::chrono::milliseconds deadline,
        int maxInFlightPerChannel = 64, const std::function<bool()>& cancelled = {});

    // One query; the deadline defaults to the options' worst case plus one second.
    static TransportResult run(const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options = {},
        std::optional<std::chrono::milliseconds> deadline = std::nullopt);
};

} // namespace nameplan
