// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsabsenceproof.h"

#include "nsec3proof.h"
#include "nsecproof.h"
#include "rrsetverifier.h"
#include "zonekeyset.h"

namespace nameplan {

Verdict DsAbsenceProof::judge(const DnsName& child, const RrSet& parentKeys, const QList<ResourceRecord>& authority,
    qint64 now, const ValidatorConfig& config)
{
    const DnsName& parent = parentKeys.owner;
    const ZoneKeySet keys(parent, parentKeys.rdatas, config);
    const RrsetVerifier verifier(keys, config);
    const QList<RrSet> sets = RrSet::group(authority);
    QList<ResourceRecord> nsecs;
    QList<ResourceRecord> nsec3s;
    for (const RrSet& set : sets) {
        if (set.type != rrtype::NSEC && set.type != rrtype::NSEC3)
            continue;
        const Verdict signature = verifier.verify(set, RrSet::rrsigsAt(sets, set.owner), now);
        if (!signature.isSecure())
            return signature;
        for (qsizetype i = 0; i < set.rdatas.size(); ++i)
            (set.type == rrtype::NSEC ? nsecs : nsec3s).append(set.record(i));
    }
    if (!nsecs.isEmpty())
        return NsecProof::insecureDelegation(child, parent, nsecs);
    if (nsec3s.isEmpty())
        return Verdict::make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, child, rrtype::DS, parent,
            QStringLiteral("the parent sends neither DS nor NSEC/NSEC3 proving its absence"));
    return Nsec3Proof(parent, nsec3s, config).insecureDelegation(child);
}

} // namespace nameplan
