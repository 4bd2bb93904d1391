// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisresults.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>

#include <optional>

namespace nameplan {

// Runs the long analyses (combination search, cut sets, exact probabilities) off the GUI
// thread with QtConcurrent. Results come back as one value through a queued signal; a
// generation counter drops the results of a job that was superseded by start() or cancel()
// (the hotspot JobTracker idea), so a slow old run can never overwrite a newer one.
class AnalysisJob : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::optional<qint64> duration; // as OutageSession::duration()
        int maxOrder = 2; // combination search: every set of up to this many components
        int cutSetOrder = 3; // minimal cut sets up to this order
        bool probabilities = true;
        int threads = 0; // 0: one per core
    };

    explicit AnalysisJob(QObject* parent = nullptr);
    ~AnalysisJob() override;

    // Supersedes a running job (which is told to cancel; its results are dropped).
    void start(const Model& model, const Options& options);
    void cancel();
    bool isRunning() const { return m_running; }

    // The computation itself, synchronous: what the job runs on a worker thread. Public for
    // the command line and tests. Canceled: returns std::nullopt.
    static std::optional<AnalysisResults> compute(const Model& model, const Options& options, ProgressSink& progress);

Q_SIGNALS:
    void started();
    // permille 0..1000; msLeft < 0 while there is no estimate yet.
    void progressChanged(int permille, qint64 msLeft);
    void finished(const nameplan::AnalysisResults& results);
    void canceled();

private:
    quint64 m_generation = 0;
    bool m_running = false;
    QFuture<AnalysisResults> m_future;
    QElapsedTimer m_clock;
};

} // namespace nameplan
