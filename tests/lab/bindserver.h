// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daemonserver.h"

namespace nameplan {

// BIND 9.18 in the foreground (named -g), one worker, no rndc, no recursion, no validation.
// named listens only on addresses configured on an interface: prepare() adds the lab
// address to lo when it is missing (see LabNetwork::ensureInterfaceAddress).
class BindServer : public DaemonServer {
public:
    using DaemonServer::DaemonServer;
    QString implementation() const override { return QStringLiteral("bind"); }

protected:
    QString configuration() const override;
    QString configFileName() const override { return QStringLiteral("named.conf"); }
    QString program() const override { return QStringLiteral("named"); }
    QStringList arguments(const QString& configPath) const override;
    bool prepare() override;
};

} // namespace nameplan
