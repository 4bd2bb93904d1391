// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan check`: the live checks of issue 4 item 5 from the command line (item 7).
//   nameplan check --zone Z --ns HOST=IP[:PORT] ... [--roots IP[:PORT],...] [--port P]
//                  [--name NAME/TYPE ...] [--anchor FILE] [--timeout MS] [--json]
//   nameplan check FILE [--zone Z] [--name NAME/TYPE ...] [--json]
// Exit status 0 when no check failed (no finding at error severity), 1 when one did, 2 on
// wrong usage or an unusable model file.
class CheckCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
