// SPDX-License-Identifier: GPL-3.0-or-later
#include "validatecommand.h"

#include "consoleoutput.h"
#include "modelfile.h"

#include <QCommandLineParser>

namespace nameplan {

int ValidateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check Nameplan model files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), QStringLiteral("The command."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Model files (*.nameplan.json)."), QStringLiteral("FILE..."));
    parser.process(arguments);
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan validate: name at least one model file"));
        return 2;
    }
    bool allValid = true;
    for (const QString& file : files) {
        const ModelFile::LoadResult result = ModelFile::load(file);
        ConsoleOutput::problems(file, result.problems);
        allValid = allValid && result.usable();
        if (result.usable())
            ConsoleOutput::out(QStringLiteral("%1: valid (%2 elements)").arg(file).arg(result.model.elementCount()));
    }
    return allValid ? 0 : 1;
}

} // namespace nameplan
