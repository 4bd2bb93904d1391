// SPDX-License-Identifier: GPL-3.0-or-later
#include "livejudge.h"

#include "consistencychecks.h"
#include "driftchecks.h"
#include "serverchecks.h"

namespace nameplan {

QList<LiveFinding> LiveJudge::judge(const LiveCheckRequest& request, const QList<LiveProbe>& probes)
{
    QList<LiveFinding> findings;
    for (int z = 0; z < request.zones.size(); ++z) {
        const ZoneEvidence zone = ZoneEvidence::collect(request, probes, z);
        delegation(zone, findings);
        for (int a = 0; a < zone.authorities.size(); ++a)
            ServerChecks::judge(zone, a, request.options, findings);
        ConsistencyChecks::judge(zone, findings);
        if (request.asnTable)
            ConsistencyChecks::asnDiversity(zone, *request.asnTable, findings);
        DriftChecks::judge(zone, findings);
    }
    return findings;
}

void LiveJudge::delegation(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    if (!zone.target->walk)
        return;
    const ZoneAuthorities& walk = *zone.target->walk;
    const QString id = QStringLiteral("delegation");
    if (!walk.ok()) {
        out.append(zone.finding(id, LiveSeverity::Error, -1,
            QStringLiteral("walking from the roots failed (%1): %2")
                .arg(ResolveError::kindName(walk.error.kind), walk.error.message),
            QStringLiteral("Check the roots (--roots, settings.roots), the delegation at the parent and the name "
                           "servers' addresses."),
            {}));
        return;
    }
    QStringList names;
    for (const NameServer& server : walk.authorities) {
        names.append(server.name.toString());
        if (server.addresses.isEmpty())
            out.append(zone.finding(id, LiveSeverity::Error, -1,
                QStringLiteral("%1 is listed as a name server but has no address").arg(server.name.toString()),
                QStringLiteral("Give the name server an A or AAAA record, or remove it from the NS sets."), {}));
    }
    out.append(zone.finding(id, LiveSeverity::Ok, -1,
        QStringLiteral("delegated by %1 (referral from %2); name servers %3; found in %4 queries from the roots")
            .arg(walk.parent.toString(), walk.referralFrom.toString(), names.join(QStringLiteral(", ")))
            .arg(walk.queries),
        QString(), {}));
}

} // namespace nameplan
