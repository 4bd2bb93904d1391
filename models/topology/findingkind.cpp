// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingkind.h"

#include <QStringList>

namespace nameplan {

namespace {
struct KindNames {
    const char* id;
    const char* title;
};

constexpr std::array<KindNames, findingKindCount> kindNames { {
    { "spof", "Single point of failure" },
    { "common-mode", "Failure domain shared by every authority of a zone" },
    { "dnssec-signed", "DNSSEC-signed zone" },
    { "scenario-failure", "Scenario that fails services" },
} };
} // namespace

QString findingKindId(FindingKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)].id);
}

QString findingKindTitle(FindingKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)].title);
}

std::optional<FindingKind> findingKindFromId(QStringView id)
{
    for (FindingKind kind : allFindingKinds) {
        if (id == QLatin1StringView(kindNames[size_t(kind)].id))
            return kind;
    }
    return std::nullopt;
}

QString findingKindIdList()
{
    QStringList ids;
    for (FindingKind kind : allFindingKinds)
        ids.append(findingKindId(kind));
    return ids.join(QStringLiteral(", "));
}

} // namespace nameplan
