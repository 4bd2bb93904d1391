// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace nameplan {

// One authoritative server of the test lab on its own address and port: the abstraction
// every implementation (NSD, Knot, BIND, Unbound, the in-process silent server) subclasses.
// Configure zones first, then start(); stop() is also done by the destructor.
class LabServer {
public:
    LabServer(const QString& name, const ServerEndpoint& endpoint);
    virtual ~LabServer();
    LabServer(const LabServer&) = delete;
    LabServer& operator=(const LabServer&) = delete;

    QString name() const { return m_name; }
    ServerEndpoint endpoint() const { return m_endpoint; }
    virtual QString implementation() const = 0; // "nsd", "knot", "bind", "unbound", "silent"

    // Serves zoneFile (absolute path) as a primary; NOTIFY goes to every addNotify() target.
    void addPrimaryZone(const QString& zone, const QString& zoneFile);
    // Transfers the zone from primary by AXFR, accepting NOTIFY from loopback addresses.
    void addSecondaryZone(const QString& zone, const ServerEndpoint& primary);
    void addNotify(const QString& zone, const ServerEndpoint& target);

    // Starts and waits (bounded) until the server answers a UDP query. On failure lastError()
    // says why and logs() holds the server's output.
    virtual bool start(std::chrono::milliseconds bound) = 0;
    // SIGTERM, then SIGKILL when the process is still there after the bound.
    virtual void stop(std::chrono::milliseconds bound) = 0;
    virtual bool isRunning() const = 0;
    // Rereads zone files (SIGHUP); false when not running or unsupported.
    virtual bool reload() { return false; }
    virtual QString logs() const = 0;
    QString lastError() const { return m_lastError; }

    // The zone's SOA serial as this server answers it now, over UDP.
    std::optional<quint32> serial(const QString& zone, std::chrono::milliseconds timeout) const;
    // Polls until the server answers the zone's SOA with at least minimumSerial, three times
    // in a row (RFC 1982 comparison is not needed in the lab: serials only grow there).
    bool waitForSerial(const QString& zone, quint32 minimumSerial, std::chrono::milliseconds bound) const;
    // Polls until the server answers any UDP query (any rcode).
    bool waitUntilAnswering(std::chrono::milliseconds bound) const;

protected:
    struct Zone {
        QString name; // absolute, with the trailing dot
        QString file; // primary: the zone file; secondary: empty (the server chooses)
        std::optional<ServerEndpoint> primary;
        QList<ServerEndpoint> notify;
    };
    const QList<Zone>& zones() const { return m_zones; }
    void setLastError(const QString& error) { m_lastError = error; }

private:
    Zone& zoneNamed(const QString& zone);

    QString m_name;
    ServerEndpoint m_endpoint;
    QList<Zone> m_zones;
    QString m_lastError;
};

} // namespace nameplan
