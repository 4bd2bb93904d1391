// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rrset.h"
#include "trustanchorset.h"
#include "validatorconfig.h"
#include "verdict.h"

#include <QByteArray>
#include <QList>

namespace nameplan {

// The chain of trust from an anchor down a delegation path (RFC 4035 §5: anchor → DNSKEY →
// DS → DNSKEY ...), judged from evidence that the caller collected (STYLE item 10): the live
// checks ask each parent for DS and each child's authorities for DNSKEY, then hand the answers
// here. No I/O happens in this class.
class ChainOfTrust {
public:
    // One zone on the path. For the first link (the anchored zone), ds/dsRrsigs are unused.
    struct Link {
        RrSet dnskeys; // owner = the zone
        QList<QByteArray> dnskeyRrsigs;
        RrSet ds; // the DS RRset served by the parent (owner = the zone); empty rdatas: none
        QList<QByteArray> dsRrsigs;
        // Set by the caller when an NSEC/NSEC3 proof (NsecProof, Nsec3Proof) showed the parent
        // has no DS here: the zone and everything below it are then insecure (RFC 4035 §5.2).
        bool dsAbsenceProven = false;
    };

    // One verdict per link, top down. Contract: links[0].dnskeys.owner is anchored in anchors
    // (DS or DNSKEY) and each next link's zone is below the previous one. Once a link is not
    // secure, the links below inherit its status with a message that names the broken link.
    static QList<Verdict> judge(
        const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config);

private:
    static Verdict judgeDelegation(const Link& parent, const Link& child, qint64 now, const ValidatorConfig& config);
};

} // namespace nameplan
