// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

namespace nameplan {

class Model;

// Checks what the file format cannot: ids unique and well formed, references resolve to an
// element of the right kind, no cycles (region nesting, zone parents, service dependencies,
// transfer chains), domain names and addresses valid, SOA timers and probabilities in range,
// roles consistent. Every problem names the JSON path of the value at fault.
class ModelValidator {
public:
    static Problems validate(const Model& model);
};

} // namespace nameplan
