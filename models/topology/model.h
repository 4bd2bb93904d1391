// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"
#include "elements.h"

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace nameplan {

// Settings that live checks read from the model (labs and private zones).
struct ModelSettings {
    std::optional<qint64> port; // every server address is queried at this port
    QStringList roots; // "IP[:PORT]"; empty: the IANA root servers
    QStringList trustAnchors; // DS or DNSKEY records in zone-file presentation form

    bool operator==(const ModelSettings&) const = default;
};

// How the evidence report ties one kind of finding to controls (the file's `control_mapping`):
// overrides the built-in defaults of that kind (ControlCatalogue).
struct ControlMappingEntry {
    QString finding; // a finding kind id, e.g. "spof"
    QStringList controls; // empty: not mapped, and the report says so
    QString note;

    bool operator==(const ControlMappingEntry&) const = default;
};

// One element of any kind, by value: what undo keeps of a removed element.
using AnyElement = std::variant<Region, Provider, NetworkPath, Dependency, Signer, Authority, Resolver, Zone, Name,
    Service, Population, Scenario>;

// A whole estate, as a value. Element order within a kind is the user's order and is kept
// by load and save, so that files diff cleanly.
class Model {
public:
    static constexpr int schemaVersion = 1;

    QString title;
    QString author;
    QString description;
    ModelSettings settings;

    std::vector<Region> regions;
    std::vector<Provider> providers;
    std::vector<NetworkPath> paths;
    std::vector<Dependency> dependencies;
    std::vector<Signer> signers;
    std::vector<Authority> authorities;
    std::vector<Resolver> resolvers;
    std::vector<Zone> zones;
    std::vector<Name> names;
    std::vector<Service> services;
    std::vector<Population> populations;
    std::vector<Scenario> scenarios;
    std::vector<ControlMappingEntry> controlMapping; // user's order, at most one entry per finding kind

    int count(ElementKind kind) const;
    int elementCount() const;
    const ElementBase& element(ElementKind kind, int row) const;
    ElementBase& element(ElementKind kind, int row);
    // Linear search; use IdIndex for repeated look-ups.
    std::optional<std::pair<ElementKind, int>> locate(const QString& id) const;

    AnyElement elementAt(ElementKind kind, int row) const;
    // Inserts before row (row == count appends); the element's kind must match.
    void insertElement(ElementKind kind, int row, const AnyElement& element);
    void removeElement(ElementKind kind, int row);

    // Calls f with the vector that holds elements of the kind.
    template <class F> decltype(auto) visitList(ElementKind kind, F&& f);
    template <class F> decltype(auto) visitList(ElementKind kind, F&& f) const;
};

template <class F> decltype(auto) Model::visitList(ElementKind kind, F&& f)
{
    switch (kind) {
    case ElementKind::Region:
        return f(regions);
    case ElementKind::Provider:
        return f(providers);
    case ElementKind::Path:
        return f(paths);
    case ElementKind::Dependency:
        return f(dependencies);
    case ElementKind::Signer:
        return f(signers);
    case ElementKind::Authority:
        return f(authorities);
    case ElementKind::Resolver:
        return f(resolvers);
    case ElementKind::Zone:
        return f(zones);
    case ElementKind::Name:
        return f(names);
    case ElementKind::Service:
        return f(services);
    case ElementKind::Population:
        return f(populations);
    case ElementKind::Scenario:
        break; // returned below, so that the compiler sees a return on every path
    }
    return f(scenarios);
}

template <class F> decltype(auto) Model::visitList(ElementKind kind, F&& f) const
{
    return const_cast<Model*>(this)->visitList(
        kind, [&f](auto& list) -> decltype(auto) { return f(std::as_const(list)); });
}

} // namespace nameplan
