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

    // The two halves of one link, for views that show where a chain broke: ds is what vouches
    // for the zone from above (the trust anchor for links[0]; else the parent's DS RRset, its
    // signature, or the proof of its absence), dnskey the zone's key set judged with it. When
    // ds is not secure, dnskey is the same verdict: keys cannot be trusted more than their DS.
    struct LinkVerdicts {
        Verdict ds;
        Verdict dnskey;
    };

    // One verdict per link, top down: LinkVerdicts::dnskey of judgeLinks(). Contract:
    // links[0].dnskeys.owner is anchored in anchors (DS or DNSKEY) and each next link's zone is
    // below the previous one. Once a link is not secure, the links below inherit its status with
    // a message that names the broken link.
    static QList<Verdict> judge(
        const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config);
    // The same judgement with both halves of every link.
    static QList<LinkVerdicts> judgeLinks(
        const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config);
    // A verdict carried down from a broken link above to zone's record of the given type.
    static Verdict inherit(const Verdict& above, const DnsName& zone, std::uint16_t type);

private:
    static Verdict judgeDs(const Link& parent, const Link& child, qint64 now, const ValidatorConfig& config);
};

} // namespace nameplan
