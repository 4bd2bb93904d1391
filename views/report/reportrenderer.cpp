// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrenderer.h"

#include "countednoun.h"
#include "model.h"
#include "pdfcomposer.h"
#include "reportchart.h"
#include "reportdata.h"
#include "topologyscene.h"

#include <QHash>
#include <QPainter>
#include <QSet>

namespace nameplan {

namespace {

QString orNone(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

// A scenario's failures as one row per service (a large estate has hundreds of service and
// population pairs with near-identical explanations: a row each made a 900-page report).
std::vector<QStringList> failureRows(const ReportScenario& scenario)
{
    constexpr qsizetype longestReason = 420;
    std::vector<QStringList> rows;
    QHash<QString, std::size_t> rowOf;
    for (const ReportScenarioService& f : scenario.failures) {
        const auto known = rowOf.constFind(f.serviceId);
        if (known != rowOf.cend()) {
            rows[*known][1] += QStringLiteral(", ") + f.populationName;
            continue;
        }
        QString reason = f.explanation;
        if (reason.size() > longestReason) {
            const qsizetype cut = reason.lastIndexOf(u' ', longestReason);
            reason = reason.left(cut > 0 ? cut : longestReason) + QStringLiteral(" …");
        }
        rowOf.insert(f.serviceId, rows.size());
        rows.push_back({ f.serviceName, f.populationName, reason });
    }
    return rows;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 4) + u'%';
}

QString downtime(double unavailability)
{
    const double minutes = unavailability * 365.25 * 24 * 60;
    return minutes < 120 ? QStringLiteral("%1 min/year").arg(minutes, 0, 'f', 1)
                         : QStringLiteral("%1 h/year").arg(minutes / 60, 0, 'f', 1);
}

// "29 d 23 h", "5 h 12 min", "0 (expired)": remaining signature validity for people.
QString validity(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("none left");
    if (seconds >= 86400)
        return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

// Paints a scene scaled to fit the rectangle, keeping its aspect ratio.
void paintScene(QGraphicsScene& scene, QPainter& painter, const QRectF& rect)
{
    const QRectF source = scene.sceneRect();
    const double scale = std::min(rect.width() / source.width(), rect.height() / source.height());
    const QSizeF size = source.size() * scale;
    const QRectF target(rect.topLeft() + QPointF((rect.width() - size.width()) / 2, 0), size);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

class Composition {
public:
    Composition(const ReportData& data, const Model& model)
        : m_data(data)
        , m_model(model)
    {
        m_diagramError = m_scene.setModel(model);
    }

    void compose(PdfComposer& pdf)
    {
        cover(pdf);
        pdf.newPage();
        pdf.title(QStringLiteral("Contents"));
        pdf.tableOfContents();
        summary(pdf);
        estate(pdf);
        scenarios(pdf);
        independence(pdf);
        live(pdf);
        drills(pdf);
        controls(pdf);
        methodology(pdf);
    }

private:
    void cover(PdfComposer& pdf)
    {
        pdf.spacer(120);
        pdf.paragraph(QStringLiteral("DNS RESILIENCE EVIDENCE"), true);
        pdf.title(m_data.title.isEmpty() ? QStringLiteral("Untitled estate") : m_data.title);
        if (!m_data.description.isEmpty())
            pdf.paragraph(m_data.description);
        pdf.spacer(20);
        pdf.keyValues({
            { QStringLiteral("Model author"), m_data.author.isEmpty() ? QStringLiteral("not stated") : m_data.author },
            { QStringLiteral("Model file"), m_data.modelFile },
            { QStringLiteral("SHA-256 of the model file"), m_data.modelSha256 },
            { QStringLiteral("Report generated"), m_data.generatedAt.toString(Qt::ISODate) },
            { QStringLiteral("Nameplan version"), m_data.nameplanVersion },
            { QStringLiteral("Estate"),
                QStringLiteral("%1 authorities, %2 zones, %3 names, %4 services, %5 client populations")
                    .arg(m_model.authorities.size())
                    .arg(m_model.zones.size())
                    .arg(m_model.names.size())
                    .arg(m_model.services.size())
                    .arg(m_model.populations.size()) },
        });
        pdf.paragraph(QStringLiteral("The model hash identifies exactly which estate description these findings "
                                     "apply to: recompute it with `sha256sum` on the model file."),
            true);
    }

    void summary(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Executive summary"));
        const int critical = int(std::count_if(m_data.services.begin(), m_data.services.end(),
            [](const ReportServiceSummary& s) { return s.criticality == u"critical"; }));
        pdf.paragraph(QStringLiteral("Single points of failure that take down at least one critical or high service "
                                     "on their own: %1. The estate has %2 services, %3 of them critical.")
                          .arg(m_data.spofs.size())
                          .arg(m_data.services.size())
                          .arg(critical));
        pdf.heading(2, QStringLiteral("Single points of failure"));
        pdf.paragraph(QStringLiteral("A component whose outage alone takes down a critical or high service. Some do so "
                                     "at once; others only once an outage outlasts a timer (a secondary's SOA expire "
                                     "after it loses its transfer source, the signatures' validity after the signer "
                                     "is lost)."));
        std::vector<QStringList> rows;
        for (qsizetype i = 0; i < m_data.spofs.size(); ++i) {
            const bool atOnce = m_data.spofsAtOnce.contains(m_data.spofs[i]);
            rows.push_back({ m_data.spofs[i], m_data.spofLabels.value(i),
                atOnce ? QStringLiteral("at once") : QStringLiteral("after timers run out") });
        }
        if (rows.empty())
            pdf.paragraph(QStringLiteral("None: no single component failure takes down a critical or high service."));
        else
            pdf.table({ QStringLiteral("Outage id"), QStringLiteral("Component"), QStringLiteral("Fails services") },
                rows, { 1.3, 2.2, 1.3 });
        pdf.heading(2, QStringLiteral("Resilience per service"));
        pdf.paragraph(QStringLiteral("The smallest number of simultaneous component outages that takes the service "
                                     "down for at least one client population, searched exhaustively up to %1.")
                          .arg(m_data.maxOrder));
        const auto cutText
            = [&](int cut) { return cut < 0 ? QStringLiteral("> %1").arg(m_data.maxOrder) : QString::number(cut); };
        std::vector<QStringList> services;
        for (const ReportServiceSummary& s : m_data.services) {
            services.push_back({ s.name, s.criticality, cutText(s.smallestCutAtOnce), cutText(s.smallestCut),
                orNone(s.smallestCutExample),
                s.unavailability
                    ? QStringLiteral("%1 (%2)").arg(percent(*s.unavailability), downtime(*s.unavailability))
                    : QStringLiteral("no data") });
        }
        pdf.table({ QStringLiteral("Service"), QStringLiteral("Criticality"), QStringLiteral("Cut at once"),
                      QStringLiteral("Cut eventually"), QStringLiteral("Example"), QStringLiteral("Unavailability") },
            services, { 2, 1.1, 0.9, 1, 2.2, 2 });
        if (!m_data.survivalCurve.empty()) {
            pdf.heading(2, QStringLiteral("Services that survive simultaneous failures"));
            pdf.graphic(220, [&](QPainter& painter, const QRectF& rect) {
                ReportChart::paintSurvival(painter, rect, m_data.survivalCurve);
            });
        }
    }

    void estate(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("The estate"));
        pdf.paragraph(QStringLiteral("Regions are drawn as containers; every authority sits in the regions of its "
                                     "sites. Colours are providers; dashed links are zone transfers."));
        diagram(pdf, {}, {});
    }

    void diagram(PdfComposer& pdf, const QSet<QString>& failed, const QSet<QString>& affected)
    {
        if (!m_diagramError.isEmpty()) {
            pdf.paragraph(QStringLiteral("The diagram could not be drawn: ") + m_diagramError, true);
            return;
        }
        m_scene.setOutage(failed, affected);
        const double aspect = m_scene.sceneRect().height() / m_scene.sceneRect().width();
        pdf.graphic(std::min(pdf.contentWidth() * aspect, 520.0),
            [&](QPainter& painter, const QRectF& rect) { paintScene(m_scene, painter, rect); });
    }

    void scenarios(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Outage scenarios"));
        if (m_data.scenarios.empty())
            pdf.paragraph(QStringLiteral("The model names no scenarios and none was given with --outage."));
        for (const ReportScenario& s : m_data.scenarios) {
            pdf.heading(2, s.name);
            pdf.keyValues(
                { { QStringLiteral("Out"), orNone(s.outageLabels) }, { QStringLiteral("Duration"), s.duration },
                    { QStringLiteral("Result"),
                        QStringLiteral("%1 of %2 service/population pairs fail")
                            .arg(s.failures.size())
                            .arg(s.servicePopulationPairs) } });
            const QStringList outages = s.outages;
            const QStringList affected = s.affectedElements;
            diagram(
                pdf, QSet<QString>(outages.begin(), outages.end()), QSet<QString>(affected.begin(), affected.end()));
            const std::vector<QStringList> rows = failureRows(s);
            if (rows.empty()) {
                pdf.paragraph(QStringLiteral("Every service keeps working for every population."));
            } else {
                pdf.table({ QStringLiteral("Service"), QStringLiteral("Fails for"), QStringLiteral("Why") }, rows,
                    { 1.2, 1.2, 4.3 });
                pdf.paragraph(QStringLiteral("Each service's reason is given for the first population it fails "
                                             "for, shortened where long; the JSON bundle has every explanation in "
                                             "full."));
            }
        }
    }

    void independence(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Independence of the authorities"));
        pdf.paragraph(QStringLiteral("For every zone, the failure domains its authorities share. A domain shared by "
                                     "all of them (common mode) takes the whole zone down on its own."));
        std::vector<QStringList> rows;
        for (const ReportZoneIndependence& z : m_data.independence) {
            for (const ReportSharedDomain& d : z.shared) {
                rows.push_back({ z.domain, d.id, d.kind, d.authorities.join(QStringLiteral(", ")),
                    d.commonMode ? QStringLiteral("all: common mode") : QStringLiteral("some") });
            }
        }
        pdf.table({ QStringLiteral("Zone"), QStringLiteral("Shared domain"), QStringLiteral("Kind"),
                      QStringLiteral("Authorities"), QStringLiteral("Shared by") },
            rows, { 1.6, 1.5, 1.2, 2, 1.2 });
    }

    // Per zone, every finding of the live checks with the authority it is about and when it
    // was seen; failures first in the summary so a reviewer sees them without reading it all.
    void live(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Live checks"));
        pdf.paragraph(m_data.liveStatus, m_data.liveZones.empty());
        liveFailures(pdf);
        for (const ReportLiveZone& z : m_data.liveZones) {
            pdf.heading(2, QStringLiteral("Zone ") + z.domain);
            std::vector<QStringList> rows;
            for (const ReportLiveFinding& f : z.findings)
                rows.push_back({ f.checkId, f.authority.isEmpty() ? QStringLiteral("(zone)") : f.authority, f.severity,
                    f.finding, f.observedAt.toString(QStringLiteral("yyyy-MM-dd\nHH:mm:ss")) });
            if (rows.empty())
                pdf.paragraph(QStringLiteral("No finding: no authority of this zone was checked."), true);
            else
                pdf.table({ QStringLiteral("Check"), QStringLiteral("Authority"), QStringLiteral("Severity"),
                              QStringLiteral("Finding"), QStringLiteral("Observed (UTC)") },
                    rows, { 1.3, 1.7, 0.8, 3.4, 1.1 });
        }
        dnssec(pdf);
    }

    void liveFailures(PdfComposer& pdf)
    {
        if (m_data.liveZones.empty())
            return;
        pdf.heading(2, QStringLiteral("Failures"));
        std::vector<QStringList> rows;
        for (const ReportLiveZone& z : m_data.liveZones) {
            for (const ReportLiveFinding& f : z.findings) {
                if (f.severity == u"error")
                    rows.push_back({ z.domain, f.checkId,
                        f.authority.isEmpty() ? QStringLiteral("(zone)") : f.authority, f.finding });
            }
        }
        if (rows.empty())
            pdf.paragraph(QStringLiteral("No check failed."));
        else
            pdf.table({ QStringLiteral("Zone"), QStringLiteral("Check"), QStringLiteral("Authority"),
                          QStringLiteral("Finding") },
                rows, { 1.3, 1.3, 1.7, 3.8 });
    }

    // Per zone: the verdict, each authority's verdicts with their reasons, and how long the
    // signatures it served stay valid (what the signer's downtime is measured against).
    void dnssec(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("DNSSEC"));
        if (m_data.liveZones.empty()) {
            pdf.paragraph(QStringLiteral("DNSSEC was not checked: the live checks were not run."), true);
            return;
        }
        for (const ReportLiveZone& z : m_data.liveZones) {
            pdf.heading(2, QStringLiteral("Zone ") + z.domain);
            std::vector<std::pair<QString, QString>> facts { { QStringLiteral("Status"),
                z.dnssecReason.isEmpty() ? z.dnssecStatus : z.dnssecStatus + QStringLiteral(": ") + z.dnssecReason } };
            if (z.remainingSeconds)
                facts.push_back({ QStringLiteral("Remaining validity"),
                    *z.remainingSeconds > 0
                        ? QStringLiteral("%1 (the least over its authorities)").arg(validity(*z.remainingSeconds))
                        : QStringLiteral("none: at least one authority serves nothing that validates") });
            if (z.expiry)
                facts.push_back({ QStringLiteral("Signatures expire"), z.expiry->toString(Qt::ISODate) });
            pdf.keyValues(facts);
            std::vector<QStringList> rows;
            for (const ReportDnssecAuthority& a : z.dnssec) {
                for (const ReportDnssecVerdict& v : a.verdicts)
                    rows.push_back({ a.authority + u'\n' + a.address, v.subject, v.status,
                        v.reason.isEmpty() ? QStringLiteral("-") : v.reason,
                        v.validUntil ? v.validUntil->toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QStringLiteral("-") });
            }
            if (!rows.empty())
                pdf.table({ QStringLiteral("Authority"), QStringLiteral("RRset"), QStringLiteral("Verdict"),
                              QStringLiteral("Reason"), QStringLiteral("Valid until (UTC)") },
                    rows, { 1.7, 1.9, 1.3, 2.3, 1.2 });
            cnames(pdf, z);
        }
    }

    // The zone's names that are CNAMEs into other zones: each name's combined verdict (the worst
    // over the zone's authorities, naming the deciding link), then each link judged in its zone.
    void cnames(PdfComposer& pdf, const ReportLiveZone& z)
    {
        if (z.cnames.empty())
            return;
        pdf.paragraph(QStringLiteral("CNAMEs followed: each target is judged at the authorities of the zone "
                                     "holding it, through that zone's own chain of trust; a name is only as good "
                                     "as its worst link."));
        std::vector<QStringList> rows;
        const auto orDash = [](const QString& text) { return text.isEmpty() ? QStringLiteral("-") : text; };
        for (const ReportDnssecName& n : z.cnames) {
            rows.push_back({ n.name, QStringLiteral("(the name)"), z.domain, n.status, orDash(n.reason) });
            for (const ReportCnameLink& l : n.links)
                rows.push_back({ QString(), QStringLiteral("hop %1: %2").arg(l.hop).arg(l.link), l.zone,
                    l.verdict.status, orDash(l.verdict.reason) });
        }
        pdf.table({ QStringLiteral("Name"), QStringLiteral("Link"), QStringLiteral("Zone"), QStringLiteral("Verdict"),
                      QStringLiteral("Reason") },
            rows, { 1.4, 2.1, 1.1, 0.9, 2.9 });
    }

    // What the failover drills found: per scenario, each critical name per population as the
    // model predicts it and as the surviving authorities really answered, with timestamps.
    void drills(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Failover drills"));
        pdf.paragraph(m_data.drillStatus, m_data.drills.empty());
        for (const ReportDrill& drill : m_data.drills) {
            const DrillResult& r = drill.result;
            pdf.heading(2, QStringLiteral("Drill: ") + drill.scenarioName);
            pdf.keyValues({ { QStringLiteral("Out"), orNone(r.outages) },
                { QStringLiteral("Run"),
                    QStringLiteral("%1 to %2 (UTC)")
                        .arg(r.started.toString(Qt::ISODate), r.finished.toString(Qt::ISODate)) },
                { QStringLiteral("Result"),
                    r.agrees() ? QStringLiteral("model and reality agree")
                               : countedNoun(r.observableDisagreements(), QStringLiteral("disagreement"))
                            + QStringLiteral(" between model and reality") } });
            std::vector<QStringList> rows;
            for (const DrillResult::NameCheck& n : r.names)
                rows.push_back({ n.fqdn + u'/' + n.type, n.populationId,
                    n.predictedResolves ? QStringLiteral("resolves") : QStringLiteral("fails"),
                    n.liveResolves ? QStringLiteral("resolves") : QStringLiteral("fails"), n.dnssec,
                    n.agrees() ? QStringLiteral("yes") : QStringLiteral("NO") });
            if (!rows.empty())
                pdf.table({ QStringLiteral("Name"), QStringLiteral("For"), QStringLiteral("Model"),
                              QStringLiteral("Reality"), QStringLiteral("DNSSEC"), QStringLiteral("Agree") },
                    rows, { 2.6, 1, 1, 1, 1.1, 0.7 });
            // Why a name is not secure: the parent that could not prove a DS absent, the zone
            // that could not be asked, the failing signature.
            for (const DrillResult::NameCheck& n : r.names) {
                if (n.explainsDnssec())
                    pdf.paragraph(
                        QStringLiteral("DNSSEC of %1/%2 (%3): %4").arg(n.fqdn, n.type, n.populationId, n.dnssecText));
            }
            for (const DrillResult::Disagreement& d : r.disagreements)
                pdf.paragraph(
                    QStringLiteral("%1: %2 (%3): %4")
                        .arg(DrillResult::Disagreement::kindName(d.kind), d.subject, d.populationId, d.detail));
        }
    }

    void controls(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Control mapping"));
        pdf.paragraph(QStringLiteral("Each finding tied to the controls auditors ask about: NIST CSF 2.0 (PR.IR "
                                     "infrastructure resilience, PR.DS data integrity, RC recovery) and NIST SP "
                                     "800-207 (zero trust: the policy decision point depends on name resolution). "
                                     "\"model\" marks a mapping the model's control_mapping decides; \"default\" "
                                     "one Nameplan's built-in defaults decide."));
        std::vector<QStringList> rows;
        for (const ReportControlFinding& c : m_data.controls)
            rows.push_back({ c.finding, c.severity, controlsText(c.controls), controlMappingSource(c.mappedByModel) });
        pdf.table({ QStringLiteral("Finding"), QStringLiteral("Severity"), QStringLiteral("Controls"),
                      QStringLiteral("Mapping") },
            rows, { 4, 1, 2.2, 0.9 });
        pdf.heading(2, QStringLiteral("Mapping by kind of finding"));
        std::vector<QStringList> kinds;
        for (const ReportControlMapping& m : m_data.controlMapping)
            kinds.push_back({ QStringLiteral("%1 (%2)").arg(m.title, m.kind), controlsText(m.controls), m.note,
                controlMappingSource(m.mappedByModel) });
        pdf.table({ QStringLiteral("Kind of finding"), QStringLiteral("Controls"), QStringLiteral("Note"),
                      QStringLiteral("Mapping") },
            kinds, { 2.2, 2.6, 2.2, 0.9 });
    }

    static QString controlsText(const QStringList& controls)
    {
        return controls.isEmpty() ? QStringLiteral("not mapped") : controls.join(u'\n');
    }

    void methodology(PdfComposer& pdf)
    {
        pdf.heading(1, QStringLiteral("Methodology and glossary"));
        pdf.paragraph(QStringLiteral(
            "Nameplan compiles the model, for a given outage duration, into a fault tree whose basic events are the "
            "failure domains (regions, provider serving and control planes, network paths, shared dependencies, "
            "signers, authorities, resolvers, software implementations). A name resolves from a client population "
            "when every modelled zone on its delegation chain has an authority that is up, reachable over a path "
            "that is up, holds data that has not expired and signatures that are still valid, and whose own name "
            "resolves; CNAME targets must resolve too. A service works when its names resolve and the services it "
            "depends on work. Single points of failure and smallest cuts come from an exhaustive search of outage "
            "combinations up to the stated order; availability from the component unavailabilities given in the "
            "model, computed exactly."));
        pdf.keyValues({
            { QStringLiteral("Authority"), QStringLiteral("A name server answering authoritatively for a zone.") },
            { QStringLiteral("Cut set"),
                QStringLiteral("A set of components whose joint outage makes a service fail; "
                               "minimal when no smaller subset does.") },
            { QStringLiteral("Common mode"), QStringLiteral("A failure domain shared by every authority of a zone.") },
            { QStringLiteral("Control plane"),
                QStringLiteral("A provider's management: transfers, updates, re-signing.") },
            { QStringLiteral("SOA expire"),
                QStringLiteral("How long a secondary serves its copy after losing its transfer source (RFC 1035).") },
            { QStringLiteral("Signature validity"),
                QStringLiteral("How long RRSIGs stay valid; a signer down for longer makes the zone bogus.") },
            { QStringLiteral("SPOF"), QStringLiteral("Single point of failure: a cut set of one component.") },
        });
    }

    const ReportData& m_data;
    const Model& m_model;
    TopologyScene m_scene;
    QString m_diagramError;
};

} // namespace

namespace {
QPageSize pageSizeOf(const ReportData& data)
{
    return QPageSize(data.pageSize == u"Letter" ? QPageSize::Letter : QPageSize::A4);
}

QString footerOf(const ReportData& data)
{
    return QStringLiteral("Nameplan evidence · %1 · model %2").arg(data.title, data.modelSha256.left(16));
}
} // namespace

QString ReportRenderer::writePdf(const ReportData& data, const Model& model, const QString& path)
{
    Composition composition(data, model);
    return PdfComposer::write(path, pageSizeOf(data), data.title, footerOf(data),
        [&composition](PdfComposer& pdf) { composition.compose(pdf); });
}

std::vector<QImage> ReportRenderer::renderPages(const ReportData& data, const Model& model, double dpi)
{
    Composition composition(data, model);
    return PdfComposer::paintPages(
        pageSizeOf(data), footerOf(data), [&composition](PdfComposer& pdf) { composition.compose(pdf); }, dpi);
}

} // namespace nameplan
