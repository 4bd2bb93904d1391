// SPDX-License-Identifier: GPL-3.0-or-later
// nameplan_labrunner: the standard lab (TestLab::addStandardLab) as a background process for
// CTest fixtures and manual runs.
//
//   nameplan_labrunner up STATEFILE [MAX_SECONDS]   start, write STATEFILE, return; the lab
//                                                   runs until `down` or MAX_SECONDS (1800)
//   nameplan_labrunner up-delegated STATEFILE [MAX_SECONDS]
//                                                   the same for TestLab::addDelegatedLab
//   nameplan_labrunner down STATEFILE               SIGTERM the runner (it stops every server
//                                                   by PID), SIGKILL after 10 s
//
// `up` forks: the child starts the servers with its output in STATEFILE.log (not the
// parent's pipes, which CTest waits on) and writes STATEFILE last; the parent waits for
// that file (bounded) and exits 0, or prints the log and exits 1.
#include "testlab.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {
constexpr int defaultLifetimeSeconds = 1800;
constexpr auto upBound = 30s;
constexpr auto downBound = 10s;

void printFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        std::fputs(file.readAll().constData(), stderr);
}

// The background child: runs the lab until SIGTERM/SIGINT or the lifetime ends.
int serve(int argc, char** argv, const QString& statePath, int lifetimeSeconds, bool delegated)
{
    QCoreApplication app(argc, argv); // created after fork(): the parent stays Qt-free
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigprocmask(SIG_BLOCK, &stopSignals, nullptr);

    TestLab lab;
    LabState state = delegated ? lab.addDelegatedLab() : lab.addStandardLab();
    state.runnerPid = ::getpid();
    if (!lab.startAll()) {
        std::fprintf(stderr, "lab did not start: %s\n", qPrintable(lab.lastError()));
        return 1;
    }
    for (const QString& name : { QStringLiteral("bind-secondary"), QStringLiteral("knot-secondary") }) {
        if (!lab.server(name)->waitForSerial(state.zone, state.serial, 10s)) {
            std::fprintf(stderr, "%s did not transfer %s\n", qPrintable(name), qPrintable(state.zone));
            lab.printLogs();
            return 1;
        }
    }
    QFile file(statePath + QStringLiteral(".tmp"));
    if (!file.open(QIODevice::WriteOnly) || file.write(state.toJson()) < 0 || !file.flush()
        || !file.rename(statePath)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(statePath));
        return 1;
    }
    std::fprintf(stderr, "lab up, state in %s\n", qPrintable(statePath));
    const timespec lifetime { lifetimeSeconds, 0 };
    sigtimedwait(&stopSignals, nullptr, &lifetime);
    std::fprintf(stderr, "lab stopping\n");
    lab.stopAll();
    QFile::remove(statePath);
    return 0;
}

int up(int argc, char** argv, const QString& statePath, int lifetimeSeconds, bool delegated)
{
    QFile::remove(statePath);
    const QString logPath = statePath + QStringLiteral(".log");
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        ::setsid();
        const int log = ::open(logPath.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        ::dup2(null, STDIN_FILENO);
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        ::_exit(serve(argc, argv, statePath, lifetimeSeconds, delegated));
    }
    const QDeadlineTimer deadline(upBound);
    while (!deadline.hasExpired()) {
        if (QFile::exists(statePath))
            return 0;
        int status = 0;
        if (::waitpid(child, &status, WNOHANG) == child)
            break;
        QThread::msleep(50);
    }
    ::kill(child, SIGTERM);
    printFile(logPath);
    return 1;
}

int down(const QString& statePath)
{
    QString error;
    const auto state = LabState::load(statePath, &error);
    if (!state) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto pid = static_cast<pid_t>(state->runnerPid);
    if (pid <= 0 || ::kill(pid, SIGTERM) != 0)
        return 0; // already gone
    // The runner removes the state file once every server is stopped. Its exit alone is no
    // sign: in a container without a reaping init it stays a zombie that kill(pid, 0) finds.
    const QDeadlineTimer deadline(downBound);
    while (QFile::exists(statePath) && ::kill(pid, 0) == 0 && !deadline.hasExpired())
        QThread::msleep(50);
    if (QFile::exists(statePath)) {
        ::kill(pid, SIGKILL); // its servers die with it (PR_SET_PDEATHSIG)
        QFile::remove(statePath);
    }
    return 0;
}
}

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (arguments.size() >= 3
        && (arguments[1] == QStringLiteral("up") || arguments[1] == QStringLiteral("up-delegated")))
        return up(argc, argv, arguments[2], arguments.size() > 3 ? arguments[3].toInt() : defaultLifetimeSeconds,
            arguments[1] == QStringLiteral("up-delegated"));
    if (arguments.size() == 3 && arguments[1] == QStringLiteral("down"))
        return down(arguments[2]);
    std::fprintf(stderr, "usage: nameplan_labrunner up|up-delegated STATEFILE [MAX_SECONDS] | down STATEFILE\n");
    return 2;
}
