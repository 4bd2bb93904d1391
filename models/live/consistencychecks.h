// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iptoasntable.h"
#include "zoneevidence.h"

namespace nameplan {

// The checks that compare authorities with each other and with the parent: soa-serial,
// soa-timers, ns-consistency, glue, answers-consistent, address-diversity. Pure functions of
// the evidence. Only authorities that serve the zone (ZoneEvidence::serves) are compared: a
// lame or silent one is reported once by ServerChecks, not again here.
class ConsistencyChecks {
public:
    static void judge(const ZoneEvidence& zone, QList<LiveFinding>& out);
    // asn-diversity: distinct origin ASNs of the authorities' addresses (RFC 2182 §3.1).
    static void asnDiversity(const ZoneEvidence& zone, const IpToAsnTable& table, QList<LiveFinding>& out);

private:
    static void soaSerial(const ZoneEvidence& zone, QList<LiveFinding>& out);
    static void soaTimers(const ZoneEvidence& zone, QList<LiveFinding>& out);
    static void nsConsistency(const ZoneEvidence& zone, QList<LiveFinding>& out);
    static void parentDelegation(const ZoneEvidence& zone, const QStringList& childNs, QList<LiveFinding>& out);
    static void glue(const ZoneEvidence& zone, const LiveProbe* parent, QList<LiveFinding>& out);
    static void answers(const ZoneEvidence& zone, int name, QList<LiveFinding>& out);
    static void addressDiversity(const ZoneEvidence& zone, QList<LiveFinding>& out);
};

} // namespace nameplan
