// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan verify-zone --file ZONEFILE --origin Z [--anchor FILE] [--json]`: checks every
// RRSIG and the NSEC/NSEC3 chain of a signed zone file on all cores (issue 5 item 4). Exit 0
// when the zone verified (secure), 1 when it did not, 2 on wrong usage or an unreadable input.
// `--axfr IP[:PORT] Z` verifies a server's copy instead. The work is ZoneVerification's, which
// the workbench's Verify Zone dialog runs too.
class VerifyZoneCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
