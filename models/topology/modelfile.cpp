// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelfile.h"

#include "modelreader.h"
#include "modelvalidator.h"
#include "modelwriter.h"

#include <QFile>
#include <QSaveFile>

namespace nameplan {

ModelFile::LoadResult ModelFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.problems.append(
            { Problem::Severity::Error, {}, {}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()) });
        return result;
    }
    if (file.size() > ModelReader::maximumFileSize) {
        // Refuse before reading it all into memory.
        LoadResult result;
        result.problems.append({ Problem::Severity::Error, {}, {},
            QStringLiteral("%1 is %2 MiB; models larger than %3 MiB are refused")
                .arg(path)
                .arg(file.size() / (1024 * 1024))
                .arg(ModelReader::maximumFileSize / (1024 * 1024)) });
        return result;
    }
    return parse(file.readAll());
}

ModelFile::LoadResult ModelFile::parse(const QByteArray& bytes)
{
    ModelReader::Result read = ModelReader::read(bytes);
    LoadResult result { std::move(read.model), std::move(read.problems), bytes };
    if (result.problems.isEmpty())
        result.problems = ModelValidator::validate(result.model);
    else
        result.model = Model(); // never half a model
    return result;
}

QString ModelFile::save(const QString& path, const Model& model)
{
    return saveBytes(path, ModelWriter::write(model));
}

QString ModelFile::saveBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace nameplan
