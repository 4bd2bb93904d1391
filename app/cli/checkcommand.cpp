// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "consoleoutput.h"
#include "dnsmnemonics.h"
#include "iterativeresolver.h"
#include "livechecker.h"
#include "modelfile.h"
#include "modeltargets.h"
#include "trustanchorset.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <optional>

namespace nameplan {

namespace {
// A usage problem: the message for stderr; the command exits 2.
struct UsageError {
    QString message;
};

struct Inputs {
    LiveCheckRequest request;
    QString anchorFile;
    bool json = false;
};

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Ask every authority of a zone directly and check: reachable over UDP and TCP, authoritative (not lame), "
        "SOA serials equal, NS set consistent (apex, every authority, parent), glue, same answers for every "
        "--name, SOA timers, address diversity (ASN diversity with --asn-table), EDNS, latency, the delegation "
        "from the roots and drift from the model; every check id is described in docs/live-checks.md.\n"
        "Exit status 0 when no check failed, 1 when one did, 2 on wrong usage.\n"
        "Model-free form: --zone Z, its authorities taken from the delegation or pinned by --ns. Model form: FILE, "
        "zones and authority addresses from the model (settings.port and settings.roots honoured).\n"
        "Without --ns the zone's delegation is found by walking from the roots (--roots, the model's "
        "settings.roots, else the IANA root servers) and its authorities are those the parent and the apex "
        "list; the parent's NS set and glue are compared with the zone. With --ns the walk is done only when "
        "--roots is given. --port applies to every address learnt on the way (glue carries no port).\n"
        "Model form: the zone is also walked from the roots and the drift check compares the model with live "
        "DNS (name servers, addresses, parent zone).\n"
        "With --anchor FILE (DS/DNSKEY records in zone-file form, as Unbound's trust-anchor-file) or the model's "
        "settings.trust_anchors, every authority's DNSKEY set and answers to --name are validated on their own "
        "(verdict and RFC 8914 reason per RRset and authority, remaining signature validity). An anchor above the "
        "zone (the root's, a parent's) is followed down: each parent on the way is asked for the DS of the zone "
        "below (or the NSEC/NSEC3 proof that there is none) and each zone for its DNSKEY set; this needs the walk "
        "from the roots (no --ns, or --roots)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The command."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("A model file (model form)."), QStringLiteral("[FILE]"));
    parser.addOptions({
        { QStringLiteral("zone"), QStringLiteral("The zone to check (model form: only this zone)."),
            QStringLiteral("Z") },
        { QStringLiteral("ns"), QStringLiteral("An authority of the zone, repeatable."),
            QStringLiteral("HOST=IP[:PORT]") },
        { QStringLiteral("roots"), QStringLiteral("Root servers to walk from (default: the IANA root servers)."),
            QStringLiteral("IP[:PORT],...") },
        { QStringLiteral("port"),
            QStringLiteral("Port for every server address: glue, model addresses, --ns and --roots given "
                           "without one (default 53)."),
            QStringLiteral("P") },
        { QStringLiteral("name"), QStringLiteral("A name every authority must answer alike, repeatable."),
            QStringLiteral("NAME/TYPE") },
        { QStringLiteral("anchor"),
            QStringLiteral("Trust anchors (DS/DNSKEY in zone-file form): validate every authority's answers."),
            QStringLiteral("FILE") },
        { QStringLiteral("timeout"), QStringLiteral("Time for one query attempt in ms (default 1000; 2 attempts)."),
            QStringLiteral("MS") },
        { QStringLiteral("asn-table"),
            QStringLiteral("An IP-to-ASN table (iptoasn.com TSV: range_start range_end AS_number country "
                           "AS_description) for the asn-diversity check."),
            QStringLiteral("FILE") },
        { QStringLiteral("json"), QStringLiteral("Write every finding as JSON on stdout.") },
    });
}

std::optional<DnsName> zoneName(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('.'))
        bytes += '.';
    return DnsName::fromText(bytes);
}

quint16 parsePort(const QCommandLineParser& parser, std::optional<qint64> modelPort)
{
    if (!parser.isSet(QStringLiteral("port")))
        return quint16(modelPort.value_or(53));
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        throw UsageError { QStringLiteral("--port must be 1..65535") };
    return quint16(port);
}

ServerEndpoint endpoint(const QString& text, quint16 port)
{
    const auto parsed = ServerEndpoint::parse(text, port);
    if (!parsed)
        throw UsageError { QStringLiteral("not a numeric address with an optional port: ") + text };
    return *parsed;
}

QList<ServerEndpoint> endpoints(const QStringList& texts, quint16 port)
{
    QList<ServerEndpoint> list;
    for (const QString& text : texts) {
        if (!text.trimmed().isEmpty())
            list.append(endpoint(text.trimmed(), port));
    }
    return list;
}

// "www.example.test/A" -> the question; relative names are taken as absolute.
DnsQuestion question(const QString& text)
{
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    const auto name = zoneName(text.left(slash));
    const auto type = DnsMnemonics::typeFromText(text.mid(slash + 1).toUtf8());
    if (slash <= 0 || !name || !type)
        throw UsageError { QStringLiteral("--name wants NAME/TYPE, e.g. www.example.org/A: ") + text };
    return { *name, *type, rrclass::IN };
}

// The walk's settings from the command line: --roots (else the IANA hints) and the port.
ResolverConfig resolverConfig(const QCommandLineParser& parser, quint16 port)
{
    ResolverConfig config;
    config.port = port;
    config.roots = endpoints(parser.value(QStringLiteral("roots")).split(QLatin1Char(',')), port);
    if (parser.isSet(QStringLiteral("roots")) && config.roots.isEmpty())
        throw UsageError { QStringLiteral("--roots wants IP[:PORT],...") };
    return config;
}

// Every --name; each is asked in the zones that hold it.
QList<DnsQuestion> questions(const QCommandLineParser& parser)
{
    QList<DnsQuestion> asked;
    for (const QString& text : parser.values(QStringLiteral("name")))
        asked.append(question(text));
    return asked;
}

LiveZoneTarget modelFreeZone(
    const QCommandLineParser& parser, const LiveCheckOptions& options, const std::optional<TrustAnchorSet>& anchors)
{
    const auto zone = zoneName(parser.value(QStringLiteral("zone")));
    if (!zone || parser.value(QStringLiteral("zone")).isEmpty())
        throw UsageError { QStringLiteral("give a model FILE or --zone Z") };
    const QStringList ns = parser.values(QStringLiteral("ns"));
    const quint16 port = parsePort(parser, std::nullopt);
    LiveZoneTarget target;
    target.zone = *zone;
    for (const QString& item : ns) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const auto host = zoneName(item.left(equals));
        if (equals <= 0 || !host)
            throw UsageError { QStringLiteral("--ns wants HOST=IP[:PORT]: ") + item };
        target.authorities.append({ host->toString(), endpoint(item.mid(equals + 1), port) });
    }
    // Before the walk, which follows their CNAMEs.
    for (const DnsQuestion& asked : questions(parser)) {
        if (asked.name.isSubdomainOf(target.zone))
            target.names.append(asked);
    }
    if (ns.isEmpty() || parser.isSet(QStringLiteral("roots"))) {
        ResolverConfig config = resolverConfig(parser, port);
        config.query.attemptTimeout = options.attemptTimeout;
        IterativeResolver resolver(config);
        ModelTargets::walk(resolver, target, ns.isEmpty(), anchors);
    }
    return target;
}

// The model form: ModelTargets with --port, --roots and --zone as overrides.
ModelTargets::Result modelTargets(const Model& model, const QCommandLineParser& parser, const LiveCheckOptions& options,
    const std::optional<TrustAnchorSet>& anchors)
{
    ModelTargets::Options overrides;
    overrides.anchors = anchors;
    overrides.names = questions(parser);
    overrides.port = parsePort(parser, model.settings.port);
    if (parser.isSet(QStringLiteral("roots")))
        overrides.roots = resolverConfig(parser, *overrides.port).roots;
    if (parser.isSet(QStringLiteral("zone")))
        overrides.zone = zoneName(parser.value(QStringLiteral("zone")));
    overrides.attemptTimeout = options.attemptTimeout;
    ModelTargets::Result built = ModelTargets::build(model, overrides);
    if (!built.error.isEmpty())
        throw UsageError { built.error };
    return built;
}

Inputs parseInputs(const QCommandLineParser& parser)
{
    Inputs inputs;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        throw UsageError { QStringLiteral("one model FILE at most") };
    if (parser.isSet(QStringLiteral("timeout"))) {
        const int timeout = parser.value(QStringLiteral("timeout")).toInt();
        if (timeout < 1)
            throw UsageError { QStringLiteral("--timeout wants milliseconds above 0") };
        inputs.request.options.attemptTimeout = std::chrono::milliseconds(timeout);
    }
    if (parser.isSet(QStringLiteral("asn-table"))) {
        QString error;
        auto table = IpToAsnTable::load(parser.value(QStringLiteral("asn-table")), &error);
        if (!table)
            throw UsageError { QStringLiteral("--asn-table: ") + error };
        inputs.request.asnTable = std::make_shared<const IpToAsnTable>(std::move(*table));
    }
    // Read before the walk: with an anchor above the zone, the walk finds the zones in between.
    inputs.anchorFile = parser.value(QStringLiteral("anchor"));
    if (!inputs.anchorFile.isEmpty()) {
        QString error;
        inputs.request.anchors = TrustAnchorSet::fromFile(inputs.anchorFile, &error);
        if (!inputs.request.anchors)
            throw UsageError { QStringLiteral("cannot use the anchor file: ") + error };
    }
    if (positional.size() == 2) {
        const ModelFile::LoadResult loaded = ModelFile::load(positional[1]);
        if (!loaded.usable()) {
            ConsoleOutput::problems(positional[1], loaded.problems);
            throw UsageError { QStringLiteral("cannot use the model ") + positional[1] };
        }
        ModelTargets::Result built = modelTargets(loaded.model, parser, inputs.request.options, inputs.request.anchors);
        inputs.request.zones = built.zones;
        inputs.request.anchors = built.anchors;
    } else {
        inputs.request.zones = { modelFreeZone(parser, inputs.request.options, inputs.request.anchors) };
    }
    inputs.json = parser.isSet(QStringLiteral("json"));
    return inputs;
}

// One line per RRset and authority, then the remaining validity per zone.
void printDnssec(const LiveReport& report)
{
    const qint64 at = report.finishedAt.toSecsSinceEpoch();
    for (const LiveDnssecAuthority& authority : report.dnssec) {
        for (const Verdict& verdict : authority.verdicts)
            ConsoleOutput::out(QStringLiteral("DNSSEC  %1 %2 %3: %4")
                                   .arg(authority.zone.toString(), authority.authorityName, authority.authorityAddress,
                                       verdict.toString()));
        if (authority.validUntil)
            ConsoleOutput::out(QStringLiteral("DNSSEC  %1 %2 %3: signatures valid for %4 s more")
                                   .arg(authority.zone.toString(), authority.authorityName, authority.authorityAddress)
                                   .arg(*authority.validUntil - at));
    }
    for (const LiveChain& chain : report.chains) {
        if (!chain.error.isEmpty())
            ConsoleOutput::out(QStringLiteral("CHAIN   %1: %2").arg(chain.zone.toString(), chain.error));
        for (const LiveChainLink& link : chain.links)
            ConsoleOutput::out(
                QStringLiteral("CHAIN   %1: %2%3; %4")
                    .arg(chain.zone.toString(), link.ds.toString(),
                        link.dsServer.isEmpty() ? QString() : QStringLiteral(" (from %1)").arg(link.dsServer),
                        link.dnskey.toString()));
    }
    for (const LiveDnssecAuthority& authority : report.dnssec) {
        for (const LiveNameVerdict& name : authority.names)
            ConsoleOutput::out(QStringLiteral("NAME    %1 %2 %3: %4")
                                   .arg(authority.zone.toString(), authority.authorityName, authority.authorityAddress,
                                       name.verdict.toString()));
    }
    for (const LiveCnameResult& cname : report.cnames)
        ConsoleOutput::out(
            QStringLiteral("CNAME   %1 hop %2: %3 -> %4 (zone %5): %6")
                .arg(cname.name.name.toString())
                .arg(cname.hop)
                .arg(cname.owner.toString(), cname.target.toString(), cname.zone.toString(), cname.verdict.toString()));
    for (const auto& [zone, seconds] : report.remainingValidity())
        ConsoleOutput::out(QStringLiteral("DNSSEC  %1: remaining validity %2 s (least over its authorities)")
                               .arg(zone.toString())
                               .arg(seconds));
}

void printText(const LiveReport& report)
{
    for (const LiveFinding& finding : report.findings) {
        const QString who = finding.authorityAddress.isEmpty()
            ? QString()
            : QStringLiteral(" %1 %2").arg(finding.authorityName, finding.authorityAddress);
        ConsoleOutput::out(QStringLiteral("%1 %2 %3%4: %5")
                               .arg(LiveFinding::severityName(finding.severity).toUpper(), -7)
                               .arg(finding.checkId, finding.zone, who, finding.finding));
        if (!finding.advice.isEmpty() && finding.severity >= LiveSeverity::Warning)
            ConsoleOutput::out(QStringLiteral("        advice: ") + finding.advice);
    }
    printDnssec(report);
    ConsoleOutput::out(
        QStringLiteral("%1 errors, %2 warnings, %3 info, %4 ok%5%6")
            .arg(report.count(LiveSeverity::Error))
            .arg(report.count(LiveSeverity::Warning))
            .arg(report.count(LiveSeverity::Info))
            .arg(report.count(LiveSeverity::Ok))
            .arg(report.cancelled ? QStringLiteral(" (cancelled at the deadline)") : QString(),
                report.dnssecChecked ? QString() : QStringLiteral("; DNSSEC not checked (no --anchor)")));
}
} // namespace

int CheckCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        ConsoleOutput::err(QStringLiteral("nameplan check: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::out(parser.helpText());
        return 0;
    }
    Inputs inputs;
    try {
        inputs = parseInputs(parser);
    } catch (const UsageError& error) {
        ConsoleOutput::err(QStringLiteral("nameplan check: ") + error.message);
        return 2;
    }
    const LiveReport report = LiveChecker::runBlocking(inputs.request);
    if (inputs.json) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("anchor"), inputs.anchorFile);
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(json).toJson()));
    } else {
        printText(report);
    }
    return report.hasErrors() || report.cancelled ? 1 : 0;
}

} // namespace nameplan
