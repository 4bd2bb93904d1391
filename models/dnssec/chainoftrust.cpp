// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainoftrust.h"

#include "dnskeyvalidator.h"
#include "rrsetverifier.h"
#include "zonekeyset.h"

namespace nameplan {

Verdict ChainOfTrust::judgeDelegation(const Link& parent, const Link& child, qint64 now, const ValidatorConfig& config)
{
    const DnsName& zone = child.dnskeys.owner;
    if (child.ds.rdatas.isEmpty()) {
        if (child.dsAbsenceProven)
            return Verdict::make(Verdict::Status::Insecure, Verdict::Reason::InsecureDelegation, zone, rrtype::DS,
                parent.dnskeys.owner, QStringLiteral("the parent proves there is no DS"));
        return Verdict::make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, zone, rrtype::DS,
            parent.dnskeys.owner, QStringLiteral("no DS and no proof of its absence"));
    }
    // RFC 4035 §5.2: the DS RRset is signed by the parent's keys, then names the child's key.
    const ZoneKeySet parentKeys(parent.dnskeys.owner, parent.dnskeys.rdatas, config);
    const Verdict ds = RrsetVerifier(parentKeys, config).verify(child.ds, child.dsRrsigs, now);
    if (!ds.isSecure())
        return ds;
    return DnskeyValidator::validate(child.dnskeys, child.dnskeyRrsigs, child.ds.rdatas, {}, now, config);
}

QList<Verdict> ChainOfTrust::judge(
    const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config)
{
    QList<Verdict> verdicts;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link& link = links.at(i);
        const DnsName& zone = link.dnskeys.owner;
        if (i > 0 && !verdicts.last().isSecure()) {
            Verdict inherited = verdicts.last();
            inherited.owner = zone;
            inherited.type = rrtype::DNSKEY;
            inherited.message = QStringLiteral("above: ") + verdicts.last().owner.toString() + QStringLiteral(": ")
                + verdicts.last().message;
            verdicts.append(inherited);
            continue;
        }
        verdicts.append(i == 0 ? DnskeyValidator::validate(link.dnskeys, link.dnskeyRrsigs,
                            anchors.rdatas(zone, rrtype::DS), anchors.rdatas(zone, rrtype::DNSKEY), now, config)
                               : judgeDelegation(links.at(i - 1), link, now, config));
    }
    return verdicts;
}

} // namespace nameplan
