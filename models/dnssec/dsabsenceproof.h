// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"
#include "rrset.h"
#include "validatorconfig.h"
#include "verdict.h"

#include <QList>

namespace nameplan {

// Whether a parent's answer without DS proves that the child has none (RFC 4035 §5.2: an
// insecure delegation), from the NSEC or NSEC3 records in its authority section. Pure: the
// caller asked the parent "child DS" with DO and hands the answer here (STYLE item 10).
class DsAbsenceProof {
public:
    // Contract: parentKeys is the parent zone's DNSKEY RRset (owner = the parent), authority
    // the authority section of the parent's NOERROR answer without DS. The NSEC/NSEC3 RRsets
    // are verified with parentKeys first (a proof is only as good as its signatures), then:
    // insecure (InsecureDelegation) when the NSEC at the cut shows NS without DS and SOA
    // (RFC 6840 §4.4), or an NSEC3 matches the cut likewise or an opt-out NSEC3 covers it
    // (RFC 5155 §8.6); otherwise the failing verdict (a signature's, or NsecMissing, EDE 12).
    static Verdict judge(const DnsName& child, const RrSet& parentKeys, const QList<ResourceRecord>& authority,
        qint64 now, const ValidatorConfig& config);
};

} // namespace nameplan
