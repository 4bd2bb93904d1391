// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progresssink.h"

#include <QPromise>

namespace nameplan {

// Adapts the engine's ProgressSink to a QPromise: cancel comes from the promise, progress goes
// to the promise's 0..1000 range. Thread-safe because QPromise is (and it ignores progress that
// goes backwards, so several worker threads may report).
template <class T> class PromiseProgress final : public ProgressSink {
public:
    static constexpr int range = 1000;

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
