// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsedenial.h"

#include "nsec3proof.h"
#include "nsecproof.h"
#include "rrsetverifier.h"
#include "rrsigdata.h"

#include <algorithm>

namespace nameplan {

namespace {
struct Cut {
    DnsName name;
    bool signedChild = false;
};

// RFC 4035 §5.2, RFC 1034 §4.3.2: a referral has no SOA and an NS set at a cut strictly below the
// zone apex, at or above qname; a DS set at the cut says the child is signed.
std::optional<Cut> delegation(const DnsMessage& response, const DnsName& zone, const DnsName& qname)
{
    const QList<ResourceRecord>& authority = response.authority;
    if (std::any_of(
            authority.cbegin(), authority.cend(), [](const ResourceRecord& r) { return r.type == rrtype::SOA; }))
        return std::nullopt;
    for (const ResourceRecord& record : authority) {
        if (record.type == rrtype::NS && record.owner != zone && record.owner.isSubdomainOf(zone)
            && qname.isSubdomainOf(record.owner)) {
            const bool ds = std::any_of(authority.cbegin(), authority.cend(),
                [&record](const ResourceRecord& r) { return r.type == rrtype::DS && r.owner == record.owner; });
            return Cut { record.owner, ds };
        }
    }
    return std::nullopt;
}
} // namespace

ResponseDenial::ResponseDenial(const DnsName& zone, const ZoneKeySet& keys, const ValidatorConfig& config)
    : m_zone(zone)
    , m_keys(keys)
    , m_config(config)
{
}

ResponseDenial::Proof ResponseDenial::collect(const DnsMessage& response, qint64 now) const
{
    const QList<RrSet> sets = RrSet::group(response.authority);
    const RrsetVerifier verifier(m_keys, m_config);
    Proof proof;
    for (const RrSet& set : sets) {
        if ((set.type != rrtype::NSEC && set.type != rrtype::NSEC3) || !set.owner.isSubdomainOf(m_zone))
            continue;
        // A proof is only as good as its signatures (RFC 4035 §5.4): an NSEC without a valid
        // RRSIG proves nothing, and which one is broken is the most useful thing to report.
        Verdict verdict = verifier.verify(set, RrSet::rrsigsAt(sets, set.owner), now);
        if (!verdict.isSecure()) {
            verdict.message = QStringLiteral("%1 at %2: %3")
                                  .arg(set.type == rrtype::NSEC3 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC"),
                                      set.owner.toString(), verdict.message);
            proof.failure = proof.failure ? Verdict::worse(*proof.failure, verdict) : verdict;
            continue;
        }
        if (verdict.validUntil)
            proof.validUntil = std::min(proof.validUntil.value_or(*verdict.validUntil), *verdict.validUntil);
        proof.nsec3 = proof.nsec3 || set.type == rrtype::NSEC3;
        for (qsizetype i = 0; i < set.rdatas.size(); ++i)
            proof.records.append(set.record(i));
    }
    return proof;
}

Verdict ResponseDenial::insecureReferral(const Proof& proof, const DnsName& cut) const
{
    if (proof.nsec3)
        return Nsec3Proof(m_zone, proof.records, m_config).insecureDelegation(cut);
    return NsecProof::insecureDelegation(cut, m_zone, proof.records);
}

Verdict ResponseDenial::signedReferral(const DnsMessage& response, const DnsName& cut, qint64 now) const
{
    // RFC 4035 §5.2: the DS RRset is the parent's data, signed with the parent's keys; when its
    // signature holds the delegation is secure and the child's DNSKEY set is what it vouches for.
    const QList<RrSet> sets = RrSet::group(response.authority);
    const auto ds = std::find_if(
        sets.cbegin(), sets.cend(), [&cut](const RrSet& set) { return set.type == rrtype::DS && set.owner == cut; });
    Verdict verdict = RrsetVerifier(m_keys, m_config).verify(*ds, RrSet::rrsigsAt(sets, cut), now);
    verdict.message = verdict.isSecure()
        ? QStringLiteral("secure delegation: the DS set at %1 is authentic; the child's own answer is for "
                         "check --zone %1")
              .arg(cut.toString())
        : QStringLiteral("DS at %1: %2").arg(cut.toString(), verdict.message);
    return verdict;
}

Verdict ResponseDenial::judgeDsAbsence(const DnsMessage& response, const DnsName& cut, qint64 now) const
{
    const Proof proof = collect(response, now);
    return proof.failure ? *proof.failure : insecureReferral(proof, cut);
}

Verdict ResponseDenial::finish(
    Verdict verdict, const Proof& proof, const DnsQuestion& question, const QString& kind) const
{
    verdict.owner = question.name;
    verdict.type = question.type;
    verdict.zone = m_zone;
    const QString records = proof.nsec3 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC");
    verdict.message = verdict.message.isEmpty() ? QStringLiteral("%1 proven by %2").arg(kind, records)
                                                : kind + QStringLiteral(": ") + verdict.message;
    // The earliest expiry of everything that made it secure: the proof's NSEC signatures and the
    // verdict's own (a signed referral's DS).
    if (!verdict.isSecure())
        verdict.validUntil = std::nullopt;
    else if (proof.validUntil)
        verdict.validUntil = std::min(verdict.validUntil.value_or(*proof.validUntil), *proof.validUntil);
    return verdict;
}

Verdict ResponseDenial::judgeDenial(const DnsMessage& response, const DnsQuestion& question, qint64 now) const
{
    const bool nxdomain = response.rcode() == 3;
    if (!nxdomain && response.rcode() != 0)
        return Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::None, question.name, question.type,
            m_zone, QStringLiteral("answered with RCODE %1: nothing to validate").arg(response.rcode()));
    const Proof proof = collect(response, now);
    const QString kind = nxdomain ? QStringLiteral("NXDOMAIN") : QStringLiteral("NODATA");
    if (proof.failure)
        return finish(*proof.failure, proof, question, kind);
    if (const auto cut = nxdomain ? std::nullopt : delegation(response, m_zone, question.name))
        return finish(cut->signedChild ? signedReferral(response, cut->name, now) : insecureReferral(proof, cut->name),
            proof, question, QStringLiteral("referral"));
    if (proof.nsec3) {
        const Nsec3Proof nsec3(m_zone, proof.records, m_config);
        return finish(nxdomain ? nsec3.nxdomain(question.name) : nsec3.nodata(question.name, question.type), proof,
            question, kind);
    }
    return finish(nxdomain ? NsecProof::nxdomain(question.name, m_zone, proof.records)
                           : NsecProof::nodata(question.name, question.type, m_zone, proof.records),
        proof, question, kind);
}

std::optional<Verdict> ResponseDenial::judgeWildcard(
    const DnsMessage& response, const RrSet& answer, const QList<QByteArray>& rrsigs, qint64 now) const
{
    // The fewest labels of any RRSIG over the set: an added RRSIG with the full label count must
    // not excuse an expansion from its proof (a replayed wildcard answer for a name that exists).
    int labels = answer.owner.rrsigLabelCount();
    for (const QByteArray& rdata : rrsigs) {
        const auto rrsig = RrsigData::fromRdata(rdata);
        if (rrsig && rrsig->typeCovered == answer.type)
            labels = std::min(labels, int(rrsig->labels));
    }
    if (labels >= answer.owner.rrsigLabelCount())
        return std::nullopt;
    const Proof proof = collect(response, now);
    const DnsQuestion question { answer.owner, answer.type, answer.rrClass };
    const QString kind = QStringLiteral("wildcard answer");
    if (proof.failure)
        return finish(*proof.failure, proof, question, kind);
    if (proof.nsec3)
        return finish(
            Nsec3Proof(m_zone, proof.records, m_config).wildcardAnswer(answer.owner, labels), proof, question, kind);
    return finish(NsecProof::wildcardAnswer(answer.owner, m_zone, proof.records), proof, question, kind);
}

} // namespace nameplan
