// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftchecks.h"

namespace nameplan {

namespace {
const NameServer* named(const QList<NameServer>& servers, const DnsName& name)
{
    for (const NameServer& server : servers) {
        if (server.name == name)
            return &server;
    }
    return nullptr;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

QString listText(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral(", "));
}

const QString checkId = QStringLiteral("drift");
} // namespace

void DriftChecks::judge(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    const LiveZoneTarget& target = *zone.target;
    if (!target.modelled || !target.walk)
        return;
    if (target.walk->error.kind == ResolveError::Kind::NotDelegated) {
        out.append(zone.finding(checkId, LiveSeverity::Warning, -1,
            QStringLiteral("the model has this zone; live DNS does not delegate it (%1)")
                .arg(target.walk->error.message),
            QStringLiteral("Remove the zone from the model, or create its delegation at the parent."), {}));
        return;
    }
    if (!target.walk->ok())
        return; // the delegation check reports why the walk failed
    int drifts = 0;
    nameServers(zone, out, drifts);
    parent(zone, out, drifts);
    if (drifts == 0)
        out.append(zone.finding(checkId, LiveSeverity::Ok, -1,
            QStringLiteral("the model and live DNS agree: %1 name servers, their addresses and the parent zone")
                .arg(target.walk->authorities.size()),
            QString(), {}));
}

void DriftChecks::nameServers(const ZoneEvidence& zone, QList<LiveFinding>& out, int& drifts)
{
    const QList<NameServer>& live = zone.target->walk->authorities;
    const QList<NameServer>& modelled = zone.target->modelled->authorities;
    for (const NameServer& server : live) {
        const NameServer* inModel = named(modelled, server.name);
        if (!inModel) {
            ++drifts;
            out.append(zone.finding(checkId, LiveSeverity::Warning, -1,
                QStringLiteral("live DNS lists name server %1 (%2), the model does not")
                    .arg(server.name.toString(), listText(server.addresses)),
                QStringLiteral("Add the authority to the model's zone (Import from live DNS does it)."), {}));
            continue;
        }
        const QStringList liveAddresses = sorted(server.addresses);
        const QStringList modelAddresses = sorted(inModel->addresses);
        if (liveAddresses != modelAddresses) {
            ++drifts;
            out.append(zone.finding(checkId, LiveSeverity::Warning, -1,
                QStringLiteral("%1: the model has addresses %2, live DNS %3")
                    .arg(server.name.toString(), listText(modelAddresses), listText(liveAddresses)),
                QStringLiteral("Update the authority's addresses in the model."), {}));
        }
    }
    for (const NameServer& server : modelled) {
        if (named(live, server.name))
            continue;
        ++drifts;
        out.append(zone.finding(checkId, LiveSeverity::Warning, -1,
            QStringLiteral("the model lists name server %1, live DNS does not (neither the parent nor the apex)")
                .arg(server.name.toString()),
            QStringLiteral("Remove the authority from the model's zone, or add it to the zone's NS sets."), {}));
    }
}

void DriftChecks::parent(const ZoneEvidence& zone, QList<LiveFinding>& out, int& drifts)
{
    const std::optional<DnsName>& modelled = zone.target->modelled->parent;
    const DnsName& live = zone.target->walk->parent;
    if (!modelled || *modelled == live)
        return;
    ++drifts;
    out.append(zone.finding(checkId, LiveSeverity::Warning, -1,
        QStringLiteral("live DNS delegates the zone from %1; the model's parent zone is %2")
            .arg(live.toString(), modelled->toString()),
        QStringLiteral("Model the zone %1 between them, or correct the zone's parent in the model.")
            .arg(live.toString()),
        {}));
}

} // namespace nameplan
