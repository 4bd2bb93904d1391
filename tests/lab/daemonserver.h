// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labserver.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace nameplan {

// A lab server that is a real daemon binary run in the foreground from a temporary
// directory holding the configuration the subclass writes. The daemon gets its own process
// group (NSD forks helpers) and dies with the test process (PR_SET_PDEATHSIG), so a crashed
// test leaves no server behind.
class DaemonServer : public LabServer {
public:
    DaemonServer(const QString& name, const ServerEndpoint& endpoint);
    ~DaemonServer() override;

    bool start(std::chrono::milliseconds bound) override;
    void stop(std::chrono::milliseconds bound) override;
    bool isRunning() const override;
    bool reload() override;
    // The configuration, the daemon's output and the lab's own notes, for failure reports.
    QString logs() const override;

    QString directory() const { return m_directory.path(); }
    qint64 pid() const;

protected:
    // The configuration file's text; called by start() after zones are set.
    virtual QString configuration() const = 0;
    virtual QString configFileName() const = 0;
    virtual QString program() const = 0;
    virtual QStringList arguments(const QString& configPath) const = 0;
    // Work before launching (BIND needs its address on an interface); false stops start().
    virtual bool prepare() { return true; }
    QString path(const QString& fileName) const { return m_directory.filePath(fileName); }

private:
    static void signalGroup(qint64 group, int signal);

    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
};

} // namespace nameplan
