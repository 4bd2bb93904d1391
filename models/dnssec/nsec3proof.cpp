// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3proof.h"

#include "binarytext.h"
#include "nsec3data.h"
#include "nsec3hash.h"

namespace nameplan {

Nsec3Proof::Nsec3Proof(const DnsName& zone, const QList<ResourceRecord>& nsec3s, const ValidatorConfig& config)
    : m_zone(zone)
    , m_config(config)
{
    for (const ResourceRecord& record : nsec3s) {
        const auto data = record.type == rrtype::NSEC3 ? Nsec3Data::fromRdata(record.rdata) : std::nullopt;
        if (!data || data->hashAlgorithm != Nsec3Hash::sha1 || record.owner.labelCount() != zone.labelCount() + 1)
            continue; // RFC 5155 §8.1, §8.2: unusable records are ignored
        const auto owner = BinaryText::fromBase32Hex(record.owner.label(0));
        if (!owner)
            continue;
        if (data->iterations > config.maxNsec3Iterations)
            m_overLimit = true;
        // §8.2: one parameter set per zone; the first record's set is used.
        if (m_records.isEmpty()) {
            m_iterations = data->iterations;
            m_salt = data->salt;
        } else if (data->iterations != m_iterations || data->salt != m_salt) {
            continue;
        }
        m_records.append(Record { *owner, data->nextHashedOwner, data->isOptOut(), data->types });
    }
}

Verdict Nsec3Proof::make(Verdict::Status status, Verdict::Reason reason, const DnsName& name, std::uint16_t type,
    const QString& message) const
{
    return Verdict::make(status, reason, name, type, m_zone, message);
}

std::optional<QByteArray> Nsec3Proof::hash(const DnsName& name) const
{
    const Nsec3Hash::Result result
        = Nsec3Hash::compute(m_algorithm, name.wire(), m_salt, m_iterations, m_config.maxNsec3Iterations);
    if (result.status != Nsec3Hash::Result::Status::Ok)
        return std::nullopt;
    return result.hash;
}

const Nsec3Proof::Record* Nsec3Proof::matching(const DnsName& name) const
{
    const auto h = hash(name);
    for (const Record& record : m_records) {
        if (h && record.ownerHash == *h)
            return &record;
    }
    return nullptr;
}

const Nsec3Proof::Record* Nsec3Proof::covering(const DnsName& name) const
{
    const auto h = hash(name);
    if (!h)
        return nullptr;
    for (const Record& record : m_records) {
        const bool wraps = !(record.ownerHash < record.nextHash);
        const bool inside
            = wraps ? (record.ownerHash < *h || *h < record.nextHash) : (record.ownerHash < *h && *h < record.nextHash);
        if (inside)
            return &record;
    }
    return nullptr;
}

std::optional<Nsec3Proof::Encloser> Nsec3Proof::closestEncloser(const DnsName& qname) const
{
    // §8.3: the longest ancestor of qname with a matching NSEC3 whose child towards qname (the
    // next closer name) is covered.
    for (int labels = qname.labelCount() - 1; labels >= m_zone.labelCount(); --labels) {
        const DnsName candidate = qname.suffix(labels);
        if (!matching(candidate))
            continue;
        const DnsName nextCloser = qname.suffix(labels + 1);
        if (const Record* cover = covering(nextCloser))
            return Encloser { candidate, nextCloser, cover };
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Verdict> Nsec3Proof::precondition(const DnsName& qname, std::uint16_t qtype) const
{
    if (m_overLimit)
        return make(Verdict::Status::Insecure, Verdict::Reason::Nsec3IterationsTooHigh, qname, qtype,
            QStringLiteral("NSEC3 iterations above %1 (RFC 9276)").arg(m_config.maxNsec3Iterations));
    if (m_records.isEmpty())
        return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, qtype,
            QStringLiteral("no usable NSEC3 record"));
    return std::nullopt;
}

Verdict Nsec3Proof::nxdomain(const DnsName& qname) const
{
    if (const auto stop = precondition(qname, 0))
        return *stop;
    const auto encloser = closestEncloser(qname);
    if (!encloser)
        return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, 0,
            QStringLiteral("no closest encloser proof (RFC 5155 §8.3)"));
    if (!covering(*DnsName::fromText("*", encloser->closest)))
        return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, 0,
            QStringLiteral("no NSEC3 covers the wildcard at the closest encloser (RFC 5155 §8.4)"));
    return Verdict::secure(qname, 0, m_zone);
}

Verdict Nsec3Proof::insecureDelegation(const DnsName& delegation) const
{
    Verdict proof = nodata(delegation, rrtype::DS);
    if (proof.isSecure())
        return make(Verdict::Status::Bogus, Verdict::Reason::Bogus, delegation, rrtype::DS,
            QStringLiteral("the NSEC3 shows no delegation at the zone"));
    return proof;
}

Verdict Nsec3Proof::nodata(const DnsName& qname, std::uint16_t qtype) const
{
    if (const auto stop = precondition(qname, qtype))
        return *stop;
    if (const Record* exact = matching(qname)) {
        // RFC 5155 §8.6, RFC 6840 §4.4: at a delegation (NS, no SOA) without DS the child is unsigned.
        if (qtype == rrtype::DS && exact->types.contains(rrtype::NS) && !exact->types.contains(rrtype::DS)
            && !exact->types.contains(rrtype::SOA))
            return make(Verdict::Status::Insecure, Verdict::Reason::InsecureDelegation, qname, qtype,
                QStringLiteral("the NSEC3 at the delegation shows NS without DS"));
        if (!exact->types.contains(qtype) && !exact->types.contains(rrtype::CNAME))
            return Verdict::secure(qname, qtype, m_zone);
        return make(Verdict::Status::Bogus, Verdict::Reason::Bogus, qname, qtype,
            QStringLiteral("the matching NSEC3 lists the type (RFC 5155 §8.5)"));
    }
    const auto encloser = closestEncloser(qname);
    if (!encloser)
        return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, qtype,
            QStringLiteral("no matching NSEC3 and no closest encloser proof"));
    if (qtype == rrtype::DS && encloser->covering->optOut)
        return make(Verdict::Status::Insecure, Verdict::Reason::InsecureDelegation, qname, qtype,
            QStringLiteral("covered by an opt-out NSEC3: an unsigned delegation (RFC 5155 §8.6)"));
    const Record* star = matching(*DnsName::fromText("*", encloser->closest));
    if (star && !star->types.contains(qtype) && !star->types.contains(rrtype::CNAME))
        return Verdict::secure(qname, qtype, m_zone); // §8.7 wildcard NODATA
    return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, qtype,
        QStringLiteral("no NSEC3 proves the type absent (RFC 5155 §8.5-8.7)"));
}

Verdict Nsec3Proof::wildcardAnswer(const DnsName& qname, int rrsigLabels) const
{
    if (const auto stop = precondition(qname, 0))
        return *stop;
    const Record* cover = rrsigLabels < qname.labelCount() ? covering(qname.suffix(rrsigLabels + 1)) : nullptr;
    if (!cover)
        return make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, qname, 0,
            QStringLiteral("no NSEC3 covers the next closer name (RFC 5155 §8.8)"));
    // An opt-out span only proves that no signed name is there: an unsigned delegation may be
    // (RFC 5155 §6), so the expansion cannot be proven the right answer. BIND's validator
    // judges such answers insecure too.
    if (cover->optOut)
        return make(Verdict::Status::Insecure, Verdict::Reason::InsecureDelegation, qname, 0,
            QStringLiteral("the next closer name lies in an opt-out span (RFC 5155 §6)"));
    return Verdict::secure(qname, 0, m_zone);
}

} // namespace nameplan
