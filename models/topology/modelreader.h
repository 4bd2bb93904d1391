// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "problem.h"

#include <QByteArray>

namespace nameplan {

// Reads the *.nameplan.json form strictly: every structural problem (syntax, wrong type,
// unknown or missing key, newer schema) is reported with its JSON path. Whether references
// resolve and values make sense is ModelValidator's business.
class ModelReader {
public:
    // Larger files are refused before parsing (issue 9: model size bound).
    static constexpr qsizetype maximumFileSize = 64 * 1024 * 1024;
    // Beyond this many problems the reader stops listing them.
    static constexpr int maximumProblems = 200;

    struct Result {
        Model model;
        Problems problems; // empty: the model is structurally sound
    };

    static Result read(const QByteArray& json);
};

} // namespace nameplan
