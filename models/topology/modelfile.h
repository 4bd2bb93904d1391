// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "problem.h"

#include <QByteArray>
#include <QString>

namespace nameplan {

// Loading and saving *.nameplan.json files. A load either yields a model or problems, never
// half a model; a save replaces the file atomically (QSaveFile: write, fsync, rename), so a
// crash or SIGKILL during it leaves the old or the new file, never a mix.
class ModelFile {
public:
    struct LoadResult {
        Model model;
        Problems problems; // reader problems, then validation problems
        QByteArray bytes; // the file as read: its hash stamps the evidence
        bool usable() const { return !hasErrors(problems); }
    };

    static LoadResult load(const QString& path);
    // Validates the structure and the references; the bytes come from anywhere.
    static LoadResult parse(const QByteArray& bytes);
    // Empty on success, otherwise why the file could not be written (the old file is kept).
    static QString save(const QString& path, const Model& model);
    static QString saveBytes(const QString& path, const QByteArray& bytes);
};

} // namespace nameplan
