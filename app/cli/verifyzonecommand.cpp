// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyzonecommand.h"

#include "consoleoutput.h"
#include "verifyprogress.h"
#include "zonereader.h"
#include "zoneverifier.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace nameplan {

namespace {
struct Inputs {
    QString file;
    DnsName origin;
    std::optional<TrustAnchorSet> anchors;
    qint64 now = 0;
    int threads = 2;
    bool json = false;
};

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Verify every RRSIG and the NSEC/NSEC3 chain of a signed zone, on all cores. Exit status 0 when the zone "
        "verified, 1 when it did not, 2 on wrong usage.\n"
        "The form `verify-zone --axfr IP[:PORT] ZONE` (a secondary's copy over AXFR) is not available yet: it "
        "comes with the live DNS transport."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-zone"), QStringLiteral("The command."));
    parser.addOptions({
        { QStringLiteral("file"), QStringLiteral("The signed zone file (RFC 1035 master file)."),
            QStringLiteral("ZONEFILE") },
        { QStringLiteral("origin"), QStringLiteral("The zone's name."), QStringLiteral("Z") },
        { QStringLiteral("anchor"),
            QStringLiteral("Trust anchors (DS or DNSKEY records in zone-file form) the apex DNSKEY set must match. "
                           "Without it the zone's own keys are taken as given."),
            QStringLiteral("FILE") },
        { QStringLiteral("json"), QStringLiteral("Write the result as JSON on stdout.") },
        { QStringLiteral("threads"), QStringLiteral("Worker threads (default: the number of cores)."),
            QStringLiteral("N") },
        { QStringLiteral("now"), QStringLiteral("Judge at this time (seconds since the epoch) instead of now."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("axfr"), QStringLiteral("Not available yet (needs the live transport)."),
            QStringLiteral("IP[:PORT]") },
    });
}

std::optional<Inputs> parseInputs(const QCommandLineParser& parser)
{
    auto usage = [](const QString& message) -> std::optional<Inputs> {
        ConsoleOutput::err(QStringLiteral("nameplan verify-zone: ") + message);
        return std::nullopt;
    };
    if (parser.isSet(QStringLiteral("axfr")))
        return usage(QStringLiteral("--axfr is not available yet: it needs the live DNS transport"));
    Inputs inputs;
    inputs.file = parser.value(QStringLiteral("file"));
    QByteArray originText = parser.value(QStringLiteral("origin")).toUtf8();
    if (!originText.endsWith('.'))
        originText += '.'; // the origin is absolute whether or not it is written with the final dot
    const auto origin = DnsName::fromText(originText);
    if (inputs.file.isEmpty() || parser.value(QStringLiteral("origin")).isEmpty() || !origin)
        return usage(QStringLiteral("give --file ZONEFILE and --origin Z"));
    inputs.origin = *origin;
    if (parser.isSet(QStringLiteral("anchor"))) {
        QString error;
        inputs.anchors = TrustAnchorSet::fromFile(parser.value(QStringLiteral("anchor")), &error);
        if (!inputs.anchors)
            return usage(error);
    }
    inputs.json = parser.isSet(QStringLiteral("json"));
    inputs.threads = parser.isSet(QStringLiteral("threads")) ? parser.value(QStringLiteral("threads")).toInt()
                                                             : QThread::idealThreadCount();
    inputs.now = parser.isSet(QStringLiteral("now")) ? parser.value(QStringLiteral("now")).toLongLong()
                                                     : QDateTime::currentSecsSinceEpoch();
    if (inputs.threads < 1)
        return usage(QStringLiteral("--threads must be at least 1"));
    return inputs;
}

QJsonObject toJson(const Inputs& inputs, const ZoneVerifier::Result& result, qint64 millis)
{
    QJsonArray problems;
    for (const Verdict& problem : result.problems)
        problems.append(problem.toJson());
    QJsonObject json {
        { QStringLiteral("zone"), inputs.origin.toString() },
        { QStringLiteral("file"), inputs.file },
        { QStringLiteral("verified"), result.verified() },
        { QStringLiteral("verdict"), result.overall.toJson() },
        { QStringLiteral("keys"), result.keys.toJson() },
        { QStringLiteral("anchored"), result.anchored },
        { QStringLiteral("denial"), result.denial },
        { QStringLiteral("rrsets"), result.rrsets },
        { QStringLiteral("secureRrsets"), result.secureRrsets },
        { QStringLiteral("problemCount"), result.problemCount },
        { QStringLiteral("problems"), problems },
        { QStringLiteral("now"), inputs.now },
        { QStringLiteral("milliseconds"), millis },
    };
    if (result.validUntil)
        json.insert(QStringLiteral("validUntil"), *result.validUntil);
    return json;
}

void printText(const Inputs& inputs, const ZoneVerifier::Result& result, qint64 millis)
{
    for (const Verdict& problem : result.problems)
        ConsoleOutput::err(problem.toString());
    if (result.problemCount > result.problems.size())
        ConsoleOutput::err(QStringLiteral("... %1 more problems").arg(result.problemCount - result.problems.size()));
    ConsoleOutput::out(QStringLiteral("%1: %2, %3 of %4 RRsets secure, denial %5, keys %6%7 (%8 ms)")
                           .arg(inputs.origin.toString(),
                               result.verified() ? QStringLiteral("verified") : QStringLiteral("NOT verified"))
                           .arg(result.secureRrsets)
                           .arg(result.rrsets)
                           .arg(result.denial, Verdict::statusName(result.keys.status),
                               result.anchored ? QStringLiteral(" (anchored)") : QStringLiteral(" (not anchored)"))
                           .arg(millis));
    if (!result.verified())
        ConsoleOutput::out(result.overall.toString());
}
} // namespace

int VerifyZoneCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(arguments);
    const auto inputs = parseInputs(parser);
    if (!inputs)
        return 2;
    QElapsedTimer timer;
    timer.start();
    ZoneReaderOptions readerOptions;
    readerOptions.origin = inputs->origin;
    ZoneReader reader(readerOptions);
    if (!reader.readFile(inputs->file)) {
        ConsoleOutput::err(QStringLiteral("nameplan verify-zone: ") + reader.error()->toString());
        return 2;
    }
    ZoneVerifier::Options options;
    options.origin = inputs->origin;
    options.anchors = inputs->anchors;
    options.now = inputs->now;
    options.threads = inputs->threads;
    NoVerifyProgress progress;
    const ZoneVerifier::Result result = ZoneVerifier::verify(reader.records(), options, progress);
    const qint64 millis = timer.elapsed();
    if (inputs->json)
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(toJson(*inputs, result, millis)).toJson()));
    else
        printText(*inputs, result, millis);
    return result.verified() ? 0 : 1;
}

} // namespace nameplan
