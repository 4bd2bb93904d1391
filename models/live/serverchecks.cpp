// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverchecks.h"

namespace nameplan {

namespace {
QString milliseconds(std::chrono::microseconds latency)
{
    return QString::number(double(latency.count()) / 1000.0, 'f', 1) + QStringLiteral(" ms");
}
} // namespace

void ServerChecks::judge(const ZoneEvidence& zone, int a, const LiveCheckOptions& options, QList<LiveFinding>& out)
{
    const ZoneEvidence::Authority& authority = zone.authorities[a];
    out.append(reachable(zone, a, authority.soaUdp, false));
    out.append(reachable(zone, a, authority.soaTcp, true));
    for (const auto& finding : { authoritative(zone, a), edns(zone, a), latency(zone, a, options) }) {
        if (finding)
            out.append(*finding);
    }
}

// RFC 1035 §4.2 (UDP and TCP) and RFC 7766 §5: an authority must answer over both.
LiveFinding ServerChecks::reachable(const ZoneEvidence& zone, int a, const LiveProbe* probe, bool tcp)
{
    const QString id = tcp ? QStringLiteral("reachable-tcp") : QStringLiteral("reachable-udp");
    const QString over = tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    const TransportResult& result = probe->evidence.result;
    if (result.ok())
        return zone.finding(id, LiveSeverity::Ok, a,
            QStringLiteral("answers over %1 in %2").arg(over, milliseconds(result.latency)), QString(), { probe });
    const QString advice = tcp
        ? QStringLiteral("Serve DNS over TCP on this address: RFC 7766 §5 requires it, and truncated answers "
                         "and DNSSEC depend on it.")
        : QStringLiteral("Check that the server runs and listens on this address and port, and that no firewall "
                         "drops DNS over UDP.");
    // A UDP answer with TC sends c-ares to TCP, and the error is then the TCP retry's: say so,
    // or a server whose UDP answers are always truncated reads as unreachable over UDP.
    const QString via = result.truncatedOverUdp ? QStringLiteral(" (answer truncated, TCP retry failed)") : QString();
    return zone.finding(id, LiveSeverity::Error, a,
        QStringLiteral("no answer over %1%4: %2 after %3")
            .arg(over, transportErrorName(result.error), milliseconds(result.latency), via),
        advice, { probe });
}

// RFC 1034 §4.3.1 and RFC 1912 §2.8: a listed authority that does not answer with AA for the
// zone (REFUSED, SERVFAIL, NOTAUTH, or a non-authoritative answer) is a lame delegation.
std::optional<LiveFinding> ServerChecks::authoritative(const ZoneEvidence& zone, int a)
{
    const LiveProbe* probe = zone.soaAnswer(a);
    if (!probe)
        return std::nullopt;
    const QString id = QStringLiteral("authoritative");
    const QString lameAdvice = QStringLiteral(
        "Load the zone on this server or remove the server from the zone's NS set (lame delegation, RFC 1912 §2.8).");
    if (!probe->message)
        return zone.finding(id, LiveSeverity::Error, a,
            QStringLiteral("the answer is not a valid DNS message: ") + probe->evidence.responseSummary(),
            QStringLiteral("Check the server software: its answers cannot be parsed."), { probe });
    const DnsMessage& message = *probe->message;
    if (message.rcode() != 0) // REFUSED, SERVFAIL, NOTAUTH, NXDOMAIN for the apex: not serving it
        return zone.finding(id, LiveSeverity::Error, a,
            QStringLiteral("lame: answers %1 for the zone's SOA").arg(probe->evidence.responseSummary()), lameAdvice,
            { probe });
    if (!message.header.aa)
        return zone.finding(id, LiveSeverity::Error, a,
            QStringLiteral("lame: answers without the AA bit (%1)").arg(probe->evidence.responseSummary()), lameAdvice,
            { probe });
    if (!zone.serves(a))
        return zone.finding(id, LiveSeverity::Error, a,
            QStringLiteral("answers with AA but without the zone's SOA (%1)").arg(probe->evidence.responseSummary()),
            lameAdvice, { probe });
    return zone.finding(
        id, LiveSeverity::Ok, a, QStringLiteral("answers authoritatively (AA) for the zone"), QString(), { probe });
}

// RFC 6891 §7: a responder that implements EDNS(0) includes an OPT record in its answer to a
// query that has one; FORMERR or no OPT means EDNS is not supported.
std::optional<LiveFinding> ServerChecks::edns(const ZoneEvidence& zone, int a)
{
    const LiveProbe* probe = zone.authorities[a].soaUdp;
    if (!probe->message)
        return std::nullopt;
    const QString id = QStringLiteral("edns");
    const QString advice = QStringLiteral(
        "Use server software that supports EDNS(0) (RFC 6891): without it DNSSEC and large answers need TCP.");
    const DnsMessage& message = *probe->message;
    if (!message.edns)
        return zone.finding(id, LiveSeverity::Warning, a,
            QStringLiteral("no OPT record in the answer to an EDNS query (%1)").arg(probe->evidence.responseSummary()),
            advice, { probe });
    return zone.finding(id, LiveSeverity::Ok, a,
        QStringLiteral("EDNS version %1, UDP payload size %2")
            .arg(message.edns->version)
            .arg(message.edns->udpPayloadSize),
        QString(), { probe });
}

std::optional<LiveFinding> ServerChecks::latency(const ZoneEvidence& zone, int a, const LiveCheckOptions& options)
{
    const LiveProbe* probe = zone.authorities[a].soaUdp;
    if (!probe->evidence.result.ok())
        return std::nullopt;
    const auto latency = probe->evidence.result.latency;
    const bool slow = latency > options.latencyWarning;
    return zone.finding(QStringLiteral("latency"), slow ? LiveSeverity::Warning : LiveSeverity::Ok, a,
        QStringLiteral("SOA over UDP in %1%2")
            .arg(milliseconds(latency),
                slow ? QStringLiteral(" (over %1 ms)").arg(options.latencyWarning.count()) : QString()),
        slow ? QStringLiteral("Move an authority closer to the clients or find what slows this one down.") : QString(),
        { probe });
}

} // namespace nameplan
