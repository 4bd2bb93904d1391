// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecproof.h"

#include "nsecdata.h"

#include <optional>

namespace nameplan {

namespace {
struct Nsec {
    DnsName owner;
    NsecData data;
};

QList<Nsec> parse(const QList<ResourceRecord>& records)
{
    QList<Nsec> result;
    for (const ResourceRecord& record : records) {
        if (record.type != rrtype::NSEC)
            continue;
        if (const auto data = NsecData::fromRdata(record.rdata))
            result.append(Nsec { record.owner, *data });
    }
    return result;
}

std::optional<Nsec> matching(const QList<Nsec>& nsecs, const DnsName& name)
{
    for (const Nsec& nsec : nsecs) {
        if (nsec.owner == name)
            return nsec;
    }
    return std::nullopt;
}

std::optional<Nsec> covering(const QList<Nsec>& nsecs, const DnsName& name)
{
    for (const Nsec& nsec : nsecs) {
        if (NsecProof::covers(nsec.owner, nsec.data.nextName, name))
            return nsec;
    }
    return std::nullopt;
}

Verdict verdict(Verdict::Status status, Verdict::Reason reason, const DnsName& name, std::uint16_t type,
    const DnsName& zone, const QString& message)
{
    return Verdict::make(status, reason, name, type, zone, message);
}

Verdict missing(const DnsName& name, std::uint16_t type, const DnsName& zone, const QString& message)
{
    return verdict(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, name, type, zone, message);
}

DnsName wildcardAt(const DnsName& encloser)
{
    return *DnsName::fromText("*", encloser);
}
} // namespace

bool NsecProof::covers(const DnsName& owner, const DnsName& next, const DnsName& name)
{
    const int afterOwner = DnsName::canonicalCompare(owner, name);
    const int beforeNext = DnsName::canonicalCompare(name, next);
    if (DnsName::canonicalCompare(owner, next) < 0)
        return afterOwner < 0 && beforeNext < 0;
    // The last NSEC wraps to the apex: everything after its owner is covered.
    return afterOwner < 0 && name.isSubdomainOf(next);
}

DnsName NsecProof::commonAncestor(const DnsName& a, const DnsName& b)
{
    int shared = 0;
    const int most = std::min(a.labelCount(), b.labelCount());
    while (shared < most && a.suffix(shared + 1) == b.suffix(shared + 1))
        ++shared;
    return a.suffix(shared);
}

Verdict NsecProof::nxdomain(const DnsName& qname, const DnsName& zone, const QList<ResourceRecord>& records)
{
    const QList<Nsec> nsecs = parse(records);
    const auto cover = covering(nsecs, qname);
    if (!cover)
        return missing(qname, 0, zone, QStringLiteral("no NSEC covers the name"));
    // RFC 7129 §5.5: the closest encloser is the deeper of the names shared with owner and next.
    const DnsName a = commonAncestor(qname, cover->owner);
    const DnsName b = commonAncestor(qname, cover->data.nextName);
    const DnsName encloser = a.labelCount() > b.labelCount() ? a : b;
    const DnsName wildcard = wildcardAt(encloser);
    if (!covering(nsecs, wildcard))
        return missing(qname, 0, zone, QStringLiteral("no NSEC proves %1 absent").arg(wildcard.toString()));
    return Verdict::secure(qname, 0, zone);
}

Verdict NsecProof::nodata(
    const DnsName& qname, std::uint16_t qtype, const DnsName& zone, const QList<ResourceRecord>& records)
{
    const QList<Nsec> nsecs = parse(records);
    auto lacks = [qtype](const Nsec& nsec) { return !nsec.data.hasType(qtype) && !nsec.data.hasType(rrtype::CNAME); };
    if (const auto exact = matching(nsecs, qname)) {
        if (lacks(*exact))
            return Verdict::secure(qname, qtype, zone);
        return verdict(Verdict::Status::Bogus, Verdict::Reason::Bogus, qname, qtype, zone,
            QStringLiteral("the NSEC at the name lists the type (or CNAME)"));
    }
    const auto cover = covering(nsecs, qname);
    if (!cover)
        return missing(qname, qtype, zone, QStringLiteral("no NSEC matches or covers the name"));
    const DnsName a = commonAncestor(qname, cover->owner);
    const DnsName b = commonAncestor(qname, cover->data.nextName);
    const auto star = matching(nsecs, wildcardAt(a.labelCount() > b.labelCount() ? a : b));
    if (!star)
        return missing(qname, qtype, zone, QStringLiteral("no NSEC at the wildcard for a wildcard NODATA"));
    return lacks(*star) ? Verdict::secure(qname, qtype, zone)
                        : verdict(Verdict::Status::Bogus, Verdict::Reason::Bogus, qname, qtype, zone,
                            QStringLiteral("the wildcard's NSEC lists the type"));
}

Verdict NsecProof::wildcardAnswer(const DnsName& qname, const DnsName& zone, const QList<ResourceRecord>& records)
{
    if (covering(parse(records), qname))
        return Verdict::secure(qname, 0, zone);
    return missing(qname, 0, zone, QStringLiteral("wildcard answer without an NSEC proving the name absent"));
}

Verdict NsecProof::insecureDelegation(
    const DnsName& delegation, const DnsName& zone, const QList<ResourceRecord>& records)
{
    const auto nsec = matching(parse(records), delegation);
    if (!nsec)
        return missing(delegation, rrtype::DS, zone, QStringLiteral("no NSEC at the delegation"));
    if (!nsec->data.hasType(rrtype::NS) || nsec->data.hasType(rrtype::DS) || nsec->data.hasType(rrtype::SOA))
        return verdict(Verdict::Status::Bogus, Verdict::Reason::Bogus, delegation, rrtype::DS, zone,
            QStringLiteral("the NSEC does not show a delegation without DS (NS set, DS and SOA clear)"));
    return verdict(Verdict::Status::Insecure, Verdict::Reason::InsecureDelegation, delegation, rrtype::DS, zone,
        QStringLiteral("no DS at the delegation, proven by NSEC"));
}

} // namespace nameplan
