// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyzonecommand.h"

#include "axfrclient.h"
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
    std::optional<ServerEndpoint> axfr;
    std::chrono::milliseconds timeout { 5000 };
    DnsName origin;
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
    inputs.file = parser.value(QStringLiteral("file"));
    const QStringList positional = parser.positionalArguments().mid(1);
    QString originArgument = parser.value(QStringLiteral("origin"));
    if (parser.isSet(QStringLiteral("axfr"))) {
        inputs.axfr = ServerEndpoint::parse(parser.value(QStringLiteral("axfr")));
        if (!inputs.axfr)
            return usage(QStringLiteral("--axfr wants a numeric IP address, optionally with :PORT"));
        if (!inputs.file.isEmpty())
            return usage(QStringLiteral("give either --file or --axfr, not both"));
        if (originArgument.isEmpty() && positional.size() == 1)
            originArgument = positional.constFirst();
        if (originArgument.isEmpty())
            return usage(QStringLiteral("give the zone to transfer: --axfr IP[:PORT] Z"));
    } else if (!positional.isEmpty()) {
        return usage(QStringLiteral("unexpected argument %1").arg(positional.constFirst()));
    }
    QByteArray originText = originArgument.toUtf8();
    if (!originText.endsWith('.'))
        originText += '.'; // the origin is absolute whether or not it is written with the final dot
    const auto origin = DnsName::fromText(originText);
    if ((inputs.file.isEmpty() && !inputs.axfr) || originArgument.isEmpty() || !origin)
        return usage(QStringLiteral("give --file ZONEFILE and --origin Z, or --axfr IP[:PORT] Z"));
    inputs.origin = *origin;
    if (parser.isSet(QStringLiteral("timeout"))) {
        inputs.timeout = std::chrono::milliseconds(parser.value(QStringLiteral("timeout")).toInt());
        if (inputs.timeout.count() < 1)
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

QJsonObject toJson(const Inputs& inputs, const ZoneVerifier::Result& result, qint64 millis)
{
    QJsonArray problems;
    for (const Verdict& problem : result.problems)
        problems.append(problem.toJson());
    QJsonObject json {
        { QStringLiteral("zone"), inputs.origin.toString() },
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
    if (inputs.axfr)
        json.insert(QStringLiteral("axfr"), inputs.axfr->toString());
    else
        json.insert(QStringLiteral("file"), inputs.file);
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
// The records to verify, from the file or the server; nothing (after saying why) when they
// cannot be had whole.
std::optional<QList<ResourceRecord>> loadRecords(const Inputs& inputs)
{
    if (inputs.axfr) {
        AxfrClient::Limits limits;
        limits.stream.idleTimeout = inputs.timeout;
        AxfrClient::Result transfer = AxfrClient::transfer(inputs.origin, *inputs.axfr, limits);
        if (!transfer.ok()) {
            ConsoleOutput::err(QStringLiteral("nameplan verify-zone: AXFR failed: ") + transfer.error);
            return std::nullopt;
        }
        return std::move(transfer.records);
    }
    ZoneReaderOptions readerOptions;
    readerOptions.origin = inputs.origin;
    ZoneReader reader(readerOptions);
    if (!reader.readFile(inputs.file)) {
        ConsoleOutput::err(QStringLiteral("nameplan verify-zone: ") + reader.error()->toString());
        return std::nullopt;
    }
    return reader.records();
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
    const auto records = loadRecords(*inputs);
    if (!records)
        return 2;
    ZoneVerifier::Options options;
    options.origin = inputs->origin;
    options.anchors = inputs->anchors;
    options.now = inputs->now;
    options.threads = inputs->threads;
    NoVerifyProgress progress;
    const ZoneVerifier::Result result = ZoneVerifier::verify(*records, options, progress);
    const qint64 millis = timer.elapsed();
    if (inputs->json)
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(toJson(*inputs, result, millis)).toJson()));
    else
        printText(*inputs, result, millis);
    return result.verified() ? 0 : 1;
}

} // namespace nameplan
