// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"
#include "verdict.h"

#include <QList>

namespace nameplan {

// Authenticated denial of existence with NSEC (RFC 4035 §5.4, explained in RFC 7129 §3-5),
// judged from the NSEC records of one response. Contract for every function: nsecs are NSEC
// records of zone whose signatures the caller has already found secure (RrsetVerifier); the
// verdict is secure when they prove the claim, insecure for a proven insecure delegation, bogus
// (EDE 12 when an NSEC is missing, 6 when one contradicts the claim) otherwise.
class NsecProof {
public:
    // RFC 4034 §4.1.1, RFC 4035 §5.4: true when name falls strictly between owner and next in
    // canonical order; the last NSEC of the chain (next at or before owner) covers every name
    // after owner.
    static bool covers(const DnsName& owner, const DnsName& next, const DnsName& name);
    // NXDOMAIN: an NSEC covers qname and one covers (or matches without the type) the wildcard
    // at its closest encloser (RFC 4035 §5.4 bullets 1-2, RFC 7129 §5.5).
    static Verdict nxdomain(const DnsName& qname, const DnsName& zone, const QList<ResourceRecord>& nsecs);
    // NODATA: the NSEC at qname lacks qtype and CNAME (RFC 4035 §5.4; RFC 6840 §4.3 for the
    // CNAME bit), or a wildcard NODATA: qname covered and the NSEC at *.closest encloser lacks qtype.
    static Verdict nodata(
        const DnsName& qname, std::uint16_t qtype, const DnsName& zone, const QList<ResourceRecord>& nsecs);
    // A wildcard answer (RFC 4035 §5.3.4): qname itself does not exist, so an NSEC must cover it.
    static Verdict wildcardAnswer(const DnsName& qname, const DnsName& zone, const QList<ResourceRecord>& nsecs);
    // An insecure delegation (RFC 4035 §5.2, RFC 6840 §4.4): the parent's NSEC at the cut has NS
    // and neither DS nor SOA. Insecure when proven; bogus otherwise.
    static Verdict insecureDelegation(
        const DnsName& delegation, const DnsName& zone, const QList<ResourceRecord>& nsecs);

    // The longest name that is an ancestor of (or equal to) both a and b.
    static DnsName commonAncestor(const DnsName& a, const DnsName& b);
};

} // namespace nameplan
