// SPDX-License-Identifier: GPL-3.0-or-later
#include "livechecker.h"

#include "dnssecchecks.h"
#include "dnstransport.h"
#include "livejudge.h"

#include <QEventLoop>
#include <QTimer>

namespace nameplan {

LiveChecker::LiveChecker(QObject* parent)
    : QObject(parent)
    , m_transport(new DnsTransport(this))
{
    connect(m_transport, &DnsTransport::finished, this, &LiveChecker::onResult);
}

LiveChecker::~LiveChecker() = default;

void LiveChecker::start(const LiveCheckRequest& request)
{
    // Abandon a running run: forgetting its ids drops its late answers.
    m_transport->cancelAll();
    m_probeOfQuery.clear();
    ++m_generation;
    m_request = request;
    m_probes = LiveProbe::plan(request);
    m_report = LiveReport {};
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_nextProbe = 0;
    m_done = 0;
    m_running = true;
    if (m_probes.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                finish(false);
        });
        return;
    }
    sendMore();
}

void LiveChecker::cancel()
{
    if (!m_running)
        return;
    m_probeOfQuery.clear();
    m_transport->cancelAll();
    m_running = false;
    QTimer::singleShot(0, this, [this, generation = ++m_generation] {
        if (generation == m_generation)
            finish(true);
    });
}

void LiveChecker::sendMore()
{
    while (m_nextProbe < m_probes.size() && m_probeOfQuery.size() < m_request.options.maxInFlight) {
        const LiveProbe& probe = m_probes[m_nextProbe];
        QueryOptions options;
        options.forceTcp = probe.forceTcp();
        options.attemptTimeout = m_request.options.attemptTimeout;
        options.attempts = m_request.options.attempts;
        // Distinct DNS IDs: c-ares matches answers to queries by ID and question.
        const quint64 id = m_transport->send(probe.query(m_nextDnsId++), probe.evidence.server, options);
        m_probeOfQuery.insert(id, m_nextProbe++);
    }
}

void LiveChecker::onResult(const TransportResult& result)
{
    const auto found = m_probeOfQuery.constFind(result.queryId);
    if (found == m_probeOfQuery.cend())
        return; // an abandoned or cancelled run
    LiveProbe& probe = m_probes[found.value()];
    m_probeOfQuery.erase(found);
    probe.evidence.result = result;
    if (result.ok()) {
        DnsMessage message = DnsMessage::parse(result.response);
        if (message.isValid())
            probe.message = std::move(message);
    }
    ++m_done;
    Q_EMIT progress(m_done, int(m_probes.size()));
    if (m_done == m_probes.size())
        finish(false);
    else
        sendMore();
}

void LiveChecker::finish(bool cancelled)
{
    m_running = false;
    m_report.cancelled = cancelled;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    if (!cancelled) {
        m_report.findings = LiveJudge::judge(m_request, m_probes);
        DnssecChecks::judge(m_request, m_probes, m_report.finishedAt.toSecsSinceEpoch(), m_report);
    }
    Q_EMIT finished(m_report);
}

LiveReport LiveChecker::runBlocking(const LiveCheckRequest& request, const Watch& watch)
{
    LiveChecker checker;
    LiveReport report;
    QEventLoop loop;
    connect(&checker, &LiveChecker::finished, &loop, [&](const LiveReport& done) {
        report = done;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &checker, &LiveChecker::cancel);
    deadline.start(request.worstCase() + std::chrono::seconds(2));
    if (watch.progress)
        connect(&checker, &LiveChecker::progress, &loop, watch.progress);
    QTimer poll;
    if (watch.cancelled) {
        connect(&poll, &QTimer::timeout, &checker, [&checker, &watch] {
            if (watch.cancelled())
                checker.cancel();
        });
        poll.start(50);
    }
    checker.start(request);
    loop.exec();
    return report;
}

} // namespace nameplan
