// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the validator's evidence as a live check hands it over: one DNS response (wire form)
// whose RRsets, RRSIGs, DNSKEYs, DS and NSEC/NSEC3 records go straight to RrsetVerifier,
// DnskeyValidator, NsecProof, Nsec3Proof and ChainOfTrust, not through a zone, and the whole
// response to ResponseDenial as the live checks hand it over. Invariants
// (abort on violation): every judgement is deterministic (asked twice, same verdict), and the
// chain of trust gives one verdict per link.
#include "chainoftrust.h"
#include "dnskeyvalidator.h"
#include "dnsmessage.h"
#include "nsec3proof.h"
#include "nsecproof.h"
#include "responsedenial.h"
#include "rrset.h"
#include "rrsetverifier.h"
#include "trustanchorset.h"
#include "validatorconfig.h"
#include "zonekeyset.h"

#include <cstdint>
#include <cstdlib>

using namespace nameplan;

namespace {
constexpr qint64 now = 1767225600; // 2026-01-01: inside the corpus responses' signature windows

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkSame(const Verdict& a, const Verdict& b)
{
    check(a.status == b.status && a.reason == b.reason && a.message == b.message);
}

struct Evidence {
    DnsName qname;
    std::uint16_t qtype = 0;
    DnsName zone;
    QList<RrSet> sets; // everything but RRSIGs
    QList<ResourceRecord> rrsigs;
    QList<ResourceRecord> nsecs;
    QList<ResourceRecord> nsec3s;
};

QList<QByteArray> rdatasOf(const QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    QList<QByteArray> out;
    for (const ResourceRecord& rr : records) {
        if (rr.owner == owner && (type == 0 || rr.type == type))
            out.append(rr.rdata);
    }
    return out;
}

const RrSet* findSet(const Evidence& e, const DnsName& owner, std::uint16_t type)
{
    for (const RrSet& set : e.sets) {
        if (set.owner == owner && set.type == type)
            return &set;
    }
    return nullptr;
}

// The zone is the owner of the first DNSKEY set, else of the first SOA, else the root.
DnsName zoneOf(const QList<RrSet>& sets)
{
    for (const std::uint16_t type : { rrtype::DNSKEY, rrtype::SOA }) {
        for (const RrSet& set : sets) {
            if (set.type == type)
                return set.owner;
        }
    }
    return DnsName();
}

Evidence collect(const DnsMessage& message)
{
    Evidence e;
    e.qname = message.questions.first().name;
    e.qtype = message.questions.first().type;
    QList<ResourceRecord> others;
    for (const QList<ResourceRecord>* section : { &message.answers, &message.authority, &message.additional }) {
        for (const ResourceRecord& rr : *section) {
            if (rr.type == rrtype::RRSIG)
                e.rrsigs.append(rr);
            else
                others.append(rr);
            if (rr.type == rrtype::NSEC)
                e.nsecs.append(rr);
            if (rr.type == rrtype::NSEC3)
                e.nsec3s.append(rr);
        }
    }
    e.sets = RrSet::group(others);
    e.zone = zoneOf(e.sets);
    return e;
}

ZoneKeySet zoneKeys(const Evidence& e, const ValidatorConfig& config)
{
    const RrSet* dnskeys = findSet(e, e.zone, rrtype::DNSKEY);
    return ZoneKeySet(e.zone, dnskeys ? dnskeys->rdatas : QList<QByteArray>(), config);
}

void verifySets(const Evidence& e, const ValidatorConfig& config)
{
    const ZoneKeySet keys = zoneKeys(e, config);
    const RrsetVerifier verifier(keys, config);
    for (const RrSet& set : e.sets) {
        const QList<QByteArray> sigs = rdatasOf(e.rrsigs, set.owner, 0);
        checkSame(verifier.verify(set, sigs, now), verifier.verify(set, sigs, now));
    }
}

QList<QByteArray> dsAt(const Evidence& e, const DnsName& owner)
{
    const RrSet* ds = findSet(e, owner, rrtype::DS);
    return ds ? ds->rdatas : QList<QByteArray>();
}

// The apex keys judged against the DS records of the response, then against themselves as
// anchors (the path a configured DNSKEY trust anchor takes).
void validateKeys(const Evidence& e, const ValidatorConfig& config)
{
    const RrSet* dnskeys = findSet(e, e.zone, rrtype::DNSKEY);
    if (!dnskeys)
        return;
    const QList<QByteArray> sigs = rdatasOf(e.rrsigs, e.zone, 0);
    const QList<QByteArray> ds = dsAt(e, e.zone);
    checkSame(DnskeyValidator::validate(*dnskeys, sigs, ds, {}, now, config),
        DnskeyValidator::validate(*dnskeys, sigs, ds, {}, now, config));
    checkSame(DnskeyValidator::validate(*dnskeys, sigs, {}, dnskeys->rdatas, now, config),
        DnskeyValidator::validate(*dnskeys, sigs, {}, dnskeys->rdatas, now, config));
}

void proveDenial(const DnsMessage& message, const Evidence& e, const ValidatorConfig& config)
{
    const ZoneKeySet keys = zoneKeys(e, config);
    const ResponseDenial denial(e.zone, keys, config);
    const DnsQuestion question { e.qname, e.qtype, rrclass::IN };
    checkSame(denial.judgeDenial(message, question, now), denial.judgeDenial(message, question, now));
    for (const RrSet& set : e.sets)
        denial.judgeWildcard(message, set, rdatasOf(e.rrsigs, set.owner, 0), now);
    if (!e.nsecs.isEmpty()) {
        checkSame(NsecProof::nxdomain(e.qname, e.zone, e.nsecs), NsecProof::nxdomain(e.qname, e.zone, e.nsecs));
        checkSame(
            NsecProof::nodata(e.qname, e.qtype, e.zone, e.nsecs), NsecProof::nodata(e.qname, e.qtype, e.zone, e.nsecs));
        NsecProof::wildcardAnswer(e.qname, e.zone, e.nsecs);
        NsecProof::insecureDelegation(e.qname, e.zone, e.nsecs);
    }
    if (!e.nsec3s.isEmpty()) {
        const Nsec3Proof proof(e.zone, e.nsec3s, config);
        checkSame(proof.nxdomain(e.qname), proof.nxdomain(e.qname));
        checkSame(proof.nodata(e.qname, e.qtype), proof.nodata(e.qname, e.qtype));
        proof.wildcardAnswer(e.qname, e.qname.labelCount() > 0 ? e.qname.labelCount() - 1 : 0);
    }
}

// The zone anchored by its own DS records, then each DNSKEY set below it as a child link with
// the DS set at its owner.
void judgeChain(const Evidence& e, const ValidatorConfig& config)
{
    const RrSet* apex = findSet(e, e.zone, rrtype::DNSKEY);
    if (!apex)
        return;
    TrustAnchorSet anchors;
    for (const QByteArray& ds : dsAt(e, e.zone))
        anchors.add({ e.zone, rrtype::DS, ds });
    QList<ChainOfTrust::Link> links;
    links.append({ *apex, rdatasOf(e.rrsigs, e.zone, 0), {}, {}, false });
    for (const RrSet& set : e.sets) {
        if (set.type != rrtype::DNSKEY || set.owner == e.zone || !set.owner.isSubdomainOf(links.last().dnskeys.owner))
            continue;
        RrSet ds;
        ds.owner = set.owner;
        ds.type = rrtype::DS;
        ds.rdatas = dsAt(e, set.owner);
        links.append({ set, rdatasOf(e.rrsigs, set.owner, 0), ds, rdatasOf(e.rrsigs, set.owner, 0), false });
    }
    check(ChainOfTrust::judge(anchors, links, now, config).size() == links.size());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const DnsMessage message = DnsMessage::parse(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (!message.isValid() || message.questions.isEmpty())
        return 0;
    const ValidatorConfig config;
    const Evidence evidence = collect(message);
    verifySets(evidence, config);
    validateKeys(evidence, config);
    proveDenial(message, evidence, config);
    judgeChain(evidence, config);
    return 0;
}
