// SPDX-License-Identifier: GPL-3.0-or-later
#include "testlab.h"

#include <QDir>
#include <QTest>

#include <cstdio>

namespace nameplan {

TestLab::TestLab()
    : m_directory(QDir::tempPath() + QStringLiteral("/nameplan-lab-XXXXXX"))
{
    m_directory.setAutoRemove(qEnvironmentVariableIsEmpty("NAMEPLAN_LAB_KEEP"));
}

TestLab::~TestLab()
{
    if (QTest::currentTestFailed())
        printLogs();
    stopAll();
}

QString TestLab::writeZone(const ZoneFile& zone, const QString& fileName)
{
    const QString path = m_directory.filePath(fileName.isEmpty() ? zone.origin() + QStringLiteral("zone") : fileName);
    const QString error = zone.write(path);
    if (!error.isEmpty()) {
        m_lastError = error;
        return QString();
    }
    return path;
}

ServerEndpoint TestLab::allocate(bool ipv6)
{
    const QString address = ipv6 ? QStringLiteral("::1") : LabNetwork::nextAddress();
    return ServerEndpoint { address, LabNetwork::freePort(address) };
}

template <typename Server> Server* TestLab::add(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    auto server = std::make_unique<Server>(name, endpoint.value_or(allocate()));
    Server* raw = server.get();
    m_servers.push_back(std::move(server));
    return raw;
}

NsdServer* TestLab::addNsd(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<NsdServer>(name, endpoint);
}

KnotServer* TestLab::addKnot(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<KnotServer>(name, endpoint);
}

BindServer* TestLab::addBind(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<BindServer>(name, endpoint);
}

UnboundServer* TestLab::addUnbound(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<UnboundServer>(name, endpoint);
}

UnboundResolver* TestLab::addUnboundResolver(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<UnboundResolver>(name, endpoint);
}

SilentServer* TestLab::addSilent(const QString& name, std::optional<ServerEndpoint> endpoint)
{
    return add<SilentServer>(name, endpoint);
}

void TestLab::replicate(LabServer* primary, const QString& zone, const QList<LabServer*>& secondaries)
{
    for (LabServer* secondary : secondaries) {
        secondary->addSecondaryZone(zone, primary->endpoint());
        primary->addNotify(zone, secondary->endpoint());
    }
}

TestLab::Faults TestLab::plantFaults(const ZoneFile& zone, const QList<ServerEndpoint>& endpoints)
{
    const auto endpoint = [&endpoints](qsizetype index) {
        return index < endpoints.size() ? std::optional<ServerEndpoint>(endpoints[index]) : std::nullopt;
    };
    Faults faults;
    // Lame (RFC 1912 §2.8): listed for the zone but not serving it; NSD answers REFUSED.
    ZoneFile other(QStringLiteral("lame-elsewhere.invalid"), 1);
    other.addNameServer(QStringLiteral("ns.lame-elsewhere.invalid."));
    faults.lame = addNsd(QStringLiteral("lame"), endpoint(0));
    faults.lame->addPrimaryZone(other.origin(), writeZone(other));

    ZoneFile older = zone;
    older.setSerial(zone.serial() - 1);
    faults.stale = addNsd(QStringLiteral("stale"), endpoint(1));
    faults.stale->addPrimaryZone(
        zone.origin(), writeZone(older, QStringLiteral("stale-") + zone.origin() + QStringLiteral("zone")));

    faults.tcpRefusing = addUnbound(QStringLiteral("tcp-refusing"), endpoint(2));
    faults.tcpRefusing->setTcpEnabled(false);
    faults.tcpRefusing->addPrimaryZone(
        zone.origin(), writeZone(zone, QStringLiteral("udp-only-") + zone.origin() + QStringLiteral("zone")));

    faults.silent = addSilent(QStringLiteral("silent"), endpoint(3));
    return faults;
}

LabState TestLab::addStandardLab(const QString& zoneName, quint32 serial, std::optional<quint16> sharedPort)
{
    ZoneFile zone(zoneName, serial);
    LabState state;
    state.zone = zone.origin();
    state.serial = serial;
    const QStringList names { QStringLiteral("primary"), QStringLiteral("bind-secondary"),
        QStringLiteral("knot-secondary"), QStringLiteral("lame"), QStringLiteral("stale"),
        QStringLiteral("tcp-refusing"), QStringLiteral("silent") };
    const QStringList kinds { QStringLiteral("nsd"), QStringLiteral("bind"), QStringLiteral("knot"),
        QStringLiteral("nsd"), QStringLiteral("nsd"), QStringLiteral("unbound"), QStringLiteral("silent") };
    QList<ServerEndpoint> endpoints;
    for (qsizetype i = 0; i < names.size(); ++i) {
        endpoints.append(sharedPort ? ServerEndpoint { LabNetwork::nextAddress(), *sharedPort } : allocate());
        const QString host = QStringLiteral("ns%1.").arg(i + 1) + zone.origin();
        zone.addNameServer(host, endpoints.last().address);
        state.servers.append(LabState::Server { names[i], kinds[i], host, endpoints.last() });
    }
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.80"));
    zone.add(QStringLiteral("@"), QStringLiteral("MX"), QStringLiteral("10 mail"));
    zone.add(QStringLiteral("mail"), QStringLiteral("A"), QStringLiteral("192.0.2.25"));
    zone.addLargeTxt(QStringLiteral("big"), 8);

    state.zoneFile = writeZone(zone);
    NsdServer* primary = addNsd(names[0], endpoints[0]);
    primary->addPrimaryZone(zone.origin(), state.zoneFile);
    replicate(primary, zone.origin(), { addBind(names[1], endpoints[1]), addKnot(names[2], endpoints[2]) });
    plantFaults(zone, endpoints.mid(3));
    return state;
}

LabState TestLab::addDelegatedLab()
{
    const ServerEndpoint root = allocate();
    const ServerEndpoint parent { LabNetwork::nextAddress(), root.port };
    LabState state = addStandardLab(QStringLiteral("example.test."), 2024010101, root.port);
    state.roots = { root };
    state.parentZone = QStringLiteral("test.");
    state.missingFromParent = state.server(QStringLiteral("knot-secondary"))->host;
    state.wrongGlueHost = state.server(QStringLiteral("bind-secondary"))->host;
    state.wrongGlueAddress = LabNetwork::nextAddress(); // allocated, never listened on

    ZoneFile rootZone(QStringLiteral("."), 1);
    rootZone.addNameServer(QStringLiteral("a.root-servers.lab."), root.address);
    rootZone.add(state.parentZone, QStringLiteral("NS"), QStringLiteral("ns.test."));
    rootZone.add(QStringLiteral("ns.test."), QStringLiteral("A"), parent.address);
    addNsd(QStringLiteral("root"), root)
        ->addPrimaryZone(rootZone.origin(), writeZone(rootZone, QStringLiteral("root.zone")));

    ZoneFile parentZone(state.parentZone, 1);
    parentZone.addNameServer(QStringLiteral("ns.test."), parent.address);
    for (const LabState::Server& server : std::as_const(state.servers)) {
        if (server.host == state.missingFromParent)
            continue;
        parentZone.add(state.zone, QStringLiteral("NS"), server.host);
        parentZone.add(server.host, QStringLiteral("A"),
            server.host == state.wrongGlueHost ? state.wrongGlueAddress : server.endpoint.address);
    }
    addKnot(QStringLiteral("parent"), parent)->addPrimaryZone(parentZone.origin(), writeZone(parentZone));
    return state;
}

bool TestLab::startAll(std::chrono::milliseconds boundPerServer)
{
    for (const auto& server : m_servers) {
        if (server->isRunning())
            continue;
        if (!server->start(boundPerServer)) {
            m_lastError
                = server->name() + QStringLiteral(": ") + server->lastError() + QLatin1Char('\n') + server->logs();
            return false;
        }
    }
    return true;
}

void TestLab::stopAll(std::chrono::milliseconds bound)
{
    for (const auto& server : m_servers)
        server->stop(bound);
}

QList<LabServer*> TestLab::servers() const
{
    QList<LabServer*> list;
    for (const auto& server : m_servers)
        list.append(server.get());
    return list;
}

LabServer* TestLab::server(const QString& name) const
{
    for (const auto& server : m_servers) {
        if (server->name() == name)
            return server.get();
    }
    return nullptr;
}

QString TestLab::logs() const
{
    QString text;
    for (const auto& server : m_servers)
        text += server->logs();
    return text;
}

void TestLab::printLogs() const
{
    const QByteArray text = logs().toLocal8Bit();
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
}

} // namespace nameplan
