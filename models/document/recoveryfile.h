// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nameplan {

// A recovery file: the canonical JSON of an unsaved model wrapped in an object that also names
// the file the model came from and the process that wrote it, so that a later session offers
// only the files of processes that are gone. The wrapper is written atomically (QSaveFile).
//   { "nameplan_recovery": 1, "pid": 1234, "process_start": "...", "original_path": "...",
//     "written_at": "2026-01-01T00:00:00Z", "model": "<canonical *.nameplan.json text>" }
class RecoveryFile {
public:
    struct Contents {
        QByteArray model; // canonical bytes (ModelWriter::write)
        QString originalPath; // empty for a model never saved
        qint64 pid = 0;
        QString processStart; // tells a reused PID from the writer
    };

    // QStandardPaths::AppDataLocation + "/recovery".
    static QString directory();
    // A new, unused path for this process's document number `serial`.
    static QString pathFor(int serial);
    // Stamped with this process's pid; empty on success else the error.
    static QString write(const QString& path, const QByteArray& model, const QString& originalPath);
    static std::optional<Contents> read(const QString& path);
    // Files in directory() whose writer no longer runs, oldest first.
    static QStringList orphans();
    static bool isRunning(qint64 pid, const QString& processStart);

private:
    static QList<QByteArray> procStat(qint64 pid);
    static QString processStart(qint64 pid);
};

} // namespace nameplan
