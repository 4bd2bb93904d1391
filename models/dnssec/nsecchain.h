// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verdict.h"
#include "zonecontents.h"

#include <QList>

namespace nameplan {

// The NSEC chain of a whole zone (RFC 4034 §4.1.1, RFC 4035 §2.3): every authoritative name
// has exactly one NSEC, whose Next Domain Name is the following name in canonical order (the
// last points back to the apex) and whose type bitmap lists exactly the types at that name.
class NsecChain {
public:
    // One problem verdict per defect (empty when the chain is complete). Signatures over the
    // NSEC RRsets are checked with every other RRset, not here.
    static QList<Verdict> check(const ZoneContents& zone);
};

} // namespace nameplan
