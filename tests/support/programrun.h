// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nameplan {

// One run of an external program from a test: `nameplan` itself, delv, openssl, the signers.
// Every run is bounded: a program that outlives its timeout is killed and reported as failed
// (exitCode -1), so that no test can hang on a child.
struct ProgramRun {
    struct Options {
        QString directory; // working directory; empty: the test's own
        int timeoutMs = 60000;
        bool mergeChannels = false; // stderr into out, in the order written
    };

    int exitCode = -1; // -1 when the program could not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    qint64 millis = 0; // wall time of the run

    static ProgramRun run(const QString& program, const QStringList& arguments, const Options& options);
    static ProgramRun run(const QString& program, const QStringList& arguments);
    // The nameplan executable under test (NAMEPLAN_EXECUTABLE of the build).
    static ProgramRun nameplan(const QStringList& arguments, const Options& options);
    static ProgramRun nameplan(const QStringList& arguments);
};

} // namespace nameplan
