// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmefcommand.h"

#include "consoleoutput.h"
#include "faulttreebuilder.h"
#include "mefexporter.h"
#include "modelfile.h"
#include "outageoptions.h"

#include <QCommandLineParser>

namespace nameplan {

int ExportMefCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export a model's fault tree as Open-PSA MEF."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-mef"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Model file (*.nameplan.json)."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("The MEF file to write."), QStringLiteral("TREE.xml"));
    OutageOptions outage(OutageOptions::Duration);
    outage.addTo(parser);
    parser.addOption(output);
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1 || !parser.isSet(output)) {
        ConsoleOutput::err(
            QStringLiteral("nameplan export-mef: usage: nameplan export-mef FILE -o TREE.xml [--duration D]"));
        return 2;
    }
    if (const QString error = outage.read(parser); !error.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan export-mef: ") + error);
        return 2;
    }
    const std::optional<qint64> seconds = outage.durationSeconds;
    const QString file = positional.front();
    const ModelFile::LoadResult loaded = ModelFile::load(file);
    ConsoleOutput::problems(file, loaded.problems);
    if (!loaded.usable())
        return 1;
    const FaultTree tree = FaultTreeBuilder::build(loaded.model, seconds);
    const QString title = loaded.model.title.isEmpty() ? file : loaded.model.title;
    if (const QString failure = MefExporter::save(parser.value(output), tree, title); !failure.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("%1: %2").arg(parser.value(output), failure));
        return 1;
    }
    ConsoleOutput::out(QStringLiteral("%1: %2 top events, %3 gates, %4 basic events")
                           .arg(parser.value(output))
                           .arg(tree.tops.size())
                           .arg(tree.gates.size())
                           .arg(tree.events.size()));
    return 0;
}

} // namespace nameplan
