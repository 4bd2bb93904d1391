// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livefinding.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace nameplan {

// The outcome of one live-check run: every finding of every check, in zone, authority,
// check order, plus when the run happened. DNSSEC verdicts are not produced yet (the
// validator joins later); `dnssec` says so in the JSON rather than staying silent.
struct LiveReport {
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    bool cancelled = false;
    QList<LiveFinding> findings;
    QString dnssecStatus = QStringLiteral("not-checked");

    int count(LiveSeverity severity) const;
    // Some check failed: at least one finding at Error severity (the CLI's exit status 1).
    bool hasErrors() const { return count(LiveSeverity::Error) > 0; }
    QJsonObject toJson() const;
};

} // namespace nameplan

Q_DECLARE_METATYPE(nameplan::LiveReport)
