// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "livefinding.h"
#include "verdict.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <optional>

namespace nameplan {

// The DNSSEC verdicts of one authority of one zone (DnssecChecks): its DNSKEY set first, then
// every RRset it answered, each judged with only what that authority served.
struct LiveDnssecAuthority {
    DnsName zone;
    QString authorityName;
    QString authorityAddress;
    QList<Verdict> verdicts;
    // The earliest expiry of the signatures that made a verdict secure (seconds since the
    // epoch): the minimum over the RRsets checked. Empty when nothing was secure.
    std::optional<qint64> validUntil;
};

// The outcome of one live-check run: every finding of every check, in zone, authority,
// check order, plus when the run happened, and the DNSSEC verdicts per authority when the run
// had trust anchors (`dnssec.status` says "not-checked" otherwise).
struct LiveReport {
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    bool cancelled = false;
    QList<LiveFinding> findings;
    bool dnssecChecked = false;
    QList<LiveDnssecAuthority> dnssec;

    int count(LiveSeverity severity) const;
    // Some check failed: at least one finding at Error severity (the CLI's exit status 1).
    bool hasErrors() const { return count(LiveSeverity::Error) > 0; }
    // Per zone, the least remaining signature validity (seconds after finishedAt) over its
    // authorities: what the model's Zone::signatureValidity takes (RemainingValidity::apply).
    QList<QPair<DnsName, qint64>> remainingValidity() const;
    QJsonObject toJson() const;

private:
    QJsonObject dnssecJson() const;
    QJsonArray remainingValidityJson() const;
};

} // namespace nameplan

Q_DECLARE_METATYPE(nameplan::LiveReport)
