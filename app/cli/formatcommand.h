// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan format FILE -o OUT`: the canonical form (stable key order and layout), so that
// models diff cleanly. A file with errors is not rewritten.
class FormatCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
