// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjob.h"

#include "faulttreebuilder.h"
#include "promiseprogress.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace nameplan {

namespace {

// Shares of the progress range, by typical cost on the large example.
constexpr int searchEnd = 600;
constexpr int cutSetsEnd = 850;

// Forwards progress to one stage of a PromiseProgress.
class StageProgress final : public ProgressSink {
public:
    StageProgress(ProgressSink& outer, int begin, int end)
        : m_outer(outer)
        , m_begin(begin)
        , m_end(end)
    {
    }
    void setProgress(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_outer.setProgress(m_begin * total + qint64(m_end - m_begin) * done, qint64(1000) * total);
    }
    bool isCanceled() const override { return m_outer.isCanceled(); }

private:
    ProgressSink& m_outer;
    int m_begin;
    int m_end;
};

} // namespace

AnalysisJob::AnalysisJob(QObject* parent)
    : QObject(parent)
{
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    // The worker only holds copies, but an engine run must not outlive the job that owns it
    // (application shutdown, tests); cancel() made it stop at its next progress check.
    m_future.waitForFinished();
}

std::optional<AnalysisResults> AnalysisJob::compute(const Model& model, const Options& options, ProgressSink& progress)
{
    AnalysisResults results;
    results.model = model;
    results.duration = options.duration;
    results.tree = FaultTreeBuilder::build(model, options.duration);
    results.independence = IndependenceReport::build(model);

    StageProgress searchStage(progress, 0, searchEnd);
    CombinationSearch::Options search;
    search.maxOrder = options.maxOrder;
    search.threads = options.threads;
    results.search = CombinationSearch::run(results.tree, search, searchStage);
    if (results.search.canceled || progress.isCanceled())
        return std::nullopt;

    StageProgress cutStage(progress, searchEnd, cutSetsEnd);
    CutSetFinder::Options cuts;
    cuts.maxOrder = options.cutSetOrder;
    cuts.threads = options.threads;
    results.cutSetOrder = options.cutSetOrder;
    results.cutSets = CutSetFinder(results.tree, cuts).forAllTops(cutStage);
    if (results.cutSets.status == CutSetFinder::Status::Canceled)
        return std::nullopt;

    if (options.probabilities) {
        StageProgress probabilityStage(progress, cutSetsEnd, 1000);
        results.probabilities = ProbabilityAnalysis(results.tree).analyzeAll(probabilityStage);
        if (progress.isCanceled())
            return std::nullopt;
    }
    progress.setProgress(1, 1);
    return results;
}

void AnalysisJob::start(const Model& model, const Options& options)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_clock.start();
    auto* watcher = new QFutureWatcher<AnalysisResults>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, generation](int value) {
        if (generation != m_generation)
            return;
        Q_EMIT progressChanged(value, PromiseProgress<AnalysisResults>::msLeft(m_clock.elapsed(), value));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded: cancel() already reported it
        m_running = false;
        if (watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            Q_EMIT canceled();
        else
            Q_EMIT finished(watcher->future().result());
    });
    m_future = QtConcurrent::run(
        [](QPromise<AnalysisResults>& promise, const Model& model, const Options& options) {
            PromiseProgress<AnalysisResults> progress(promise);
            if (std::optional<AnalysisResults> results = compute(model, options, progress))
                promise.addResult(std::move(*results));
        },
        model, options);
    watcher->setFuture(m_future);
    Q_EMIT started();
}

void AnalysisJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_future.cancel(); // the engine sees it through PromiseProgress::isCanceled
    Q_EMIT canceled();
}

} // namespace nameplan
