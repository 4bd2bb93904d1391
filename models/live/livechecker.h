// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"
#include "liveprobe.h"
#include "livereport.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace nameplan {

class DnsTransport;
struct TransportResult;

// Runs the live checks of a request on the Qt event loop of the thread that owns it: sends
// every probe (LiveProbe::plan) through DnsTransport, at most options.maxInFlight at once,
// then judges the evidence (LiveJudge) and emits finished() once.
//
// Contract: after start(), progress() reports answered probes and finished() comes exactly
// once, from the event loop, with the report (cancelled set after cancel()). Every query is
// bounded by its QueryOptions, so a silent server ends as a timeout finding, never a hang.
// start() during a run abandons the old run: its late answers are dropped (generation count).
class LiveChecker : public QObject {
    Q_OBJECT
public:
    explicit LiveChecker(QObject* parent = nullptr);
    ~LiveChecker() override;

    void start(const LiveCheckRequest& request);
    void cancel();
    bool isRunning() const { return m_running; }

    // How a blocking run is watched from outside its thread: cancelled is polled (every 50 ms)
    // and ends the run as cancel() does; progress gets what progress() emits.
    struct Watch {
        std::function<bool()> cancelled;
        std::function<void(int done, int total)> progress;
    };

    // For the command line, the report and tests: runs a request to the end on a local event
    // loop (needs a QCoreApplication, never on a GUI thread). A run still open after
    // request.worstCase() plus a margin is cancelled, so this always returns.
    static LiveReport runBlocking(const LiveCheckRequest& request, const Watch& watch = {});

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const nameplan::LiveReport& report);

private:
    void sendMore();
    void onResult(const TransportResult& result);
    void finish(bool cancelled);

    DnsTransport* m_transport;
    LiveCheckRequest m_request;
    QList<LiveProbe> m_probes;
    QHash<quint64, int> m_probeOfQuery; // transport id -> probe index, current run only
    LiveReport m_report;
    int m_nextProbe = 0;
    int m_done = 0;
    quint16 m_nextDnsId = 1;
    quint64 m_generation = 0; // bumped by start() and cancel(): a stale finish is dropped
    bool m_running = false;
};

} // namespace nameplan
