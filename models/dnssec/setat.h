// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonecontents.h"

#include <algorithm>

namespace nameplan {

// The first set of this type at name, or nullptr: ZoneContents::set for a name already at hand,
// by a scan of its few sets instead of a lookup of its owner (a hash of the name and a compare),
// for whole-zone checks that visit every name.
inline const RrSet* setAt(const ZoneContents& zone, const ZoneContents::Name& name, std::uint16_t type)
{
    const auto it = std::find_if(
        name.sets.begin(), name.sets.end(), [&zone, type](int index) { return zone.sets().at(index).type == type; });
    return it == name.sets.end() ? nullptr : &zone.sets().at(*it);
}

} // namespace nameplan
