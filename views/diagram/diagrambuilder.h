// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgraph.h"

namespace nameplan {

class Model;

// Derives the diagram from the model: regions become nested containers holding the
// authorities (one node per site region, so an anycast authority visibly spans its regions),
// resolvers, signers and client populations that live there; zones, names and services form
// the dependency layer outside; network paths become reach edges between client populations
// and the authorities they reach; transfers and signing are edges of their own.
class DiagramBuilder {
public:
    static DiagramGraph build(const Model& model);
};

} // namespace nameplan
