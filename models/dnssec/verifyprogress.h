// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace nameplan {

// How whole-zone verification reports progress and learns that it should stop; the same shape
// as models/analysis's ProgressSink, kept here so the validator does not depend on the
// analysis engine. The GUI adapts it to a QPromise, the command line to a terminal line.
// Implementations must be thread-safe: both cores report.
class VerifyProgress {
public:
    virtual ~VerifyProgress() = default;
    virtual void setProgress(qint64 done, qint64 total) = 0;
    virtual bool isCanceled() const = 0;
};

// For callers that neither show progress nor cancel.
class NoVerifyProgress final : public VerifyProgress {
public:
    void setProgress(qint64, qint64) override { }
    bool isCanceled() const override { return false; }
};

} // namespace nameplan
