// SPDX-License-Identifier: GPL-3.0-or-later
#include "outageoptions.h"

#include "outageparser.h"

#include <QCommandLineParser>

namespace nameplan {

OutageOptions::OutageOptions(int parts)
    : m_parts(parts)
    , m_outage(QStringLiteral("outage"),
          QStringLiteral("Components out: ids of regions, providers (or <id>:serving, <id>:control), paths, "
                         "dependencies, signers, authorities, resolvers, software:<name>; comma-separated, "
                         "repeatable."),
          QStringLiteral("ID,..."))
    , m_duration(QStringLiteral("duration"),
          QStringLiteral("How long the outage lasts: 3d, 12h, 90m, 2w, 3600s (default: until every timer runs out)."),
          QStringLiteral("D"))
    , m_maxOrder(QStringLiteral("max-order"),
          QStringLiteral("Search every combination of up to K outages, 1 to 4 (default 2)."), QStringLiteral("K"),
          QStringLiteral("2"))
{
}

void OutageOptions::addTo(QCommandLineParser& parser) const
{
    if (m_parts & Outage)
        parser.addOption(m_outage);
    if (m_parts & Duration)
        parser.addOption(m_duration);
    if (m_parts & MaxOrder)
        parser.addOption(m_maxOrder);
}

QString OutageOptions::read(const QCommandLineParser& parser)
{
    if (m_parts & Outage) {
        outages.clear();
        for (const QString& value : parser.values(m_outage))
            outages += value.split(u',', Qt::SkipEmptyParts);
    }
    if ((m_parts & Duration) && parser.isSet(m_duration)) {
        QString error;
        durationSeconds = OutageParser::parseDuration(parser.value(m_duration), &error);
        if (!durationSeconds)
            return QStringLiteral("--duration: ") + error;
    }
    if (m_parts & MaxOrder) {
        bool ok = false;
        maxOrder = parser.value(m_maxOrder).toInt(&ok);
        if (!ok || maxOrder < 1 || maxOrder > 4)
            return QStringLiteral("--max-order takes a whole number from 1 to 4");
    }
    return {};
}

} // namespace nameplan
