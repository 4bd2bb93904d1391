// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillcommand.h"

#include "consoleoutput.h"
#include "drillrunner.h"
#include "modelfile.h"
#include "outageoptions.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace nameplan {

int DrillCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Failover drill: take the outage out of the model, ask only the authorities that survive it for every "
        "critical name (following the modelled delegation chain and CNAMEs, validating DNSSEC from "
        "settings.trust_anchors), and compare with the model's prediction per name, service and population.\n"
        "Exit status 0 when model and reality agree, 1 when they disagree (or the model is unusable), 2 on "
        "wrong usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("drill"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Model file (*.nameplan.json)."));
    OutageOptions outage(OutageOptions::Outage | OutageOptions::Duration);
    outage.addTo(parser);
    const QCommandLineOption allNames(
        QStringLiteral("all-names"), QStringLiteral("Drill the names of every service, not only the critical ones."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Time for one query attempt in ms (default 800; 2 attempts)."), QStringLiteral("MS"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the drill as JSON on stdout."));
    parser.addOptions({ allNames, timeout, json });
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        ConsoleOutput::err(QStringLiteral("nameplan drill: give one model FILE"));
        return 2;
    }
    DrillRunner::Options options;
    if (const QString error = outage.read(parser); !error.isEmpty()) {
        ConsoleOutput::err(QStringLiteral("nameplan drill: ") + error);
        return 2;
    }
    options.outages = outage.outages;
    options.durationSeconds = outage.durationSeconds;
    options.allNames = parser.isSet(allNames);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int ms = parser.value(timeout).toInt(&ok);
        if (!ok || ms < 1 || ms > 60000) {
            ConsoleOutput::err(QStringLiteral("nameplan drill: --timeout must be 1..60000 ms"));
            return 2;
        }
        options.query.attemptTimeout = std::chrono::milliseconds(ms);
    }
    const ModelFile::LoadResult loaded = ModelFile::load(positional.front());
    ConsoleOutput::problems(positional.front(), loaded.problems);
    if (!loaded.usable())
        return 1;
    QString error;
    std::optional<DrillResult> result = DrillRunner::run(loaded.model, options, &error);
    if (!result) {
        ConsoleOutput::err(QStringLiteral("nameplan drill: --outage: ") + error);
        return 2;
    }
    result->modelPath = positional.front();
    result->modelSha256
        = QString::fromLatin1(QCryptographicHash::hash(loaded.bytes, QCryptographicHash::Sha256).toHex());
    if (parser.isSet(json))
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(result->toJson()).toJson()));
    else
        ConsoleOutput::out(result->toText());
    return result->agrees() ? 0 : 1;
}

} // namespace nameplan
