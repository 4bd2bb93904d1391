// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <stdexcept>

namespace nameplan {

int Model::count(ElementKind kind) const
{
    return visitList(kind, [](const auto& list) { return int(list.size()); });
}

int Model::elementCount() const
{
    int total = 0;
    for (ElementKind kind : allElementKinds)
        total += count(kind);
    return total;
}

const ElementBase& Model::element(ElementKind kind, int row) const
{
    return visitList(kind, [row](const auto& list) -> const ElementBase& { return list.at(size_t(row)); });
}

ElementBase& Model::element(ElementKind kind, int row)
{
    return visitList(kind, [row](auto& list) -> ElementBase& { return list.at(size_t(row)); });
}

std::optional<std::pair<ElementKind, int>> Model::locate(const QString& id) const
{
    for (ElementKind kind : allElementKinds) {
        const int n = count(kind);
        for (int row = 0; row < n; ++row) {
            if (element(kind, row).id == id)
                return std::pair { kind, row };
        }
    }
    return std::nullopt;
}

AnyElement Model::elementAt(ElementKind kind, int row) const
{
    return visitList(kind, [row](const auto& list) { return AnyElement(list.at(size_t(row))); });
}

void Model::insertElement(ElementKind kind, int row, const AnyElement& element)
{
    visitList(kind, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const T* typed = std::get_if<T>(&element);
        if (!typed || row < 0 || size_t(row) > list.size())
            throw std::invalid_argument("Model::insertElement: kind or row does not match");
        list.insert(list.begin() + row, *typed);
    });
}

void Model::removeElement(ElementKind kind, int row)
{
    visitList(kind, [row](auto& list) {
        if (row < 0 || size_t(row) >= list.size())
            throw std::out_of_range("Model::removeElement: row out of range");
        list.erase(list.begin() + row);
    });
}

} // namespace nameplan
