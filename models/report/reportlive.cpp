// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlive.h"

#include "countednoun.h"
#include "dnsmnemonics.h"
#include "livechecker.h"
#include "model.h"
#include "modeltargets.h"
#include "progresssink.h"
#include "trustanchorset.h"

namespace nameplan {

namespace {

// "fid.test" and "fid.test." name the same zone; findings spell it with the dot.
QString absolute(const QString& domain)
{
    const QString lower = domain.toLower();
    return lower.endsWith(u'.') ? lower : lower + u'.';
}

// When the answers a finding rests on arrived: the latest of them, else the end of the run.
QDateTime observedAt(const LiveFinding& finding, const QDateTime& fallback)
{
    QDateTime latest;
    for (const LiveEvidence& evidence : finding.evidence) {
        const QDateTime at = evidence.result.observedAt;
        if (at.isValid() && (!latest.isValid() || at > latest))
            latest = at;
    }
    return latest.isValid() ? latest.toUTC() : fallback;
}

ReportDnssecVerdict verdictRow(const Verdict& verdict)
{
    QString reason;
    if (verdict.reason != Verdict::Reason::None) {
        reason = Verdict::reasonName(verdict.reason);
        if (const auto ede = verdict.edeCode())
            reason += QStringLiteral(" (EDE %1)").arg(*ede);
    } else if (!verdict.isSecure()) {
        reason = verdict.message; // e.g. no usable answer: the validator had nothing to judge
    }
    const QString subject = verdict.owner.toString() + u' ' + QString::fromLatin1(DnsMnemonics::typeName(verdict.type));
    std::optional<QDateTime> validUntil;
    if (verdict.validUntil)
        validUntil = QDateTime::fromSecsSinceEpoch(*verdict.validUntil, Qt::UTC);
    return { subject, Verdict::statusName(verdict.status), reason, validUntil };
}

ReportDnssecAuthority authorityRow(const LiveDnssecAuthority& authority)
{
    ReportDnssecAuthority row { authority.authorityName, authority.authorityAddress, {}, {}, std::nullopt };
    for (const Verdict& verdict : authority.verdicts)
        row.verdicts.push_back(verdictRow(verdict));
    row.status
        = authority.verdicts.isEmpty() ? QStringLiteral("no verdict") : Verdict::statusName(authority.worstStatus());
    if (authority.validUntil)
        row.validUntil = QDateTime::fromSecsSinceEpoch(*authority.validUntil, Qt::UTC);
    return row;
}

// Each checked name of the zone whose CNAMEs were followed, with its links in hop order. The
// name's verdict is the worst over the zone's authorities (each combines its own answer with the
// links), so the row says what the weakest authority gives a resolver.
std::vector<ReportDnssecName> cnameRows(const DnsName& zone, const LiveReport& report)
{
    std::vector<ReportDnssecName> names;
    QList<DnsQuestion> asked;
    for (const LiveCnameResult& link : report.cnames) {
        if (!(link.checkedZone == zone))
            continue;
        if (!asked.contains(link.name)) {
            asked.append(link.name);
            names.push_back(
                { link.name.name.toString() + u' ' + QString::fromLatin1(DnsMnemonics::typeName(link.name.type)), {},
                    {}, {} });
        }
        const QString target = link.target.isRoot() ? QStringLiteral("(chain cut)") : link.target.toString();
        names.back().links.push_back({ link.hop, link.owner.toString() + QStringLiteral(" → ") + target,
            link.zone.toString(), verdictRow(link.verdict) });
    }
    for (qsizetype n = 0; n < asked.size(); ++n) {
        std::optional<Verdict> combined;
        for (const LiveDnssecAuthority& authority : report.dnssec) {
            for (const LiveNameVerdict& name : authority.names) {
                if (authority.zone == zone && name.name == asked[n])
                    combined = combined ? Verdict::worse(*combined, name.verdict) : name.verdict;
            }
        }
        ReportDnssecName& row = names[size_t(n)];
        row.status = combined ? Verdict::statusName(combined->status) : QStringLiteral("no verdict");
        if (combined && !combined->isSecure())
            row.reason = combined->toString();
    }
    return names;
}

void addDnssec(ReportLiveZone& zone, const LiveReport& report, const QString& reason)
{
    if (!report.dnssecChecked) {
        zone.dnssecStatus = QStringLiteral("not checked");
        zone.dnssecReason = reason;
        return;
    }
    Verdict::Status worst = Verdict::Status::Secure;
    for (const LiveDnssecAuthority& authority : report.dnssec) {
        if (absolute(authority.zone.toString()) != zone.domain)
            continue;
        zone.dnssec.push_back(authorityRow(authority));
        worst = std::max(worst, authority.worstStatus());
    }
    zone.dnssecStatus = zone.dnssec.empty() ? QStringLiteral("no verdict") : Verdict::statusName(worst);
    if (const auto apex = DnsName::fromText(zone.domain.toUtf8()))
        zone.cnames = cnameRows(*apex, report);
    for (const auto& [name, seconds] : report.remainingValidity()) {
        if (absolute(name.toString()) != zone.domain || zone.dnssec.empty())
            continue;
        zone.remainingSeconds = seconds;
        // None left is no date to plan by: the zone already fails validation somewhere.
        if (seconds > 0)
            zone.expiry = report.finishedAt.toUTC().addSecs(seconds);
    }
}

ReportLiveZone zoneRows(const Zone& modelZone, const LiveReport& report, const QString& dnssecReason)
{
    ReportLiveZone zone;
    zone.zoneId = modelZone.id;
    zone.domain = absolute(modelZone.domain);
    for (const LiveFinding& finding : report.findings) {
        if (absolute(finding.zone) != zone.domain)
            continue;
        const QString authority = finding.authorityAddress.isEmpty()
            ? QString()
            : QStringLiteral("%1 %2").arg(finding.authorityName, finding.authorityAddress).trimmed();
        zone.findings.push_back({ finding.checkId, authority, LiveFinding::severityName(finding.severity),
            finding.finding, observedAt(finding, report.finishedAt.toUTC()) });
        zone.errors += finding.severity == LiveSeverity::Error ? 1 : 0;
        zone.warnings += finding.severity == LiveSeverity::Warning ? 1 : 0;
    }
    addDnssec(zone, report, dnssecReason);
    return zone;
}

// The request `nameplan check FILE` makes: the model's zones, port, roots and anchors. Empty
// when nothing can be checked, with why in *error. Each query of the walk is a phase step.
std::optional<LiveCheckRequest> request(const Model& model, ProgressSink& progress, QString* error)
{
    ModelTargets::Options options;
    options.cancelled = [&progress] { return progress.isCanceled(); };
    options.progress = [&progress](int queries, const QString& step) {
        progress.setPhase(QStringLiteral("Walking from settings.roots (query %1): %2").arg(queries).arg(step));
    };
    ModelTargets::Result built = ModelTargets::build(model, options);
    if (!built.error.isEmpty()) {
        *error = built.error;
        return std::nullopt;
    }
    LiveCheckRequest request;
    request.zones = built.zones;
    if (!model.settings.trustAnchors.isEmpty()) {
        request.anchors = TrustAnchorSet::fromText(
            model.settings.trustAnchors.join(u'\n').toUtf8(), error, QStringLiteral("settings.trust_anchors"));
        if (!request.anchors)
            return std::nullopt;
    }
    return request;
}

// The authorities that never answered over UDP: every check that needs their answers is
// missing for them.
QStringList unanswered(const LiveReport& report)
{
    QStringList silent;
    for (const LiveFinding& finding : report.findings) {
        if (finding.checkId == u"reachable-udp" && finding.severity == LiveSeverity::Error)
            silent.append(QStringLiteral("no answer from %1 %2 (zone %3)")
                              .arg(finding.authorityName, finding.authorityAddress, finding.zone));
    }
    return silent;
}

QString zoneList(const LiveCheckRequest& request)
{
    QStringList names;
    for (const LiveZoneTarget& zone : request.zones)
        names.append(zone.zone.toString());
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList ReportLive::run(const Model& model, ReportData& data, ProgressSink& progress)
{
    QString error;
    progress.setPhase(QStringLiteral("Preparing the live checks…"));
    const std::optional<LiveCheckRequest> live = request(model, progress, &error);
    if (!live) {
        data.liveStatus = QStringLiteral("Live checks could not run: ") + error;
        return { data.liveStatus };
    }
    const QString checking = QStringLiteral("Checking zone %1…").arg(zoneList(*live));
    progress.setPhase(checking);
    LiveChecker::Watch watch;
    watch.cancelled = [&progress] { return progress.isCanceled(); };
    watch.progress = [&progress](int done, int total) { progress.setProgress(done, total); };
    const LiveReport report = LiveChecker::runBlocking(*live, watch);
    data.liveStartedAt = report.startedAt.toUTC();
    data.liveFinishedAt = report.finishedAt.toUTC();
    data.liveRaw = report.toJson();
    const QString dnssecReason = QStringLiteral("no trust anchor is configured (settings.trust_anchors in the model)");
    for (const Zone& zone : model.zones)
        data.liveZones.push_back(zoneRows(zone, report, dnssecReason));
    data.liveStatus = QStringLiteral("%1 checked from %2 to %3 (UTC): %4, %5%6.")
                          .arg(countedNoun(qsizetype(data.liveZones.size()), QStringLiteral("zone")),
                              data.liveStartedAt.toString(Qt::ISODate), data.liveFinishedAt.toString(Qt::ISODate),
                              countedNoun(report.count(LiveSeverity::Error), QStringLiteral("error")),
                              countedNoun(report.count(LiveSeverity::Warning), QStringLiteral("warning")),
                              report.cancelled ? QStringLiteral(", cancelled at the deadline") : QString());
    QStringList missing = unanswered(report);
    if (report.cancelled)
        missing.append(QStringLiteral("the live checks were cut off at their deadline"));
    return missing;
}

} // namespace nameplan
