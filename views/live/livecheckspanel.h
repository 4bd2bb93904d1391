// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace nameplan {

class DnssecChainView;
class ExpiryTimelineChart;
class LatencyChart;
class LiveChecker;
class LiveFindingFilter;
class LiveFindingModel;
class ProgressRow;
struct LiveReport;

// The Live Checks panel: Run first has the request of the zones (all, or the one chosen)
// prepared, typically on a worker thread (the walk from the roots blocks), showing its steps,
// then asks every authority through LiveChecker, which works on the event loop with bounded
// queries, so the window stays responsive; progress with an estimate of the time left, Cancel
// in either phase; the findings
// table filterable by severity, zone and authority, sortable; finding, advice and evidence of
// the selected row; latency per authority.
class LiveChecksPanel : public QWidget {
    Q_OBJECT
public:
    // A prepared run: the request, or why nothing can be checked.
    struct Preparation {
        LiveCheckRequest request;
        QString error;
    };
    // Prepares the run of one zone (empty: every zone); the panel cancels the future on Cancel
    // and ignores its result then.
    using Preparer = std::function<QFuture<Preparation>(const QString& zone)>;

    explicit LiveChecksPanel(QWidget* parent = nullptr);
    // Cancels a walk still running, so that closing the window does not wait for it.
    ~LiveChecksPanel() override;

    // How Run gets its request.
    void setPreparer(Preparer preparer) { m_preparer = std::move(preparer); }
    // The zones offered (absolute names); the one chosen stays chosen when still offered.
    void setZones(const QStringList& zones);
    void run();
    void cancel();
    bool isRunning() const;

    LiveFindingModel* findings() const { return m_model; }
    LiveFindingFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QTextBrowser* details() const { return m_details; }
    QComboBox* severityFilter() const { return m_severity; }
    QComboBox* zoneFilter() const { return m_zoneFilter; }
    QComboBox* authorityFilter() const { return m_authorityFilter; }
    LatencyChart* latencyChart() const { return m_chart; }
    // The "DNSSEC" tab beside the findings: chain of trust and signature expiry of the last run.
    QTabWidget* tabs() const { return m_tabs; }
    DnssecChainView* dnssecChain() const { return m_dnssecChain; }
    ExpiryTimelineChart* expiryTimeline() const { return m_expiryTimeline; }

Q_SIGNALS:
    // After every run, cancelled or not (report.cancelled says; a cancelled run keeps the table).
    void runFinished(const nameplan::LiveReport& report);

private:
    QWidget* createToolbar();
    QWidget* createFilters();
    QWidget* createDnssecTab();
    void onPrepared();
    void onProgress(int done, int total);
    void onFinished(const LiveReport& report);
    void fillFilterChoices();
    void applyFilters();
    void showSelected();
    void setRunning(bool running);

    Preparer m_preparer;
    QFutureWatcher<Preparation>* m_preparation;
    bool m_preparing = false;
    LiveChecker* m_checker;
    LiveFindingModel* m_model;
    LiveFindingFilter* m_filter;
    QComboBox* m_zone = nullptr;
    QPushButton* m_run = nullptr;
    ProgressRow* m_progress = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_zoneFilter = nullptr;
    QComboBox* m_authorityFilter = nullptr;
    QTableView* m_table;
    QTextBrowser* m_details;
    LatencyChart* m_chart;
    QTabWidget* m_tabs = nullptr;
    DnssecChainView* m_dnssecChain = nullptr;
    ExpiryTimelineChart* m_expiryTimeline = nullptr;
};

} // namespace nameplan
