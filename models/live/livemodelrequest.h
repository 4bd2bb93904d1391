// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"

namespace nameplan {

class Model;

// The live-check request a model describes, for the GUI: every modelled zone with its
// authorities' addresses at settings.port (53 when unset), the model's names inside the zone,
// and the parent's servers (the modelled parent zone's authorities, else settings.roots).
// Addresses that are not numeric are skipped: the model validator reports them already.
class LiveModelRequest {
public:
    static LiveCheckRequest fromModel(const Model& model);
};

} // namespace nameplan
