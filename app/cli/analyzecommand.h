// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan analyze FILE [--outage ID[,ID...]] [--duration 3d] [--max-order K] [--json]`:
// what fails under the outage set and why, single points of failure, the smallest failing
// combination per service (up to K), the survival curve and the independence of each zone's
// authorities. Exit 0 when analysed (whatever failed), 1 when the model is unusable, 2 on
// wrong usage (unknown outage id, bad duration or order).
class AnalyzeCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
