// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan validate FILE...`: problems on stderr; exit 0 when every file is valid
// (warnings allowed), 1 when any has an error, 2 on wrong usage.
class ValidateCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
