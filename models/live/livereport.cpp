// SPDX-License-Identifier: GPL-3.0-or-later
#include "livereport.h"

#include <QJsonArray>

#include <algorithm>

namespace nameplan {

int LiveReport::count(LiveSeverity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
        [severity](const LiveFinding& finding) { return finding.severity == severity; }));
}

QList<QPair<DnsName, qint64>> LiveReport::remainingValidity() const
{
    QList<QPair<DnsName, qint64>> zones;
    const qint64 at = finishedAt.toSecsSinceEpoch();
    for (const LiveDnssecAuthority& authority : dnssec) {
        // An authority with nothing secure has no validity left at all: it counts as zero.
        const qint64 left = authority.validUntil ? qMax<qint64>(0, *authority.validUntil - at) : 0;
        const auto found = std::find_if(
            zones.begin(), zones.end(), [&authority](const auto& zone) { return zone.first == authority.zone; });
        if (found == zones.end())
            zones.append({ authority.zone, left });
        else
            found->second = qMin(found->second, left);
    }
    return zones;
}

QJsonObject LiveChain::toJson() const
{
    QJsonArray linksJson;
    for (const LiveChainLink& link : links) {
        QJsonObject entry { { QStringLiteral("zone"), link.zone.toString() },
            { QStringLiteral("ds"), link.ds.toJson() }, { QStringLiteral("dnskey"), link.dnskey.toJson() },
            { QStringLiteral("dsServer"), link.dsServer }, { QStringLiteral("dnskeyServer"), link.dnskeyServer } };
        if (link.parent)
            entry.insert(QStringLiteral("parent"), link.parent->toString());
        if (!link.authorityKeys.isEmpty()) {
            QJsonArray keys;
            for (const Verdict& verdict : link.authorityKeys)
                keys.append(verdict.toJson());
            entry.insert(QStringLiteral("dnskeyByAuthority"), keys);
        }
        linksJson.append(entry);
    }
    QJsonObject json { { QStringLiteral("zone"), zone.toString() }, { QStringLiteral("links"), linksJson } };
    if (anchor)
        json.insert(QStringLiteral("anchor"), anchor->toString());
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject LiveReport::dnssecJson() const
{
    if (!dnssecChecked) {
        return { { QStringLiteral("status"), QStringLiteral("not-checked") },
            { QStringLiteral("reason"),
                QStringLiteral("no trust anchor given (--anchor or settings.trust_anchors)") } };
    }
    QJsonArray authorities;
    const qint64 at = finishedAt.toSecsSinceEpoch();
    for (const LiveDnssecAuthority& authority : dnssec) {
        QJsonArray verdicts;
        for (const Verdict& verdict : authority.verdicts)
            verdicts.append(verdict.toJson());
        QJsonObject entry { { QStringLiteral("zone"), authority.zone.toString() },
            { QStringLiteral("authority"), authority.authorityName },
            { QStringLiteral("address"), authority.authorityAddress }, { QStringLiteral("verdicts"), verdicts } };
        if (authority.validUntil) {
            entry.insert(QStringLiteral("validUntil"), double(*authority.validUntil));
            entry.insert(QStringLiteral("remainingSeconds"), double(*authority.validUntil - at));
        }
        authorities.append(entry);
    }
    QJsonArray chainsJson;
    for (const LiveChain& chain : chains)
        chainsJson.append(chain.toJson());
    return { { QStringLiteral("status"), QStringLiteral("checked") }, { QStringLiteral("authorities"), authorities },
        { QStringLiteral("chains"), chainsJson } };
}

QJsonArray LiveReport::remainingValidityJson() const
{
    QJsonArray zones;
    for (const auto& [zone, seconds] : remainingValidity())
        zones.append(QJsonObject {
            { QStringLiteral("zone"), zone.toString() }, { QStringLiteral("seconds"), double(seconds) } });
    return zones;
}

QJsonObject LiveReport::toJson() const
{
    QJsonArray findingsJson;
    for (const LiveFinding& finding : findings)
        findingsJson.append(finding.toJson());
    QJsonObject summary;
    for (LiveSeverity severity : { LiveSeverity::Ok, LiveSeverity::Info, LiveSeverity::Warning, LiveSeverity::Error })
        summary.insert(LiveFinding::severityName(severity), count(severity));
    return {
        { QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("cancelled"), cancelled },
        { QStringLiteral("failed"), hasErrors() },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("dnssec"), dnssecJson() },
        { QStringLiteral("remaining_validity"), remainingValidityJson() },
        { QStringLiteral("findings"), findingsJson },
    };
}

} // namespace nameplan
