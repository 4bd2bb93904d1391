// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progresssink.h"

#include <QPromise>

namespace nameplan {

// Adapts the engine's ProgressSink to a QPromise: cancel comes from the promise, progress goes
// to the promise's 0..1000 range. Thread-safe because QPromise is (and it ignores progress that
// goes backwards, so several worker threads may report). Sink may be any interface of the same
// shape (the zone verifier's VerifyProgress), so each engine keeps its own without a copy of
// this adapter.
template <class T, class Sink = ProgressSink> class PromiseProgress final : public Sink {
public:
    static constexpr int range = 1000;

    // Linear estimate of the milliseconds left at value (of range) after elapsedMs; -1 before
    // 2 %, so that the first noisy readings do not show.
    static qint64 msLeft(qint64 elapsedMs, int value)
    {
        return value >= range / 50 ? elapsedMs * (range - value) / value : -1;
    }

    explicit PromiseProgress(QPromise<T>& promise)
        : m_promise(promise)
    {
        m_promise.setProgressRange(0, range);
    }

    void setProgress(qint64 done, qint64 total) override
    {
        if (total > 0)
            m_promise.setProgressValue(int(range * qBound(qint64(0), done, total) / total));
    }

    bool isCanceled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
};

} // namespace nameplan
