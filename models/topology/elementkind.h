// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace nameplan {

// Every kind of element an architect can draw. The order is the order of the arrays in a
// *.nameplan.json file and of the element tree; it never changes within a schema version.
enum class ElementKind {
    Region,
    Provider,
    Path,
    Dependency,
    Signer,
    Authority,
    Resolver,
    Zone,
    Name,
    Service,
    Population,
    Scenario,
};

inline constexpr std::array allElementKinds {
    ElementKind::Region,
    ElementKind::Provider,
    ElementKind::Path,
    ElementKind::Dependency,
    ElementKind::Signer,
    ElementKind::Authority,
    ElementKind::Resolver,
    ElementKind::Zone,
    ElementKind::Name,
    ElementKind::Service,
    ElementKind::Population,
    ElementKind::Scenario,
};

inline constexpr int elementKindCount = int(allElementKinds.size());

// The key of the kind's array in the file format ("authorities").
QString elementKindKey(ElementKind kind);
// The singular noun used in messages ("authority").
QString elementKindNoun(ElementKind kind);
// The plural label for headings ("Authorities").
QString elementKindTitle(ElementKind kind);
std::optional<ElementKind> elementKindFromKey(QStringView key);

} // namespace nameplan
