// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace nameplan {

class LatencyChart;
class LiveChecker;
class LiveFindingFilter;
class LiveFindingModel;
struct LiveReport;

// The Live Checks panel: Run asks every authority of the request's zones (all, or the one
// chosen) through LiveChecker, which works on the event loop with bounded queries, so the
// window stays responsive; progress with an estimate of the time left, Cancel; the findings
// table filterable by severity, zone and authority, sortable; finding, advice and evidence of
// the selected row; latency per authority.
class LiveChecksPanel : public QWidget {
    Q_OBJECT
public:
    explicit LiveChecksPanel(QWidget* parent = nullptr);

    // What Run asks: the model's zones and authorities (settings.port applied by the caller).
    void setRequest(const LiveCheckRequest& request);
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

Q_SIGNALS:
    // After every run, cancelled or not (report.cancelled says; a cancelled run keeps the table).
    void runFinished(const nameplan::LiveReport& report);

private:
    QWidget* createToolbar();
    QWidget* createFilters();
    void onProgress(int done, int total);
    void onFinished(const LiveReport& report);
    void fillFilterChoices();
    void applyFilters();
    void showSelected();
    void setRunning(bool running);

    LiveCheckRequest m_request;
    LiveChecker* m_checker;
    LiveFindingModel* m_model;
    LiveFindingFilter* m_filter;
    QComboBox* m_zone = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_zoneFilter = nullptr;
    QComboBox* m_authorityFilter = nullptr;
    QTableView* m_table;
    QTextBrowser* m_details;
    LatencyChart* m_chart;
    QElapsedTimer m_clock;
};

} // namespace nameplan
