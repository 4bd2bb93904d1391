// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include <QJsonArray>

namespace nameplan {

QString controlMappingSource(bool mappedByModel)
{
    return mappedByModel ? QStringLiteral("model") : QStringLiteral("default");
}

namespace {
QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template <class T, class F> QJsonArray array(const std::vector<T>& items, F&& toJson)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}
QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject liveFindingJson(const ReportLiveFinding& f)
{
    return { { QStringLiteral("check"), f.checkId }, { QStringLiteral("authority"), f.authority },
        { QStringLiteral("severity"), f.severity }, { QStringLiteral("finding"), f.finding },
        { QStringLiteral("observed_at"), isoTime(f.observedAt) } };
}

QJsonObject dnssecAuthorityJson(const ReportDnssecAuthority& a)
{
    QJsonObject o { { QStringLiteral("authority"), a.authority }, { QStringLiteral("address"), a.address },
        { QStringLiteral("status"), a.status },
        { QStringLiteral("verdicts"), array(a.verdicts, [](const ReportDnssecVerdict& v) {
             QJsonObject o { { QStringLiteral("subject"), v.subject }, { QStringLiteral("status"), v.status },
                 { QStringLiteral("reason"), v.reason } };
             if (v.validUntil)
                 o.insert(QStringLiteral("valid_until"), isoTime(*v.validUntil));
             return o;
         }) } };
    if (a.validUntil)
        o.insert(QStringLiteral("valid_until"), isoTime(*a.validUntil));
    return o;
}

QJsonObject dnssecNameJson(const ReportDnssecName& n)
{
    return { { QStringLiteral("name"), n.name }, { QStringLiteral("status"), n.status },
        { QStringLiteral("reason"), n.reason },
        { QStringLiteral("links"), array(n.links, [](const ReportCnameLink& l) {
             return QJsonObject { { QStringLiteral("hop"), l.hop }, { QStringLiteral("link"), l.link },
                 { QStringLiteral("zone"), l.zone }, { QStringLiteral("subject"), l.verdict.subject },
                 { QStringLiteral("status"), l.verdict.status }, { QStringLiteral("reason"), l.verdict.reason } };
         }) } };
}

QJsonObject dnssecZoneJson(const ReportLiveZone& z)
{
    QJsonObject o { { QStringLiteral("zone"), z.zoneId }, { QStringLiteral("domain"), z.domain },
        { QStringLiteral("status"), z.dnssecStatus },
        { QStringLiteral("authorities"), array(z.dnssec, dnssecAuthorityJson) } };
    if (!z.dnssecReason.isEmpty())
        o.insert(QStringLiteral("reason"), z.dnssecReason);
    if (!z.cnames.empty())
        o.insert(QStringLiteral("cnames"), array(z.cnames, dnssecNameJson));
    if (z.remainingSeconds)
        o.insert(QStringLiteral("remaining_seconds"), double(*z.remainingSeconds));
    if (z.expiry)
        o.insert(QStringLiteral("expires"), isoTime(*z.expiry));
    return o;
}

// Empty when the live checks were not run: the bundle then says why in live_status.
QJsonObject liveChecksJson(const ReportData& data)
{
    if (!data.liveStartedAt.isValid())
        return {};
    int errors = 0;
    int warnings = 0;
    const QJsonArray zones = array(data.liveZones, [&](const ReportLiveZone& z) {
        errors += z.errors;
        warnings += z.warnings;
        return QJsonObject { { QStringLiteral("zone"), z.zoneId }, { QStringLiteral("domain"), z.domain },
            { QStringLiteral("errors"), z.errors }, { QStringLiteral("warnings"), z.warnings },
            { QStringLiteral("findings"), array(z.findings, liveFindingJson) } };
    });
    return { { QStringLiteral("started_at"), isoTime(data.liveStartedAt) },
        { QStringLiteral("finished_at"), isoTime(data.liveFinishedAt) }, { QStringLiteral("errors"), errors },
        { QStringLiteral("warnings"), warnings }, { QStringLiteral("zones"), zones },
        { QStringLiteral("raw"), data.liveRaw } };
}
} // namespace

QJsonObject ReportData::toJson() const
{
    QJsonObject model { { QStringLiteral("title"), title }, { QStringLiteral("author"), author },
        { QStringLiteral("file"), modelFile }, { QStringLiteral("sha256"), modelSha256 } };
    const QJsonArray serviceList = array(services, [](const ReportServiceSummary& s) {
        QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
            { QStringLiteral("criticality"), s.criticality }, { QStringLiteral("smallest_cut"), s.smallestCut },
            { QStringLiteral("smallest_cut_at_once"), s.smallestCutAtOnce },
            { QStringLiteral("smallest_cut_example"), strings(s.smallestCutExample) } };
        if (s.unavailability)
            o.insert(QStringLiteral("unavailability"), *s.unavailability);
        return o;
    });
    const QJsonArray scenarioList = array(scenarios, [](const ReportScenario& s) {
        return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name },
            { QStringLiteral("outages"), strings(s.outages) }, { QStringLiteral("duration"), s.duration },
            { QStringLiteral("affected_elements"), strings(s.affectedElements) },
            { QStringLiteral("failures"), array(s.failures, [](const ReportScenarioService& f) {
                 return QJsonObject { { QStringLiteral("service"), f.serviceId },
                     { QStringLiteral("population"), f.populationName },
                     { QStringLiteral("explanation"), f.explanation } };
             }) } };
    });
    const QJsonArray independenceList = array(independence, [](const ReportZoneIndependence& z) {
        return QJsonObject { { QStringLiteral("zone"), z.zoneId }, { QStringLiteral("domain"), z.domain },
            { QStringLiteral("authorities"), strings(z.authorities) },
            { QStringLiteral("shared"), array(z.shared, [](const ReportSharedDomain& d) {
                 return QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("kind"), d.kind },
                     { QStringLiteral("authorities"), strings(d.authorities) },
                     { QStringLiteral("common_mode"), d.commonMode } };
             }) } };
    });
    const QJsonArray controlList = array(controls, [](const ReportControlFinding& c) {
        return QJsonObject { { QStringLiteral("finding"), c.finding }, { QStringLiteral("severity"), c.severity },
            { QStringLiteral("controls"), strings(c.controls) }, { QStringLiteral("kind"), c.kind },
            { QStringLiteral("mapping_source"), controlMappingSource(c.mappedByModel) } };
    });
    const QJsonArray mappingList = array(controlMapping, [](const ReportControlMapping& m) {
        return QJsonObject { { QStringLiteral("kind"), m.kind }, { QStringLiteral("title"), m.title },
            { QStringLiteral("controls"), strings(m.controls) }, { QStringLiteral("note"), m.note },
            { QStringLiteral("mapping_source"), controlMappingSource(m.mappedByModel) } };
    });
    const QJsonArray survival = array(survivalCurve, [](const ReportPoint& p) {
        return QJsonObject { { QStringLiteral("failures"), p.x }, { QStringLiteral("working_fraction"), p.y } };
    });
    QJsonArray drillList;
    for (const ReportDrill& drill : drills) {
        QJsonObject entry = drill.result.toJson();
        entry.insert(QStringLiteral("scenario"), drill.scenarioId);
        entry.insert(QStringLiteral("scenario_name"), drill.scenarioName);
        drillList.append(entry);
    }
    return QJsonObject {
        { QStringLiteral("model"), model },
        { QStringLiteral("nameplan_version"), nameplanVersion },
        { QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODate) },
        { QStringLiteral("max_order"), maxOrder },
        { QStringLiteral("single_points_of_failure"), strings(spofs) },
        { QStringLiteral("single_points_of_failure_at_once"), strings(spofsAtOnce) },
        { QStringLiteral("services"), serviceList },
        { QStringLiteral("scenarios"), scenarioList },
        { QStringLiteral("independence"), independenceList },
        { QStringLiteral("survival_curve"), survival },
        { QStringLiteral("controls"), controlList },
        { QStringLiteral("control_mapping"), mappingList },
        { QStringLiteral("live_status"), liveStatus },
        { QStringLiteral("live_checks"), liveChecksJson(*this) },
        { QStringLiteral("dnssec"), array(liveZones, dnssecZoneJson) },
        { QStringLiteral("drill_status"), drillStatus },
        { QStringLiteral("drills"), drillList },
    };
}

} // namespace nameplan
