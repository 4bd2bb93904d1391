// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labserver.h"

namespace nameplan {

// A server that binds UDP and listens on TCP but never answers: datagrams sit unread, TCP
// connections complete in the kernel's backlog and are never served. Every query to it
// must end in a timeout. In-process, so it costs nothing to start.
class SilentServer : public LabServer {
public:
    using LabServer::LabServer;
    ~SilentServer() override;
    QString implementation() const override { return QStringLiteral("silent"); }

    bool start(std::chrono::milliseconds bound) override;
    void stop(std::chrono::milliseconds bound) override;
    bool isRunning() const override { return m_udp >= 0; }
    QString logs() const override;

private:
    int m_udp = -1;
    int m_tcp = -1;
};

} // namespace nameplan
