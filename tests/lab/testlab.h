// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Nameplan test lab: real DNS servers on loopback for every DNS test.
//
// Link `nameplan_testlab` (it brings nameplan_transport's ServerEndpoint). A test builds a
// TestLab, writes zones, adds servers, wires replication, starts, and asserts; the lab stops
// every server (SIGTERM, then SIGKILL after a bound, by process group) when it goes away and
// prints every server's configuration and output if the running Qt test function failed.
//
//     TestLab lab;
//     ZoneFile zone(QStringLiteral("example.test"), 2024010101);
//     LabServer* primary = lab.addNsd(QStringLiteral("p"));      // 127.0.0.x, free high port
//     LabServer* secondary = lab.addBind(QStringLiteral("s"));
//     zone.addNameServer(QStringLiteral("ns1"), primary->endpoint().address);
//     const QString file = lab.writeZone(zone);                   // in the lab directory
//     primary->addPrimaryZone(zone.origin(), file);
//     lab.replicate(primary, zone.origin(), { secondary });       // AXFR + NOTIFY
//     QVERIFY2(lab.startAll(), qPrintable(lab.lastError()));
//     QVERIFY(secondary->waitForSerial(zone.origin(), zone.serial(), 5s));
//
// Pieces:
// - LabServer (labserver.h): one server; endpoint(), addPrimaryZone(), addSecondaryZone(),
//   addNotify(), start(bound), stop(bound), reload() (SIGHUP: reread zone files), serial(),
//   waitForSerial(), waitUntilAnswering(), logs(). Subclasses: NsdServer (nsd -d), KnotServer
//   (knotd), BindServer (named -g; adds its 127.0.0.x to lo when root), UnboundServer
//   (unbound -d, auth-zone; setTcpEnabled(false) refuses TCP), SilentServer (in-process,
//   never answers). UnboundResolver: a validating resolver (trust-anchor file, stub zones
//   into the lab) as a reference validator.
// - ZoneFile (zonefile.h): SOA, NS + glue, any record, addLargeTxt() for truncation.
// - ZoneSigner (zonesigner.h): KSK + ZSK with BIND or ldns tools, any algorithm they make,
//   NSEC or NSEC3 (iterations, salt, opt-out), chosen inception and expiration; returns the
//   signed file, the DNSKEYs and the DS for anchors or the parent.
// - ZoneEdit (zoneedit.h): breaks a signed zone after signing (tampered RDATA, RRSIGs removed
//   or naming no key, another algorithm number) for the broken-zone catalogues.
// - LabMessage (labmessage.h): hand-built queries and header readers, a bounded UDP exchange.
// - LabModel (labmodel.h): the Nameplan model of a lab the test started (settings, regions,
//   providers, authorities on the lab's addresses, zones, names, services, scenarios), for the
//   tests that hand a model file to the engine, the command line or the workbench.
// - addStandardLab() / LabState (labstate.h) / nameplan_labrunner: the standard lab, also
//   as a CTest fixture: `nameplan_add_lab_fixture(NAME lab_standard STATE <file>)` in
//   tests/lab/CMakeLists.txt starts it before the tests that list it in FIXTURES_REQUIRED
//   and stops it after; those tests read the state file with LabState::load().
// - LabNetwork (labnetwork.h): 127.0.0.x allocation, free ports, IPv6 loopback detection.
// - Planted faults (plantFaults): a lame server (NSD without the zone: REFUSED), a stale
//   secondary (NSD with an older serial, never transferring), a TCP-refusing server
//   (Unbound, UDP only) and a silent server, for the live-check tests.
//
// Ports are chosen free at run time and addresses per process, so parallel ctest runs do
// not collide. Each daemon starts from its own temporary directory (NAMEPLAN_LAB_KEEP=1
// keeps them) and is started with a bound (default 5 s; typical start is 0.1–0.3 s).

#include "bindserver.h"
#include "knotserver.h"
#include "labmessage.h"
#include "labmodel.h"
#include "labnetwork.h"
#include "labserver.h"
#include "labstate.h"
#include "nsdserver.h"
#include "silentserver.h"
#include "unboundresolver.h"
#include "unboundserver.h"
#include "zoneedit.h"
#include "zonefile.h"
#include "zonesigner.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace nameplan {

class TestLab {
public:
    static constexpr std::chrono::milliseconds defaultStartBound { 5000 };
    static constexpr std::chrono::milliseconds defaultStopBound { 3000 };

    TestLab();
    ~TestLab();
    TestLab(const TestLab&) = delete;
    TestLab& operator=(const TestLab&) = delete;

    // Where zone files, keys and signed zones go (removed with the lab unless NAMEPLAN_LAB_KEEP).
    QString directory() const { return m_directory.path(); }
    // Writes the zone as <directory>/<origin>zone (or fileName) and returns the absolute path;
    // empty on failure (lastError() says why).
    QString writeZone(const ZoneFile& zone, const QString& fileName = QString());

    // A fresh 127.0.0.x (or ::1 when ipv6) with a port free for UDP and TCP.
    ServerEndpoint allocate(bool ipv6 = false);

    // Servers owned by the lab, not started yet; the endpoint defaults to allocate().
    NsdServer* addNsd(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);
    KnotServer* addKnot(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);
    BindServer* addBind(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);
    UnboundServer* addUnbound(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);
    UnboundResolver* addUnboundResolver(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);
    SilentServer* addSilent(const QString& name, std::optional<ServerEndpoint> endpoint = std::nullopt);

    // The secondaries transfer the zone from primary by AXFR; primary NOTIFYs them.
    void replicate(LabServer* primary, const QString& zone, const QList<LabServer*>& secondaries);

    struct Faults {
        NsdServer* lame = nullptr; // answers, but REFUSED for the zone (serves another zone)
        NsdServer* stale = nullptr; // the zone at serial - 1, never transferred
        UnboundServer* tcpRefusing = nullptr; // the zone over UDP; TCP connections refused
        SilentServer* silent = nullptr; // never answers
    };
    // Adds (does not start) the four planted faults for `zone`; the stale copy and the
    // TCP-refusing copy are written from `zone` (serial - 1 for the stale one). Endpoints,
    // when given, are used in the order lame, stale, tcp-refusing, silent.
    Faults plantFaults(const ZoneFile& zone, const QList<ServerEndpoint>& endpoints = {});

    // The lab the live checks run against (also what nameplan_labrunner starts for CTest
    // fixtures): `zone` served by an NSD primary (ns1) with a BIND (ns2) and a Knot (ns3)
    // secondary fed by AXFR + NOTIFY, and the planted faults listed in its NS set too: ns4
    // lame, ns5 stale, ns6 TCP-refusing, ns7 silent. Records: www A, mail MX, big TXT
    // (too large for UDP). Adds the servers without starting them; returns their layout.
    // With sharedPort, every server listens on that port (each on its own 127.0.0.x), as a
    // walk from the roots needs: glue carries no port.
    LabState addStandardLab(const QString& zone = QStringLiteral("example.test."), quint32 serial = 2024010101,
        std::optional<quint16> sharedPort = std::nullopt);

    // The standard lab for example.test. on one shared port, below a root and a parent so that
    // the live checks walk from the roots (state.roots): a root (NSD) serving "." delegates
    // test. to a parent (Knot), which delegates example.test. with two planted faults: its NS
    // set leaves out ns3 (knot-secondary), and the glue of ns2 (bind-secondary) is an address
    // no server listens on (state.wrongGlue*). Everything else is as in addStandardLab().
    LabState addDelegatedLab();

    // Starts every server not running yet, in the order added; false at the first failure.
    bool startAll(std::chrono::milliseconds boundPerServer = defaultStartBound);
    void stopAll(std::chrono::milliseconds bound = defaultStopBound);
    QString lastError() const { return m_lastError; }

    QList<LabServer*> servers() const;
    // The server added under that name, or null.
    LabServer* server(const QString& name) const;
    // Every server's configuration and output, for failure reports.
    QString logs() const;
    void printLogs() const;

private:
    template <typename Server> Server* add(const QString& name, std::optional<ServerEndpoint> endpoint);

    QTemporaryDir m_directory;
    std::vector<std::unique_ptr<LabServer>> m_servers;
    QString m_lastError;
};

} // namespace nameplan
