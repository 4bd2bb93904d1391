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
        { QStringLiteral("dnssec"),
            QJsonObject { { QStringLiteral("status"), dnssecStatus },
                { QStringLiteral("reason"),
                    QStringLiteral("DNSSEC validation of live answers is not part of this "
                                   "release of nameplan check") } } },
        { QStringLiteral("findings"), findingsJson },
    };
}

} // namespace nameplan
