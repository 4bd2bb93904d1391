// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan drill FILE --outage ID,... [--duration D] [--all-names] [--timeout MS] [--json]`:
// a failover drill (issue 7 item 1). Exit status 0 when model and reality agree on every
// critical name and service, 1 when they disagree or the model is unusable, 2 on wrong usage.
class DrillCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
