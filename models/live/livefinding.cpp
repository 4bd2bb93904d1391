// SPDX-License-Identifier: GPL-3.0-or-later
#include "livefinding.h"

#include <QJsonArray>

namespace nameplan {

QString LiveFinding::severityName(LiveSeverity severity)
{
    switch (severity) {
    case LiveSeverity::Ok:
        return QStringLiteral("ok");
    case LiveSeverity::Info:
        return QStringLiteral("info");
    case LiveSeverity::Warning:
        return QStringLiteral("warning");
    case LiveSeverity::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject LiveFinding::toJson() const
{
    QJsonArray evidenceJson;
    for (const LiveEvidence& item : evidence)
        evidenceJson.append(item.toJson());
    return {
        { QStringLiteral("check"), checkId },
        { QStringLiteral("severity"), severityName(severity) },
        { QStringLiteral("zone"), zone },
        { QStringLiteral("authority"),
            QJsonObject {
                { QStringLiteral("name"), authorityName }, { QStringLiteral("address"), authorityAddress } } },
        { QStringLiteral("finding"), finding },
        { QStringLiteral("advice"), advice },
        { QStringLiteral("evidence"), evidenceJson },
    };
}

} // namespace nameplan
