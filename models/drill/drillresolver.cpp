// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillresolver.h"

#include "blockingexchange.h"
#include "chainoftrust.h"
#include "countednoun.h"
#include "dnsmnemonics.h"
#include "querybuilder.h"
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
    // Validate from the closest anchor down when every zone from there is signed in the model.
    qsizetype anchorIndex = -1;
    if (const auto anchored = m_anchors.closestAnchor(name)) {
        for (qsizetype i = 0; i < chain.size(); ++i) {
            if (chain[i].zone == *anchored)
                anchorIndex = i;
        }
    }
    for (qsizetype i = anchorIndex; anchorIndex >= 0 && i < chain.size(); ++i) {
        if (!chain[i].signedInModel)
            anchorIndex = -1;
    }
    QList<ChainOfTrust::Link> links;
    ChainOfTrust::Link next;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ZoneServers& zone = chain[i];
        if (zone.survivors.isEmpty())
            return fail(
                QStringLiteral("zone %1: no surviving authority with an address to ask").arg(zone.zone.toString()));
        if (anchorIndex >= 0 && i >= anchorIndex) {
            const Asked keys = ask(zone.survivors, zone.zone, rrtype::DNSKEY, outcome, authoritative);
            next.dnskeys = setOf(keys.message.answers, zone.zone, rrtype::DNSKEY);
            next.dnskeyRrsigs = signaturesOf(keys.message.answers, zone.zone, rrtype::DNSKEY);
            links.append(next);
            next = {};
        }
        if (i + 1 < chain.size()) {
            const DnsName& child = chain[i + 1].zone;
            if (ask(zone.survivors, child, rrtype::NS, outcome, delegates(child)).server < 0)
                return fail(QStringLiteral("zone %1: no surviving authority delegates %2")
                                .arg(zone.zone.toString(), child.toString()));
            if (anchorIndex >= 0 && i >= anchorIndex) {
                const Asked ds = ask(zone.survivors, child, rrtype::DS, outcome, authoritative);
                next.ds = setOf(ds.message.answers, child, rrtype::DS);
                next.dsRrsigs = signaturesOf(ds.message.answers, child, rrtype::DS);
            }
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
            validate(links, data, signaturesOf(answer.message.answers, name, data.type), outcome);
        if (!alias || !outcome.resolves)
            return;
        const auto target = DnsName::fromWire(data.rdatas.first());
        if (!target || depth + 1 >= maxCnameDepth)
            return fail(QStringLiteral("; CNAME target unreadable or chain longer than %1").arg(maxCnameDepth));
        outcome.text += QStringLiteral(" → ");
        return resolveInto(*target, type, depth + 1, outcome);
    }
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

void DrillResolver::validate(const QList<ChainOfTrust::Link>& links, const RrSet& answer,
    const QList<QByteArray>& signatures, Outcome& outcome) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Verdict verdict = Verdict::secure(answer.owner, answer.type, links.last().dnskeys.owner);
    for (const Verdict& link : ChainOfTrust::judge(m_anchors, links, now, m_config))
        verdict = Verdict::worse(verdict, link);
    if (verdict.isSecure()) {
        const ZoneKeySet keys(links.last().dnskeys.owner, links.last().dnskeys.rdatas, m_config);
        verdict = RrsetVerifier(keys, m_config).verify(answer, signatures, now);
    }
    outcome.verdict = outcome.dnssecChecked ? Verdict::worse(outcome.verdict, verdict) : verdict;
    outcome.dnssecChecked = true;
    if (verdict.status == Verdict::Status::Bogus || verdict.status == Verdict::Status::Indeterminate) {
        outcome.resolves = false;
        outcome.text += QStringLiteral(" but DNSSEC says ") + verdict.toString();
    }
}

} // namespace nameplan
