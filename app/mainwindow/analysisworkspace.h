// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace nameplan {

class AnalysisJob;
class AnalysisViews;
class ModelDocument;

// The exhaustive analysis of the open model, kept current: single points of failure, cut
// sets, the independence matrix, the heat map and the charts. The work runs off the GUI
// thread (AnalysisJob) with progress, time left and cancel; an edit restarts it once edits
// settle, and stale results are dropped.
class AnalysisWorkspace : public QWidget {
    Q_OBJECT
public:
    AnalysisWorkspace(ModelDocument* document, QWidget* parent = nullptr);
    ~AnalysisWorkspace() override;

    AnalysisViews* views() const { return m_views; }
    AnalysisJob* job() const { return m_job; }
    void runNow();

Q_SIGNALS:
    void highlightRequested(const QStringList& ids);

private:
    ModelDocument* m_document;
    AnalysisJob* m_job;
    AnalysisViews* m_views;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_restart;
};

} // namespace nameplan
