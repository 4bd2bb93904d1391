// SPDX-License-Identifier: GPL-3.0-or-later
#include "labserver.h"

#include "labmessage.h"

#include <QDeadlineTimer>
#include <QThread>

namespace nameplan {

namespace {
QString absolute(const QString& zone)
{
    return zone.endsWith(QLatin1Char('.')) ? zone : zone + QLatin1Char('.');
}
constexpr std::chrono::milliseconds pollInterval { 20 };
constexpr std::chrono::milliseconds probeTimeout { 200 };
}

LabServer::LabServer(const QString& name, const ServerEndpoint& endpoint)
    : m_name(name)
    , m_endpoint(endpoint)
{
}

LabServer::~LabServer() = default;

LabServer::Zone& LabServer::zoneNamed(const QString& zone)
{
    const QString name = absolute(zone);
    for (Zone& existing : m_zones) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return existing;
    }
    m_zones.append(Zone { name, QString(), std::nullopt, {} });
    return m_zones.last();
}

void LabServer::addPrimaryZone(const QString& zone, const QString& zoneFile)
{
    zoneNamed(zone).file = zoneFile;
}

void LabServer::addSecondaryZone(const QString& zone, const ServerEndpoint& primary)
{
    zoneNamed(zone).primary = primary;
}

void LabServer::addNotify(const QString& zone, const ServerEndpoint& target)
{
    zoneNamed(zone).notify.append(target);
}

std::optional<quint32> LabServer::serial(const QString& zone, std::chrono::milliseconds timeout) const
{
    static quint16 nextId = 0x4c00;
    const auto answer
        = LabMessage::exchangeUdp(m_endpoint, LabMessage::query(zone, LabMessage::SOA, ++nextId), timeout);
    if (!answer || LabMessage::rcode(*answer) != LabMessage::NoError)
        return std::nullopt;
    return LabMessage::soaSerial(*answer);
}

bool LabServer::waitForSerial(const QString& zone, quint32 minimumSerial, std::chrono::milliseconds bound) const
{
    // Several answers in a row: right after a transfer NSD's old server process (without
    // the zone, SERVFAIL) still shares the socket with the new one for a moment.
    constexpr int confirmations = 3;
    const QDeadlineTimer deadline(bound);
    int inRow = 0;
    do {
        const auto current = serial(zone, probeTimeout);
        inRow = current && *current >= minimumSerial ? inRow + 1 : 0;
        if (inRow == confirmations)
            return true;
        QThread::msleep(pollInterval.count());
    } while (!deadline.hasExpired());
    return false;
}

bool LabServer::waitUntilAnswering(std::chrono::milliseconds bound) const
{
    const QDeadlineTimer deadline(bound);
    const QString probeName = m_zones.isEmpty() ? QStringLiteral(".") : m_zones.constFirst().name;
    quint16 id = 0x1ab0;
    do {
        if (LabMessage::exchangeUdp(m_endpoint, LabMessage::query(probeName, LabMessage::SOA, ++id), probeTimeout))
            return true;
        if (!isRunning())
            return false;
        QThread::msleep(pollInterval.count());
    } while (!deadline.hasExpired());
    return false;
}

} // namespace nameplan
