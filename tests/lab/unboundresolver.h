// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

#include <QMap>

namespace nameplan {

// Unbound 1.17 as a validating recursive resolver, the reference validator for what delv cannot
// judge against an authoritative-only server (a referral: delv reports "non-improving referral").
// It knows only the trust-anchor file and the stub zones given here; the root is stubbed to an
// address where nothing listens, so that nothing is ever asked outside the lab.
class UnboundResolver : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("unbound-resolver"); }

    // Zone-file DS/DNSKEY records (as Unbound's trust-anchor-file takes them).
    void setTrustAnchorFile(const QString& file) { m_anchorFile = file; }
    // Queries for names in zone go to server (most specific stub wins; DS to the parent's).
    void addStub(const QString& zone, const ServerEndpoint& server) { m_stubs.insert(zone, server); }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("unbound.conf"); }
    QString program() const override { return QStringLiteral("unbound"); }
    QStringList arguments(const QString& configPath) const override;

private:
    QString m_anchorFile;
    QMap<QString, ServerEndpoint> m_stubs;
};

} // namespace nameplan
