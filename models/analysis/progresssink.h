// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// How long-running engine work reports progress and learns that it should stop. The engine
// stays free of QObject and threads; the GUI adapts this to a QPromise / signals, the
// command line to a terminal line, tests to a counter. Implementations must be thread-safe:
// work split over both cores reports from several threads.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void setProgress(qint64 done, qint64 total) = 0;
    virtual bool isCanceled() const = 0;
    // What the work is doing now, in words ("Checking zone example.com.…"), for work made of
    // phases that a bare count does not explain; ignored unless shown.
    virtual void setPhase(const QString& phase) { Q_UNUSED(phase); }
};

// For callers that neither show progress nor cancel.
class NoProgress final : public ProgressSink {
public:
    void setProgress(qint64, qint64) override { }
    bool isCanceled() const override { return false; }
};

} // namespace nameplan
