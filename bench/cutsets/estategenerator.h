// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"

namespace nameplan {

// A deterministic, realistic estate for the cut-set benchmark: continents with nested regions,
// a transit path per region and a private backbone, five DNS providers with their software,
// shared dependencies, two signers, a hidden primary per zone family with secondaries spread
// over providers and regions (anycast ones in several regions), delegation chains of zones,
// names (some CNAMEs into other zones), services that depend on names and on other services,
// and three client populations. Every component has an unavailability.
class EstateGenerator {
public:
    static Model generate(int zoneCount, int serviceCount, quint32 seed);
};

} // namespace nameplan
