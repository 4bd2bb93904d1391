// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonserver.h"

#include <QFile>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace nameplan {

namespace {
QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
constexpr int launchTimeoutMs = 5000;
constexpr std::chrono::milliseconds killBound { 2000 };
}

DaemonServer::DaemonServer(const QString& name, const ServerEndpoint& endpoint)
    : LabServer(name, endpoint)
    , m_directory(QDir::tempPath() + QStringLiteral("/nameplan-lab-XXXXXX"))
{
    // NAMEPLAN_LAB_KEEP=1 keeps every server's directory for a post-mortem.
    m_directory.setAutoRemove(qEnvironmentVariableIsEmpty("NAMEPLAN_LAB_KEEP"));
}

DaemonServer::~DaemonServer()
{
    stop(killBound);
}

qint64 DaemonServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool DaemonServer::isRunning() const
{
    // A zero wait lets QProcess notice an exit even when no event loop runs.
    if (m_process && m_process->state() == QProcess::Running)
        m_process->waitForFinished(0);
    return m_process && m_process->state() == QProcess::Running;
}

bool DaemonServer::start(std::chrono::milliseconds bound)
{
    if (isRunning())
        return true;
    if (!m_directory.isValid()) {
        setLastError(QStringLiteral("no temporary directory: ") + m_directory.errorString());
        return false;
    }
    if (!prepare())
        return false;
    const QString configPath = path(configFileName());
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(configuration().toUtf8()) < 0) {
        setLastError(configPath + QStringLiteral(": ") + config.errorString());
        return false;
    }
    config.close();

    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(directory());
    // Files, not pipes: nobody reads a pipe while a test runs, and a full pipe blocks the daemon.
    m_process->setStandardOutputFile(path(QStringLiteral("stdout.log")), QIODevice::Append);
    m_process->setStandardErrorFile(path(QStringLiteral("stderr.log")), QIODevice::Append);
    m_process->setChildProcessModifier([] {
        // A signal mask survives exec: a caller blocking SIGTERM (nameplan_labrunner waits
        // for it with sigtimedwait) must not hand that block to the daemon.
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    m_process->start(program(), arguments(configPath));
    if (!m_process->waitForStarted(launchTimeoutMs)) {
        setLastError(program() + QStringLiteral(" did not start: ") + m_process->errorString());
        return false;
    }
    if (!waitUntilAnswering(bound)) {
        setLastError(QStringLiteral("%1 (%2) at %3 did not answer within %4 ms")
                         .arg(name(), implementation(), endpoint().toString())
                         .arg(bound.count()));
        stop(killBound);
        return false;
    }
    return true;
}

void DaemonServer::signalGroup(qint64 group, int signal)
{
    if (group > 0)
        ::kill(static_cast<pid_t>(-group), signal);
}

void DaemonServer::stop(std::chrono::milliseconds bound)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    const qint64 group = pid(); // the daemon leads its own process group
    signalGroup(group, SIGTERM);
    if (!m_process->waitForFinished(static_cast<int>(bound.count()))) {
        signalGroup(group, SIGKILL);
        m_process->waitForFinished(static_cast<int>(killBound.count()));
    }
    // Helpers NSD forked are in the same group; none may outlive the stop.
    signalGroup(group, SIGKILL);
}

bool DaemonServer::reload()
{
    if (!isRunning())
        return false;
    return ::kill(static_cast<pid_t>(pid()), SIGHUP) == 0;
}

QString DaemonServer::logs() const
{
    QString text = QStringLiteral("==== %1 (%2) at %3, directory %4\n")
                       .arg(name(), implementation(), endpoint().toString(), directory());
    if (!lastError().isEmpty())
        text += QStringLiteral("---- lab: ") + lastError() + QLatin1Char('\n');
    text += QStringLiteral("---- ") + configFileName() + QLatin1Char('\n') + readFile(path(configFileName()));
    text += QStringLiteral("---- stdout\n") + readFile(path(QStringLiteral("stdout.log")));
    text += QStringLiteral("---- stderr\n") + readFile(path(QStringLiteral("stderr.log")));
    return text;
}

} // namespace nameplan
