// SPDX-License-Identifier: GPL-3.0-or-later
#include "livereport.h"

#include "dnsmnemonics.h"

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
    for (const LiveDnssecAuthority& authority : dnssec)
        authorities.append(authorityJson(authority, at));
    QJsonArray chainsJson;
    for (const LiveChain& chain : chains)
        chainsJson.append(chain.toJson());
    QJsonArray cnamesJson;
    for (const LiveCnameResult& cname : cnames) {
        QJsonObject entry = cname.toJson();
        QJsonArray linkAuthorities;
        for (const LiveDnssecAuthority& authority : cname.authorities)
            linkAuthorities.append(authorityJson(authority, at));
        entry.insert(QStringLiteral("authorities"), linkAuthorities);
        cnamesJson.append(entry);
    }
    return { { QStringLiteral("status"), QStringLiteral("checked") }, { QStringLiteral("authorities"), authorities },
        { QStringLiteral("chains"), chainsJson }, { QStringLiteral("cnames"), cnamesJson } };
}

Verdict::Status LiveDnssecAuthority::worstStatus() const
{
    Verdict::Status worst = Verdict::Status::Secure;
    for (const Verdict& verdict : verdicts)
        worst = std::max(worst, verdict.status);
    for (const LiveNameVerdict& name : names)
        worst = std::max(worst, name.verdict.status);
    return worst;
}

QJsonObject LiveReport::authorityJson(const LiveDnssecAuthority& authority, qint64 at)
{
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
    if (!authority.names.isEmpty()) {
        QJsonArray names;
        for (const LiveNameVerdict& name : authority.names)
            names.append(name.verdict.toJson());
        entry.insert(QStringLiteral("names"), names);
    }
    return entry;
}

// The link's own fields; its authorities are added by dnssecJson (they need the report's time).
QJsonObject LiveCnameResult::toJson() const
{
    return { { QStringLiteral("checkedZone"), checkedZone.toString() },
        { QStringLiteral("name"), name.name.toString() },
        { QStringLiteral("type"), QString::fromLatin1(DnsMnemonics::typeName(name.type)) },
        { QStringLiteral("hop"), hop }, { QStringLiteral("owner"), owner.toString() },
        { QStringLiteral("target"), target.toString() }, { QStringLiteral("zone"), zone.toString() },
        { QStringLiteral("status"), Verdict::statusName(verdict.status) },
        { QStringLiteral("reason"), Verdict::reasonName(verdict.reason) },
        { QStringLiteral("authority"), verdict.authority }, { QStringLiteral("verdict"), verdict.toJson() },
        { QStringLiteral("chain"), chain.toJson() } };
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
