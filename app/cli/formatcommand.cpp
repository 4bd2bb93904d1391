// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatcommand.h"

#include "consoleoutput.h"
#include "modelfile.h"
#include "modelwriter.h"

#include <QCommandLineParser>

#include <cstdio>

namespace nameplan {

int FormatCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write a model file in canonical form."));
    parser.addHelpOption();
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to OUT (\"-\" for stdout)."), QStringLiteral("OUT"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("format"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The model file."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(output)) {
        ConsoleOutput::err(QStringLiteral("usage: nameplan format FILE -o OUT"));
        return 2;
    }
    const ModelFile::LoadResult result = ModelFile::load(positional[0]);
    ConsoleOutput::problems(positional[0], result.problems);
    if (!result.usable())
        return 1;
    const QString out = parser.value(output);
    if (out == u"-") {
        const QByteArray canonical = ModelWriter::write(result.model);
        return std::fwrite(canonical.constData(), 1, size_t(canonical.size()), stdout) == size_t(canonical.size()) ? 0
                                                                                                                   : 1;
    }
    if (const QString error = ModelFile::save(out, result.model); !error.isEmpty()) {
        ConsoleOutput::err(error);
        return 1;
    }
    return 0;
}

} // namespace nameplan
