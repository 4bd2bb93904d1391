// SPDX-License-Identifier: GPL-3.0-or-later
#include "programrun.h"

#include <QElapsedTimer>
#include <QProcess>

namespace nameplan {

ProgramRun ProgramRun::run(const QString& program, const QStringList& arguments, const Options& options)
{
    QProcess process;
    process.setWorkingDirectory(options.directory);
    if (options.mergeChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = program.toUtf8() + " did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.millis = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProgramRun ProgramRun::run(const QString& program, const QStringList& arguments)
{
    return run(program, arguments, Options {});
}

ProgramRun ProgramRun::nameplan(const QStringList& arguments, const Options& options)
{
    return run(QStringLiteral(NAMEPLAN_EXECUTABLE), arguments, options);
}

ProgramRun ProgramRun::nameplan(const QStringList& arguments)
{
    return nameplan(arguments, Options {});
}

} // namespace nameplan
