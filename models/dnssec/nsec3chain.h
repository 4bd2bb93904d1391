// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validatorconfig.h"
#include "verdict.h"
#include "zonecontents.h"

#include <QList>

namespace nameplan {

// The NSEC3 chain of a whole zone (RFC 5155 §7.1, §8): with the NSEC3PARAM's parameters,
// every authoritative name and every empty non-terminal has an NSEC3 at its hashed owner whose
// bitmap lists the name's types; the records form one ring in hash order; each NSEC3 stands for
// some name; names skipped with opt-out (insecure delegations, §6) fall in an opt-out span.
class Nsec3Chain {
public:
    // One verdict per defect; empty when the chain is complete. Iterations above
    // config.maxNsec3Iterations give one insecure verdict (RFC 9276 §3.2) and no hashing.
    static QList<Verdict> check(const ZoneContents& zone, const ValidatorConfig& config);
};

} // namespace nameplan
