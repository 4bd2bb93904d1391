// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyzonecommand.h"

#include "consoleoutput.h"
#include "verifyprogress.h"
#include "zoneverification.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QThread>

namespace nameplan {

namespace {
struct Inputs {
    ZoneVerification::Source source;
    std::optional<TrustAnchorSet> anchors;
    qint64 now = 0;
    int threads = 2;
    bool json = false;
};

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Verify every RRSIG and the NSEC/NSEC3 chain of a signed zone, on all cores: from a zone file "
        "(--file ZONEFILE --origin Z) or a server's copy fetched by AXFR (--axfr IP[:PORT] Z). Exit status 0 when "
        "the zone verified, 1 when it did not, 2 on wrong usage or when the transfer failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify-zone"), QStringLiteral("The command."));
    parser.addPositionalArgument(
        QStringLiteral("Z"), QStringLiteral("With --axfr: the zone to transfer."), QStringLiteral("[Z]"));
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
        { QStringLiteral("axfr"),
            QStringLiteral("Transfer the zone by AXFR over TCP from this server (numeric address, port 53 by default) "
                           "and verify that copy: it must be complete as well as correctly signed."),
            QStringLiteral("IP[:PORT]") },
        { QStringLiteral("timeout"),
            QStringLiteral("With --axfr: give up when the server stays silent this many ms (default 5000)."),
            QStringLiteral("MS") },
    });
}

std::optional<Inputs> parseInputs(const QCommandLineParser& parser)
{
    auto usage = [](const QString& message) -> std::optional<Inputs> {
        ConsoleOutput::err(QStringLiteral("nameplan verify-zone: ") + message);
        return std::nullopt;
    };
    Inputs inputs;
    ZoneVerification::Source& source = inputs.source;
    source.file = parser.value(QStringLiteral("file"));
    const QStringList positional = parser.positionalArguments().mid(1);
    QString originArgument = parser.value(QStringLiteral("origin"));
    if (parser.isSet(QStringLiteral("axfr"))) {
        source.axfr = ServerEndpoint::parse(parser.value(QStringLiteral("axfr")));
        if (!source.axfr)
            return usage(QStringLiteral("--axfr wants a numeric IP address, optionally with :PORT"));
        if (!source.file.isEmpty())
            return usage(QStringLiteral("give either --file or --axfr, not both"));
        if (originArgument.isEmpty() && positional.size() == 1)
            originArgument = positional.constFirst();
        if (originArgument.isEmpty())
            return usage(QStringLiteral("give the zone to transfer: --axfr IP[:PORT] Z"));
    } else if (!positional.isEmpty()) {
        return usage(QStringLiteral("unexpected argument %1").arg(positional.constFirst()));
    }
    const auto origin = ZoneVerification::parseOrigin(originArgument);
    if ((source.file.isEmpty() && !source.axfr) || !origin)
        return usage(QStringLiteral("give --file ZONEFILE and --origin Z, or --axfr IP[:PORT] Z"));
    source.origin = *origin;
    if (parser.isSet(QStringLiteral("timeout"))) {
        source.timeout = std::chrono::milliseconds(parser.value(QStringLiteral("timeout")).toInt());
        if (source.timeout.count() < 1)
            return usage(QStringLiteral("--timeout wants milliseconds above 0"));
    }
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

void printText(const Inputs& inputs, const ZoneVerifier::Result& result, qint64 millis)
{
    for (const Verdict& problem : result.problems)
        ConsoleOutput::err(problem.toString());
    if (result.problemCount > result.problems.size())
        ConsoleOutput::err(QStringLiteral("... %1 more problems").arg(result.problemCount - result.problems.size()));
    ConsoleOutput::out(QStringLiteral("%1: %2, %3 of %4 RRsets secure, denial %5, keys %6%7 (%8 ms)")
                           .arg(inputs.source.origin.toString(),
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
    ZoneVerifier::Options options;
    options.anchors = inputs->anchors;
    options.now = inputs->now;
    options.threads = inputs->threads;
    NoVerifyProgress progress;
    const ZoneVerification::Outcome outcome = ZoneVerification::run(inputs->source, options, progress);
    if (!outcome.ok()) {
        ConsoleOutput::err(QStringLiteral("nameplan verify-zone: ") + outcome.error);
        return 2;
    }
    const ZoneVerifier::Result& result = outcome.result;
    if (inputs->json)
        ConsoleOutput::out(QString::fromUtf8(
            QJsonDocument(ZoneVerification::toJson(inputs->source, result, inputs->now, outcome.millis)).toJson()));
    else
        printText(*inputs, result, outcome.millis);
    return result.verified() ? 0 : 1;
}

} // namespace nameplan
