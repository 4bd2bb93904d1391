// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan report FILE [--outage ID,...] [--duration D] [--max-order K] [--page-size A4|Letter]
// [--json OUT.json] [--sign KEY.pem --cert CERT.pem] -o evidence.pdf`: the evidence report as
// PDF, the same content as a JSON bundle, and detached CMS signatures over both.
class ReportCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
