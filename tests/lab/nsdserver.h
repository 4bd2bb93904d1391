// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

namespace nameplan {

// NSD 4 in the foreground (nsd -d), one server process, no database, no remote control.
class NsdServer : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("nsd"); }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("nsd.conf"); }
    QString program() const override { return QStringLiteral("nsd"); }
    QStringList arguments(const QString& configPath) const override;
};

} // namespace nameplan
