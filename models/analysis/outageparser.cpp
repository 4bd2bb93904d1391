// SPDX-License-Identifier: GPL-3.0-or-later
#include "outageparser.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace nameplan {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 week = 7 * day;

QString trimmed(double value)
{
    return QString::number(value, 'f', 1).remove(QStringLiteral(".0"));
}

} // namespace

OutageParser::Outages OutageParser::parseIds(const FaultTree& tree, const QStringList& ids)
{
    QHash<QString, int> index;
    for (int i = 0; i < int(tree.events.size()); ++i)
        index.insert(tree.events[size_t(i)].id, i);
    Outages result;
    for (const QString& entry : ids) {
        for (const QString& part : entry.split(u',')) {
            const QString id = part.trimmed();
            if (id.isEmpty())
                continue;
            if (const auto it = index.constFind(id); it != index.cend()) {
                result.events.push_back(*it);
            } else if (index.contains(id + QStringLiteral(":serving"))) {
                result.events.push_back(index.value(id + QStringLiteral(":serving")));
                result.events.push_back(index.value(id + QStringLiteral(":control")));
            } else {
                result.events.clear();
                result.error = QStringLiteral("unknown outage id \"%1\": outages name regions, providers (or their "
                                              "planes \"<id>:serving\", \"<id>:control\"), paths, dependencies, "
                                              "signers, authorities, resolvers or \"software:<name>\"")
                                   .arg(id);
                return result;
            }
        }
    }
    std::sort(result.events.begin(), result.events.end());
    result.events.erase(std::unique(result.events.begin(), result.events.end()), result.events.end());
    return result;
}

std::optional<qint64> OutageParser::parseDuration(const QString& text, QString* error)
{
    static const QHash<QChar, qint64> units { { u's', 1 }, { u'm', minute }, { u'h', hour }, { u'd', day },
        { u'w', week } };
    const QString t = text.trimmed().toLower();
    qint64 unit = 1;
    QStringView digits = t;
    if (!t.isEmpty() && units.contains(t.back())) {
        unit = units.value(t.back());
        digits.chop(1);
    }
    bool ok = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    const qint64 value = ok ? digits.toLongLong(&ok) : 0;
    if (!ok || value > std::numeric_limits<qint64>::max() / unit) {
        if (error)
            *error = QStringLiteral("invalid duration \"%1\": use a whole number with an optional unit s, m, h, d or "
                                    "w (e.g. 3d, 12h, 90m, 2w, 3600s, 3600)")
                         .arg(text);
        return std::nullopt;
    }
    return value * unit;
}

QString OutageParser::formatDuration(qint64 seconds)
{
    if (seconds >= day)
        return trimmed(double(seconds) / day) + QStringLiteral(" d");
    if (seconds >= hour)
        return trimmed(double(seconds) / hour) + QStringLiteral(" h");
    if (seconds >= minute && seconds % minute == 0)
        return QString::number(seconds / minute) + QStringLiteral(" min");
    return QString::number(seconds) + QStringLiteral(" s");
}

} // namespace nameplan
