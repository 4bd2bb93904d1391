// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillresolver.h"

#include "blockingexchange.h"
#include "chainoftrust.h"
#include "countednoun.h"
#include "dnsmnemonics.h"
#include "querybuilder.h"
#include "responsedenial.h"
#include "rrsetverifier.h"
#include "transportresult.h"
#include "zonekeyset.h"

#include <QDateTime>

namespace nameplan {

namespace {

QString rcodeText(int rcode)
{
    switch (rcode) {
    case 0:
        return QStringLiteral("NOERROR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 3:
        return QStringLiteral("NXDOMAIN");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

QString typeText(std::uint16_t type)
{
    return QString::fromLatin1(DnsMnemonics::typeName(type));
}

QString questionText(const DnsName& name, std::uint16_t type)
{
    return name.toString() + u' ' + typeText(type);
}

RrSet setOf(const QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    RrSet set;
    set.owner = owner;
    set.type = type;
    for (const ResourceRecord& record : records) {
        if (record.type == type && record.owner == owner) {
            set.ttl = set.rdatas.isEmpty() ? record.ttl : std::min(set.ttl, record.ttl);
            set.rdatas.append(record.rdata);
        }
    }
    return set;
}

// The RRSIG RDATAs at owner covering type: the first two octets are the Type Covered field
// (RFC 4034 §3.1).
QList<QByteArray> signaturesOf(const QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    QList<QByteArray> signatures;
    for (const ResourceRecord& record : records) {
        if (record.type == rrtype::RRSIG && record.owner == owner && record.rdata.size() >= 2
            && ((std::uint8_t(record.rdata[0]) << 8) | std::uint8_t(record.rdata[1])) == type)
            signatures.append(record.rdata);
    }
    return signatures;
}

bool authoritative(const DnsMessage& message)
{
    return message.header.aa && message.rcode() == 0;
}

// A parent's answer for the child's NS: a referral, or the child's own answer when one server
// holds both zones.
std::function<bool(const DnsMessage&)> delegates(const DnsName& child)
{
    return [child](const DnsMessage& message) {
        if (message.rcode() != 0)
            return false;
        for (const ResourceRecord& record : message.authority) {
            if (record.type == rrtype::NS && record.owner == child)
                return true;
        }
        return message.header.aa && !setOf(message.answers, child, rrtype::NS).rdatas.isEmpty();
    };
}

// The final answer: authoritative data, a CNAME, or an authoritative denial.
bool finalAnswer(const DnsMessage& message)
{
    return message.header.aa && (message.rcode() == 0 || message.rcode() == 3);
}

} // namespace

DrillResolver::DrillResolver(ChainProvider chains, TrustAnchorSet anchors, QueryOptions options)
    : m_chains(std::move(chains))
    , m_anchors(std::move(anchors))
    , m_options(options)
{
}

DrillResolver::Outcome DrillResolver::resolve(const DnsName& name, std::uint16_t type)
{
    Outcome outcome;
    resolveInto(name, type, 0, outcome);
    return outcome;
}

void DrillResolver::resolveInto(const DnsName& name, std::uint16_t type, int depth, Outcome& outcome)
{
    const auto fail = [&outcome](const QString& why) {
        outcome.resolves = false;
        outcome.text += why;
    };
    const QList<ZoneServers> chain = m_chains(name);
    if (chain.isEmpty())
        return fail(QStringLiteral("no modelled zone holds %1").arg(name.toString()));
    // Validate from the modelled zone the closest anchor names down to the first cut without a DS.
    qsizetype anchorIndex = -1;
    if (const auto anchored = m_anchors.closestAnchor(name)) {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            if (chain[i].zone == *anchored)
                anchorIndex = i;
        }
    }
    TrustPath path;
    ChainOfTrust::Link next;
    const auto onPath = [&](qsizetype i) { return anchorIndex >= 0 && i >= anchorIndex && !path.end; };
    // A zone on the path that cannot be asked leaves the chain of trust unknown: indeterminate,
    // never the "insecure" of a zone whose parent could not prove anything. The verdict's owner
    // is the zone already, so only the resolution's text names it.
    const auto lost = [&](qsizetype i, const QString& why) {
        if (onPath(i))
            settle(outcome,
                Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::NoReachableAuthority, chain[i].zone, 0,
                    chain[i].zone, why));
        fail(QStringLiteral("zone %1: %2").arg(chain[i].zone.toString(), why));
    };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ZoneServers& zone = chain[i];
        if (zone.survivors.isEmpty())
            return lost(i, QStringLiteral("no surviving authority with an address to ask"));
        if (onPath(i)) {
            const Asked keys = ask(zone.survivors, zone.zone, rrtype::DNSKEY, outcome, authoritative);
            next.dnskeys = setOf(keys.message.answers, zone.zone, rrtype::DNSKEY);
            next.dnskeyRrsigs = signaturesOf(keys.message.answers, zone.zone, rrtype::DNSKEY);
            path.links.append(next);
            next = {};
        }
        if (i + 1 < chain.size()) {
            const DnsName& child = chain[i + 1].zone;
            if (ask(zone.survivors, child, rrtype::NS, outcome, delegates(child)).server < 0)
                return lost(i, QStringLiteral("no surviving authority delegates %1").arg(child.toString()));
            if (onPath(i))
                askDs(zone, child, path, next, outcome);
            continue;
        }
        const Asked answer = ask(zone.survivors, name, type, outcome, finalAnswer);
        if (answer.server < 0)
            return fail(QStringLiteral("%1: no surviving authority of %2 answers authoritatively")
                            .arg(questionText(name, type), zone.zone.toString()));
        const QString via = zone.survivors[answer.server].authorityId;
        if (answer.message.rcode() == 3)
            return fail(QStringLiteral("%1: NXDOMAIN from %2").arg(questionText(name, type), via));
        RrSet data = setOf(answer.message.answers, name, type);
        const bool alias = data.rdatas.isEmpty() && type != rrtype::CNAME;
        if (alias)
            data = setOf(answer.message.answers, name, rrtype::CNAME);
        if (data.rdatas.isEmpty())
            return fail(QStringLiteral("%1: no such data (NODATA) from %2").arg(questionText(name, type), via));
        outcome.resolves = true;
        outcome.text
            += QStringLiteral("%1: %2 from %3")
                   .arg(questionText(name, data.type), countedNoun(data.rdatas.size(), QStringLiteral("record")), via);
        if (anchorIndex >= 0)
            validate(path, data, signaturesOf(answer.message.answers, name, data.type), outcome);
        if (!alias || !outcome.resolves)
            return;
        const auto target = DnsName::fromWire(data.rdatas.first());
        if (!target || depth + 1 >= maxCnameDepth)
            return fail(QStringLiteral("; CNAME target unreadable or chain longer than %1").arg(maxCnameDepth));
        outcome.text += QStringLiteral(" → ");
        return resolveInto(*target, type, depth + 1, outcome);
    }
}

void DrillResolver::askDs(
    const ZoneServers& parent, const DnsName& child, TrustPath& path, ChainOfTrust::Link& next, Outcome& outcome)
{
    const Asked ds = ask(parent.survivors, child, rrtype::DS, outcome, authoritative);
    next.ds = setOf(ds.message.answers, child, rrtype::DS);
    next.dsRrsigs = signaturesOf(ds.message.answers, child, rrtype::DS);
    if (ds.server >= 0 && !next.ds.rdatas.isEmpty())
        return; // a signed delegation: the child's keys are asked next
    if (ds.server < 0) {
        path.end = Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::NoReachableAuthority, child,
            rrtype::DS, parent.zone,
            QStringLiteral("no surviving authority of the parent %1 answered the DS query for %2")
                .arg(parent.zone.toString(), child.toString()));
    } else {
        // No DS: an attacker may have stripped it, so the child is insecure only when the
        // parent's signed NSEC/NSEC3 proves the DS absent (RFC 4035 §5.2, RFC 5155 §8.9, RFC
        // 6840 §4.4); the same proof `nameplan check` judges.
        const ZoneKeySet keys(parent.zone, path.links.last().dnskeys.rdatas, m_config);
        Verdict proof = ResponseDenial(parent.zone, keys, m_config)
                            .judgeDsAbsence(ds.message, child, QDateTime::currentSecsSinceEpoch());
        next.dsAbsenceProven = proof.status == Verdict::Status::Insecure;
        proof.authority = parent.survivors[ds.server].authorityId;
        proof.message = QStringLiteral("the parent %1 denies the DS: %2").arg(parent.zone.toString(), proof.message);
        path.end = proof;
    }
    // The cut ends the path: the child's link carries the DS side only.
    next.dnskeys.owner = child;
    next.dnskeys.type = rrtype::DNSKEY;
    path.links.append(next);
    next = {};
}

DrillResolver::Asked DrillResolver::ask(const QList<Server>& servers, const DnsName& name, std::uint16_t type,
    Outcome& outcome, const std::function<bool(const DnsMessage&)>& good)
{
    const QList<TransportResult> results = exchange(servers, name, type);
    Asked asked;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const TransportResult& result = results[i];
        DrillResult::Query query { servers[i].authorityId, result.server.toString(), questionText(name, type),
            transportErrorName(result.error), result.observedAt };
        if (result.ok()) {
            DnsMessage message = DnsMessage::parse(result.response);
            query.outcome = message.isValid()
                ? rcodeText(message.rcode()) + (message.header.aa ? QStringLiteral(" aa") : QString())
                    + QStringLiteral(", ") + countedNoun(message.answers.size(), QStringLiteral("answer"))
                : QStringLiteral("malformed");
            if (asked.server < 0 && message.isValid() && good(message)) {
                asked.server = int(i);
                asked.message = std::move(message);
            }
        }
        outcome.queries.push_back(query);
    }
    return asked;
}

QList<TransportResult> DrillResolver::exchange(const QList<Server>& servers, const DnsName& name, std::uint16_t type)
{
    QString key = questionText(name, type);
    QList<BlockingExchange::Request> requests;
    Edns edns;
    edns.dnssecOk = true; // RRSIGs come with every answer (RFC 3225)
    for (const Server& server : servers) {
        key += u' ' + server.endpoint.toString();
        const QByteArray query = QueryBuilder(name, type).setId(quint16(requests.size() + 1)).setEdns(edns).build();
        requests.append({ query, server.endpoint, m_options });
    }
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    const QList<TransportResult> results
        = BlockingExchange::runAll(requests, m_options.worstCase() + std::chrono::seconds(1), 64, m_cancelled);
    if (!(m_cancelled && m_cancelled()))
        m_cache.insert(key, results);
    return results;
}

void DrillResolver::settle(Outcome& outcome, const Verdict& verdict)
{
    outcome.verdict = outcome.dnssecChecked ? Verdict::worse(outcome.verdict, verdict) : verdict;
    outcome.dnssecChecked = true;
}

void DrillResolver::validate(
    const TrustPath& path, const RrSet& answer, const QList<QByteArray>& signatures, Outcome& outcome) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<Verdict> links = ChainOfTrust::judge(m_anchors, path.links, now, m_config);
    // Where the path ends at a cut below secure keys, the parent's own answer says more than
    // "no DS and no proof of its absence": which proof held, or which NSEC failed and how.
    if (path.end && links.size() >= 2 && links[links.size() - 2].isSecure())
        links.last() = *path.end;
    Verdict verdict = Verdict::secure(answer.owner, answer.type, path.links.last().dnskeys.owner);
    for (const Verdict& link : std::as_const(links))
        verdict = Verdict::worse(verdict, link);
    if (verdict.isSecure()) {
        const ZoneKeySet keys(path.links.last().dnskeys.owner, path.links.last().dnskeys.rdatas, m_config);
        verdict = RrsetVerifier(keys, m_config).verify(answer, signatures, now);
    }
    settle(outcome, verdict);
    if (verdict.status == Verdict::Status::Bogus || verdict.status == Verdict::Status::Indeterminate) {
        outcome.resolves = false;
        outcome.text += QStringLiteral(" but DNSSEC says ") + verdict.toString();
    }
}

} // namespace nameplan
