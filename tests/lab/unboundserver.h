// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

namespace nameplan {

// Unbound 1.17 (unbound -d) serving primary zones authoritatively with auth-zone
// (for-downstream, AA set). setTcpEnabled(false) closes its TCP port: the lab's
// TCP-refusing server (UDP answers, TCP connections refused).
class UnboundServer : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("unbound"); }
    void setTcpEnabled(bool enabled) { m_tcp = enabled; }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("unbound.conf"); }
    QString program() const override { return QStringLiteral("unbound"); }
    QStringList arguments(const QString& configPath) const override;

private:
    bool m_tcp = true;
};

} // namespace nameplan
