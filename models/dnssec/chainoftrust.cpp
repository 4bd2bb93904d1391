// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainoftrust.h"

#include "dnskeyvalidator.h"
#include "rrsetverifier.h"
#include "zonekeyset.h"

namespace nameplan {

Verdict ChainOfTrust::judgeDs(const Link& parent, const Link& child, qint64 now, const ValidatorConfig& config)
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
    return RrsetVerifier(parentKeys, config).verify(child.ds, child.dsRrsigs, now);
}

Verdict ChainOfTrust::inherit(const Verdict& above, const DnsName& zone, std::uint16_t type)
{
    Verdict inherited = above;
    inherited.owner = zone;
    inherited.type = type;
    inherited.message = QStringLiteral("above: ") + above.owner.toString() + QStringLiteral(": ") + above.message;
    return inherited;
}

QList<ChainOfTrust::LinkVerdicts> ChainOfTrust::judgeLinks(
    const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config)
{
    QList<LinkVerdicts> judged;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link& link = links.at(i);
        const DnsName& zone = link.dnskeys.owner;
        if (i > 0 && !judged.last().dnskey.isSecure()) {
            const Verdict& above = judged.last().dnskey;
            judged.append({ inherit(above, zone, rrtype::DS), inherit(above, zone, rrtype::DNSKEY) });
            continue;
        }
        if (i == 0) {
            judged.append({ Verdict::make(Verdict::Status::Secure, Verdict::Reason::None, zone, rrtype::DS, zone,
                                QStringLiteral("trust anchor")),
                DnskeyValidator::validate(link.dnskeys, link.dnskeyRrsigs, anchors.rdatas(zone, rrtype::DS),
                    anchors.rdatas(zone, rrtype::DNSKEY), now, config) });
            continue;
        }
        const Verdict ds = judgeDs(links.at(i - 1), link, now, config);
        judged.append({ ds,
            ds.isSecure() ? DnskeyValidator::validate(link.dnskeys, link.dnskeyRrsigs, link.ds.rdatas, {}, now, config)
                          : ds });
    }
    return judged;
}

QList<Verdict> ChainOfTrust::judge(
    const TrustAnchorSet& anchors, const QList<Link>& links, qint64 now, const ValidatorConfig& config)
{
    QList<Verdict> verdicts;
    for (const LinkVerdicts& link : judgeLinks(anchors, links, now, config))
        verdicts.append(link.dnskey);
    return verdicts;
}

} // namespace nameplan
