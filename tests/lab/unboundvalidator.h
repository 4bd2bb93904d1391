// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

#include <QList>

namespace nameplan {

// Unbound 1.17 as a validating recursive resolver (module-config "validator iterator"): the
// established validator that the chain-of-trust tests cross-check Nameplan's verdicts with.
// It starts from a trust-anchor-file and reaches the lab's zones through stub-zones, one per
// zone cut (glue carries no port, and the lab listens on a high port), validating the chain
// down from the anchor as it would from the real root. Answers carry the AD flag when secure,
// SERVFAIL with an Extended DNS Error (RFC 8914, `ede: yes`) when bogus.
class UnboundValidator : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("unbound-validator"); }

    // The anchor file in zone-file form (DS or DNSKEY records), as Unbound reads it.
    void setTrustAnchorFile(const QString& path) { m_anchorFile = path; }
    // Where to ask for zone (a zone cut): its servers, each with its port.
    void addStub(const QString& zone, const QList<ServerEndpoint>& servers) { m_stubs.append({ zone, servers }); }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("unbound.conf"); }
    QString program() const override { return QStringLiteral("unbound"); }
    QStringList arguments(const QString& configPath) const override;

private:
    struct Stub {
        QString zone;
        QList<ServerEndpoint> servers;
    };
    QString m_anchorFile;
    QList<Stub> m_stubs;
};

} // namespace nameplan
