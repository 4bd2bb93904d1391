// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Everything the evidence report says, as plain data: built headless from the model and the
// analysis (ReportBuilder), rendered to PDF by views/report, written as the JSON bundle. One
// structure, so the PDF and the JSON cannot disagree.

#include "drillresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nameplan {

struct ReportServiceSummary {
    QString id;
    QString name;
    QString criticality;
    int smallestCut = -1; // outages of any length; -1: no cut up to the searched order
    int smallestCutAtOnce = -1; // outages that have just begun (no timer has run out)
    QStringList smallestCutExample; // outage ids
    std::optional<double> unavailability; // per year: × 8766 h
    QStringList failingPopulations; // populations it fails for with no outage at all
};

struct ReportScenarioService {
    QString serviceId;
    QString serviceName;
    QString populationName;
    QString explanation; // the analysis engine's explanation, one line
};

struct ReportScenario {
    QString id;
    QString name;
    QStringList outages; // outage ids
    QStringList outageLabels; // for people
    QString duration; // "3 d", or "until every timer runs out"
    std::vector<ReportScenarioService> failures;
    QStringList affectedElements; // element ids that fail, for the diagram
    int servicePopulationPairs = 0;
};

struct ReportSharedDomain {
    QString id;
    QString kind;
    QStringList authorities;
    bool commonMode = false;
};

struct ReportZoneIndependence {
    QString zoneId;
    QString domain;
    QStringList authorities;
    std::vector<ReportSharedDomain> shared;
};

// A finding tied to the frameworks auditors ask about (NIST CSF 2.0, NIST SP 800-207).
struct ReportControlFinding {
    QString finding;
    QString severity; // "high", "medium", "low", "info"
    QStringList controls; // e.g. "NIST CSF 2.0 PR.IR-03"; empty: the model leaves the kind unmapped
    QString kind; // finding kind id, as in the model's control_mapping ("spof")
    bool mappedByModel = false; // false: Nameplan's built-in default mapping
};

// How one kind of finding was tied to controls for this report, whether or not it occurred.
struct ReportControlMapping {
    QString kind; // "spof"
    QString title; // "Single point of failure"
    QStringList controls; // empty: not mapped
    QString note;
    bool mappedByModel = false;
};

// A point of a chart: x and y, with a label when the x axis is categorical.
struct ReportPoint {
    double x = 0;
    double y = 0;
    QString label;
};

// A failover drill run for one of the report's scenarios (nameplan report --with-live).
struct ReportDrill {
    QString scenarioId;
    QString scenarioName;
    DrillResult result;
};

// One finding of a live check (nameplan report --with-live), with when it was observed.
struct ReportLiveFinding {
    QString checkId; // stable, as in docs/live-checks.md
    QString authority; // "ns1.example.test. 127.0.0.10:5300"; empty for zone-wide checks
    QString severity; // "ok", "info", "warning", "error"
    QString finding;
    QDateTime observedAt; // UTC: the latest answer the finding rests on, else the end of the run
};

// One DNSSEC verdict on what one authority served: the RRset and why it is what it is.
struct ReportDnssecVerdict {
    QString subject; // "www.example.test. A", or the zone apex's DNSKEY
    QString status; // "secure", "insecure", "indeterminate", "bogus"
    QString reason; // "signature-expired (EDE 7)"; empty when secure
    std::optional<QDateTime> validUntil; // when the signature that made it secure expires
};

struct ReportDnssecAuthority {
    QString authority; // host name
    QString address;
    QString status; // the worst of its verdicts and of its names' combined ones (CNAMEs followed)
    std::vector<ReportDnssecVerdict> verdicts;
    std::optional<QDateTime> validUntil; // earliest expiry of the signatures that made it secure
};

// One CNAME followed from a checked name (LiveCnameResult): the link and its verdict, judged at
// the authorities of the zone holding the target through that zone's chain of trust.
struct ReportCnameLink {
    int hop = 1;
    QString link; // "tobroken.test. → www.broken.test."; "loop.opt. → (chain cut)" when cut
    QString zone; // the zone holding the target
    ReportDnssecVerdict verdict;
};

// A checked name whose CNAMEs were followed: its combined verdict (the worst over the zone's
// authorities, with the message naming the deciding link, as `check` gives it) and every link.
struct ReportDnssecName {
    QString name; // "tobroken.test. A"
    QString status;
    QString reason; // the combined verdict's text; empty when secure
    std::vector<ReportCnameLink> links;
};

// What the live checks saw of one zone of the model.
struct ReportLiveZone {
    QString zoneId;
    QString domain; // "example.test."
    std::vector<ReportLiveFinding> findings;
    int errors = 0;
    int warnings = 0;
    QString dnssecStatus; // "secure", "bogus", ..., or "not checked"
    QString dnssecReason; // why not checked; empty when checked
    std::vector<ReportDnssecAuthority> dnssec;
    std::vector<ReportDnssecName> cnames; // the checked names whose CNAMEs were followed
    std::optional<qint64> remainingSeconds; // least remaining signature validity over its authorities
    std::optional<QDateTime> expiry; // when that runs out
};

// "model" when the model's control_mapping decided how a kind of finding is mapped, "default"
// when Nameplan's built-in defaults did: the PDF and the JSON bundle both say which.
QString controlMappingSource(bool mappedByModel);

struct ReportData {
    // Cover
    QString title;
    QString author;
    QString description;
    QString modelFile;
    QString modelSha256;
    QString nameplanVersion;
    QDateTime generatedAt; // UTC
    QString pageSize = QStringLiteral("A4"); // "A4" or "Letter"

    // Executive summary and analysis
    int maxOrder = 2;
    QStringList spofs; // outage ids whose single outage fails a critical or high service
    QStringList spofLabels;
    QStringList spofsAtOnce; // the subset that does so at once, before any timer runs out
    std::vector<ReportServiceSummary> services;
    std::vector<ReportScenario> scenarios;
    std::vector<ReportZoneIndependence> independence;
    std::vector<ReportPoint> survivalCurve; // x: simultaneous failures, y: fraction of services that work
    std::vector<ReportControlFinding> controls;
    std::vector<ReportControlMapping> controlMapping; // one per finding kind

    // Live observations (empty with their reason when not run)
    QString liveStatus = QStringLiteral(
        "Live checks were not run for this report (nameplan report --with-live runs them for every zone).");
    std::vector<ReportLiveZone> liveZones;
    QDateTime liveStartedAt; // UTC, invalid when not run
    QDateTime liveFinishedAt;
    QJsonObject liveRaw; // the live-check run as `nameplan check --json` writes it: every observation
    std::vector<ReportDrill> drills;
    QString drillStatus = QStringLiteral(
        "Failover drills were not run for this report (nameplan report --with-live runs one per scenario).");

    QJsonObject toJson() const;
};

} // namespace nameplan
