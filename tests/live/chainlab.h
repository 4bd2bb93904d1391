// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"
#include "testlab.h"

#include <QHash>

namespace nameplan {

// The lab of the chain-of-trust tests: a signed lab root "." (the anchor is its DS) delegating
// two signed TLDs, each zone signed at test time and served by NSD on its own 127.0.0.x, all
// on one port (glue carries no port):
//   test.          NSEC, holds the DS of its signed children
//     secure.test.   signed and securely delegated; ns1 serves it, ns2 a copy signed with other
//                    keys (a secondary with keys the parent's DS does not name)
//     wrongds.test.  signed, but the DS at test. is of keys it never used (DS matches no key)
//     plain.test.    unsigned, no DS: test.'s NSEC proves the delegation insecure
//     broken.test.   signed and securely delegated, but its www A was changed after signing
//     CNAMEs (addCnames): alias -> www.opt., *.wild -> www.opt., tobroken -> www.broken.test.,
//                    toplain -> www.plain.test., loop <-> loop.opt., long0 .. long14 (14 CNAMEs
//                    alternating between test. and opt.)
//   opt.           NSEC3 with opt-out
//     plain.opt.     unsigned, no DS: covered by an opt-out NSEC3 (RFC 5155 §6)
// Every zone has "www A". Only 127.0.0.0/8; the servers stop with the lab.
class ChainLab {
public:
    // Signs the zones, starts the servers, writes the anchor; false with *error on failure.
    bool start(QString* error);

    ServerEndpoint root() const { return m_root; }
    quint16 port() const { return m_root.port; }
    QString anchorFile() const { return m_anchorFile; }
    // The servers of a zone cut of the lab ("." included), as the parent's NS set lists them.
    QList<ServerEndpoint> servers(const QString& zone) const { return m_servers.value(zone); }
    QStringList zones() const { return m_zoneOrder; }
    // A request as `nameplan check --roots ROOT --port P --anchor ROOT-DS` builds it: each zone
    // walked from the lab root (authorities, parent, chain path), "www A" asked, short timeouts.
    // With names, those inside each zone are asked (type A) instead, and their CNAMEs followed.
    LiveCheckRequest request(const QStringList& zones, const QStringList& names = {}) const;
    TestLab& lab() { return m_lab; }

private:
    struct Signed {
        QString file;
        QString dsRecords;
    };
    ZoneFile child(const QString& origin, const QStringList& hosts);
    std::optional<Signed> sign(const ZoneFile& zone, const QString& keys, const ZoneSigner::Spec& spec, QString* error);
    void delegate(ZoneFile& parent, const QString& origin, const QString& dsRecords = QString()) const;
    static void addCnames(ZoneFile& test, ZoneFile& opt);
    static bool tamper(const QString& file, const QString& origin, QString* error);
    void serve(const QString& name, const QString& origin, const QString& file, const ServerEndpoint& endpoint);

    TestLab m_lab;
    ServerEndpoint m_root;
    QString m_anchorFile;
    QHash<QString, QList<ServerEndpoint>> m_servers; // zone -> its servers
    QHash<QString, QStringList> m_hosts; // zone -> its NS host names, in m_servers order
    QStringList m_zoneOrder;
};

} // namespace nameplan
