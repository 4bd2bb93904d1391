// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rrset.h"
#include "validatorconfig.h"
#include "verdict.h"

#include <QByteArray>
#include <QList>

namespace nameplan {

// Validates a zone's DNSKEY RRset against what vouches for it from above (RFC 4035 §5.2): DS
// records (from the parent, or a DS trust anchor) and/or trusted DNSKEYs (a DNSKEY trust anchor).
class DnskeyValidator {
public:
    // Contract: dnskeys is the apex DNSKEY RRset (owner = zone), rrsigs the RRSIG RDATAs at the
    // apex, ds the DS RDATAs for the zone, anchorKeys DNSKEY RDATAs trusted as such.
    // Secure when a DNSKEY that a usable DS (supported digest 1, 2 or 4 and supported
    // algorithm; SHA-1 ones are ignored when a usable SHA-256 or SHA-384 one is present, RFC 4509
    // §3) or an anchor names verifies an RRSIG over the whole DNSKEY RRset.
    // Insecure when DS records exist but none is usable (RFC 4035 §5.2, RFC 6840 §5.2: EDE 2 for
    // digests, EDE 1 for algorithms). Bogus: no key matches (EDE 9), the matching key signed
    // nothing (EDE 10), or the signature fails (EDE 6, 7, 8). Indeterminate: nothing vouches, or
    // the set has more than config.maxDnskeys keys (work-budget-exceeded).
    static Verdict validate(const RrSet& dnskeys, const QList<QByteArray>& rrsigs, const QList<QByteArray>& ds,
        const QList<QByteArray>& anchorKeys, qint64 now, const ValidatorConfig& config);
};

} // namespace nameplan
