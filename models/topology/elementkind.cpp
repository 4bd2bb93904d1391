// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementkind.h"

namespace nameplan {

namespace {
struct KindNames {
    const char* key;
    const char* noun;
    const char* title;
};

constexpr std::array<KindNames, elementKindCount> kindNames { {
    { "regions", "region", "Regions" },
    { "providers", "provider", "Providers" },
    { "paths", "network path", "Network paths" },
    { "dependencies", "shared dependency", "Shared dependencies" },
    { "signers", "signer", "Signers" },
    { "authorities", "authority", "Authorities" },
    { "resolvers", "resolver", "Resolvers" },
    { "zones", "zone", "Zones" },
    { "names", "name", "Names" },
    { "services", "service", "Services" },
    { "populations", "client population", "Client populations" },
    { "scenarios", "scenario", "Scenarios" },
} };
} // namespace

QString elementKindKey(ElementKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)].key);
}
QString elementKindNoun(ElementKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)].noun);
}
QString elementKindTitle(ElementKind kind)
{
    return QString::fromLatin1(kindNames[size_t(kind)].title);
}

std::optional<ElementKind> elementKindFromKey(QStringView key)
{
    for (ElementKind kind : allElementKinds) {
        if (key == QLatin1StringView(kindNames[size_t(kind)].key))
            return kind;
    }
    return std::nullopt;
}

} // namespace nameplan
