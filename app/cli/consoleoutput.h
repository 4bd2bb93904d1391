// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QString>

namespace nameplan {

// Where commands write: results to stdout, diagnostics to stderr, each line flushed so that
// pipelines and tests see output in order.
class ConsoleOutput {
public:
    static void out(const QString& line);
    static void err(const QString& line);
    // "FILE: path: message" per problem, warnings marked as such.
    static void problems(const QString& file, const Problems& problems);
};

} // namespace nameplan
