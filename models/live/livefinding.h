// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liveevidence.h"

#include <QList>
#include <QString>

namespace nameplan {

// Ordered: a check failed when any of its findings is Error.
enum class LiveSeverity { Ok, Info, Warning, Error };

// One verdict of one live check about one zone, and (for per-server checks) one authority
// address. checkId is stable across releases ("reachable-udp", "soa-serial", ...): scripts,
// the GUI filter and the report key on it. Zone-wide checks leave the authority empty.
struct LiveFinding {
    QString checkId;
    LiveSeverity severity = LiveSeverity::Ok;
    QString zone; // "example.test."
    QString authorityName; // "ns1.example.test." or empty
    QString authorityAddress; // "127.0.0.10:5300" or empty
    QString finding; // one line: what was seen
    QString advice; // one line: what to do; empty when nothing
    QList<LiveEvidence> evidence;

    // "ok", "info", "warning", "error": the JSON and text spelling.
    static QString severityName(LiveSeverity severity);
    QJsonObject toJson() const;
};

} // namespace nameplan
