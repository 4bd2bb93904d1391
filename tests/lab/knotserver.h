// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

namespace nameplan {

// Knot DNS 3.2 (knotd runs in the foreground unless -d), storage and control socket in the
// server's directory, logs to stderr.
class KnotServer : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("knot"); }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("knot.conf"); }
    QString program() const override { return QStringLiteral("knotd"); }
    QStringList arguments(const QString& configPath) const override;
};

} // namespace nameplan
