// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livefinding.h"
#include "liveprobe.h"

#include <QList>

namespace nameplan {

// The probes of one zone, grouped per authority, for the checks to read; plus the helpers
// every check uses to tell whether an authority serves the zone and to word a finding.
struct ZoneEvidence {
    struct Authority {
        const LiveProbe* soaUdp = nullptr;
        const LiveProbe* soaTcp = nullptr;
        const LiveProbe* ns = nullptr;
        QList<const LiveProbe*> names; // in LiveZoneTarget::names order
    };

    const LiveZoneTarget* target = nullptr;
    QList<Authority> authorities; // in LiveZoneTarget::authorities order
    QList<const LiveProbe*> parents; // ParentNs probes

    // probes must come from LiveProbe::plan(request) (any order); zone indexes request.zones.
    static ZoneEvidence collect(const LiveCheckRequest& request, const QList<LiveProbe>& probes, int zone);

    // The apex SOA answer of authority a: over UDP, or over TCP when UDP brought none.
    const LiveProbe* soaAnswer(int a) const;
    // True when authority a answered the apex SOA NOERROR with AA and an SOA owned by the zone
    // (RFC 1034 §4.3.1: an authoritative answer); only such authorities are compared.
    bool serves(int a) const;

    LiveFinding finding(const QString& checkId, LiveSeverity severity, int authority, const QString& text,
        const QString& advice, const QList<const LiveProbe*>& evidence) const;
};

} // namespace nameplan
