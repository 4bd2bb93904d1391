// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingexchange.h"

#include "dnstransport.h"

#include <QEventLoop>
#include <QHash>
#include <QTimer>

namespace nameplan {

QList<TransportResult> BlockingExchange::runAll(const QList<Request>& requests, std::chrono::milliseconds deadline,
    int maxInFlightPerChannel, const std::function<bool()>& cancelled)
{
    QList<TransportResult> results(requests.size());
    QList<bool> done(requests.size(), false);
    qsizetype remaining = requests.size();
    DnsTransport transport;
    transport.setMaxInFlightPerChannel(maxInFlightPerChannel);
    QEventLoop loop;
    QHash<quint64, qsizetype> indexOf;
    QObject::connect(&transport, &DnsTransport::finished, &loop, [&](const TransportResult& result) {
        const qsizetype index = indexOf.value(result.queryId, -1);
        if (index < 0 || done[index])
            return;
        results[index] = result;
        done[index] = true;
        if (--remaining == 0)
            loop.quit();
    });
    for (qsizetype i = 0; i < requests.size(); ++i)
        indexOf.insert(transport.send(requests[i].query, requests[i].server, requests[i].options), i);

    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(deadline);
    QTimer poll;
    if (cancelled) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled())
                loop.quit();
        });
        poll.start(50);
    }
    if (remaining > 0 && !(cancelled && cancelled()))
        loop.exec();

    const TransportError open = cancelled && cancelled() ? TransportError::Cancelled : TransportError::DeadlineExceeded;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!done[i])
            results[i] = TransportResult::failure(indexOf.key(i), requests[i].server, open);
    }
    return results;
}

TransportResult BlockingExchange::run(const QByteArray& query, const ServerEndpoint& server,
    const QueryOptions& options, std::optional<std::chrono::milliseconds> deadline)
{
    using namespace std::chrono_literals;
    const auto bound = deadline.value_or(options.worstCase() + 1000ms);
    return runAll({ Request { query, server, options } }, bound).constFirst();
}

} // namespace nameplan
