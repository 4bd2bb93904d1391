// SPDX-License-Identifier: GPL-3.0-or-later
#include "iterativeresolver.h"

#include "dnsmnemonics.h"
#include "dnstransport.h"
#include "querybuilder.h"
#include "roothints.h"

#include <QEventLoop>
#include <QTimer>

#include <arpa/inet.h>

namespace nameplan {

namespace {
QString addressText(const QByteArray& rdata)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (rdata.size() != 4 && rdata.size() != 16)
        return QString();
    inet_ntop(rdata.size() == 4 ? AF_INET : AF_INET6, rdata.constData(), text, sizeof text);
    return QString::fromLatin1(text);
}

QString question(const DnsName& name, quint16 type)
{
    return name.toString() + QLatin1Char('/') + QString::fromLatin1(DnsMnemonics::typeName(type));
}

void addUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

// The owner of a downward referral (RFC 1034 §4.3.2 step 3b): NS records in the authority
// section of a non-authoritative NOERROR answer, for a zone below `zone` that holds `name`.
std::optional<DnsName> referralOwner(const DnsMessage& message, const DnsName& zone, const DnsName& name)
{
    if (message.rcode() != 0 || (message.header.aa && !message.answers.isEmpty()))
        return std::nullopt;
    for (const ResourceRecord& record : message.authority) {
        if (record.type == rrtype::NS && name.isSubdomainOf(record.owner) && record.owner.isSubdomainOf(zone)
            && !(record.owner == zone))
            return record.owner;
    }
    return std::nullopt;
}

bool isTransientFailure(TransportError error)
{
    return error != TransportError::None && error != TransportError::Cancelled;
}
} // namespace

IterativeResolver::IterativeResolver(ResolverConfig config, Exchange exchange)
    : m_config(std::move(config))
    , m_exchange(std::move(exchange))
{
    if (!m_exchange)
        m_exchange = [this](const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options) {
            return exchangeCancellable(query, server, options);
        };
    Cut root;
    if (m_config.roots.isEmpty()) {
        root.servers = RootHints::iana();
    } else {
        for (const ServerEndpoint& server : m_config.roots) {
            root.servers.append(NameServer { DnsName(), { server.address } });
            m_rootPorts.insert(server.address, server.port);
        }
    }
    m_cuts.insert(DnsName(), root);
}

// One query on a local event loop; a cancel request ends it within 50 ms (a silent server
// would otherwise hold a cancelled walk for the query's whole worst case).
TransportResult IterativeResolver::exchangeCancellable(
    const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options) const
{
    DnsTransport transport;
    QEventLoop loop;
    std::optional<TransportResult> result;
    QObject::connect(&transport, &DnsTransport::finished, &loop, [&](const TransportResult& done) {
        result = done;
        loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && m_cancelled())
            transport.cancelAll();
    });
    QTimer deadline; // the transport's own bound, plus a margin: never wait for ever
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    transport.send(query, server, options);
    poll.start(50);
    deadline.start(options.worstCase() + std::chrono::seconds(1));
    if (!result)
        loop.exec();
    return result.value_or(TransportResult::failure(0, server, TransportError::DeadlineExceeded));
}

ServerEndpoint IterativeResolver::endpoint(const QString& address) const
{
    return ServerEndpoint { address, m_rootPorts.value(address, m_config.port.value_or(53)) };
}

void IterativeResolver::beginCall()
{
    m_trace.clear();
    m_queries = 0;
    m_inProgress.clear();
}

void IterativeResolver::fail(ResolveError::Kind kind, const QString& message) const
{
    throw Failure { ResolveError { kind, message } };
}

const IterativeResolver::Cut& IterativeResolver::closestCut(const DnsName& name) const
{
    for (DnsName candidate = name;; candidate = candidate.parent()) {
        const auto found = m_cuts.constFind(candidate);
        if (found != m_cuts.cend())
            return found.value();
        if (candidate.isRoot())
            return m_cuts.find(DnsName()).value();
    }
}

void IterativeResolver::trace(const QString& line)
{
    m_trace.append(line);
    if (m_progress)
        m_progress(m_queries, line);
}

bool IterativeResolver::usable(const QString& address) const
{
    return m_config.useIpv6 || !address.contains(QLatin1Char(':'));
}

// One query to one server. Nothing when it gave no answer worth following: a transport
// failure, a malformed message, an rcode other than NOERROR/NXDOMAIN (REFUSED: lame), or a
// non-authoritative answer that is no downward referral (lame or upward referral).
std::optional<IterativeResolver::Reply> IterativeResolver::askServer(
    const ServerEndpoint& server, const DnsName& zone, const DnsName& name, quint16 type)
{
    if (m_cancelled && m_cancelled())
        fail(ResolveError::Kind::Cancelled, QStringLiteral("cancelled"));
    if (++m_queries > m_config.maxQueries)
        fail(ResolveError::Kind::QueryBudgetExceeded,
            QStringLiteral("more than %1 queries needed (at %2)").arg(m_config.maxQueries).arg(question(name, type)));
    const QByteArray query
        = QueryBuilder(name, type, rrclass::IN).setId(m_nextId++).setRecursionDesired(false).setEdns(Edns {}).build();
    const TransportResult result = m_exchange(query, server, m_config.query);
    const QString prefix = QStringLiteral("%1 (%2) %3: ").arg(server.toString(), zone.toString(), question(name, type));
    if (!result.ok()) {
        if (isTransientFailure(result.error))
            m_unresponsive.insert(server.address);
        trace(prefix + transportErrorName(result.error));
        if (result.error == TransportError::Cancelled)
            fail(ResolveError::Kind::Cancelled, QStringLiteral("cancelled"));
        return std::nullopt;
    }
    DnsMessage message = DnsMessage::parse(result.response);
    const int rcode = message.rcode();
    const bool answered
        = message.isValid() && (rcode == 0 || rcode == 3) && (message.header.aa || referralOwner(message, zone, name));
    if (!answered) {
        trace(prefix
            + (message.isValid() ? QStringLiteral("unusable (%1%2)")
                                       .arg(DnsMnemonics::rcodeName(rcode),
                                           message.header.aa ? QString() : QStringLiteral(", not authoritative"))
                                 // The parser's verdict, so that a hostile or broken server is named as such.
                                 : QStringLiteral("malformed: ") + message.error().toString()));
        return std::nullopt;
    }
    m_trace.append(prefix
        + QStringLiteral("%1 aa=%2 %3/%4/%5")
              .arg(DnsMnemonics::rcodeName(rcode))
              .arg(int(message.header.aa))
              .arg(message.answers.size())
              .arg(message.authority.size())
              .arg(message.additional.size()));
    return Reply { std::move(message), server };
}

// Asks the servers of `zone` in turn until one answers usably: addresses known to answer
// first, unresponsive ones last, and name servers without addresses resolved only when
// every address at hand failed.
IterativeResolver::Reply IterativeResolver::ask(const DnsName& zone, const DnsName& name, quint16 type, int nesting)
{
    QStringList fresh, stale;
    for (const NameServer& server : m_cuts.value(zone).servers) {
        for (const QString& address : server.addresses) {
            if (usable(address))
                addUnique(m_unresponsive.contains(address) ? stale : fresh, address);
        }
    }
    for (const QString& address : fresh + stale) {
        if (auto reply = askServer(endpoint(address), zone, name, type))
            return *reply;
    }
    std::optional<ResolveError> nested;
    const QList<NameServer> servers = m_cuts.value(zone).servers;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (!servers[i].addresses.isEmpty() || servers[i].name.isRoot())
            continue;
        QStringList addresses;
        try {
            addresses = hostAddresses(servers[i].name, nesting + 1);
        } catch (const Failure& failure) {
            const auto kind = failure.error.kind;
            if (kind == ResolveError::Kind::Cancelled || kind == ResolveError::Kind::QueryBudgetExceeded)
                throw;
            nested = nested.value_or(failure.error);
            continue;
        }
        m_cuts[zone].servers[i].addresses = addresses;
        for (const QString& address : std::as_const(addresses)) {
            if (!usable(address))
                continue;
            if (auto reply = askServer(endpoint(address), zone, name, type))
                return *reply;
        }
    }
    if (nested && fresh.isEmpty() && stale.isEmpty())
        throw Failure { *nested };
    // The last server's failure (every address asked traced one) tells a timeout from a
    // malformed answer or a refusal without reading the whole trace.
    const qsizetype tried = fresh.size() + stale.size();
    fail(ResolveError::Kind::NoServerAnswered,
        QStringLiteral("no server of %1 answered %2 (%3 addresses tried%4)")
            .arg(zone.toString(), question(name, type))
            .arg(tried)
            .arg(tried > 0 && !m_trace.isEmpty() ? QStringLiteral("; last: ") + m_trace.constLast() : QString()));
}

// The cut a referral describes. Glue is accepted only inside the referring zone (RFC 2181
// §5.4.1: a server is no authority for addresses outside its zone).
IterativeResolver::Cut IterativeResolver::referral(const DnsName& owner, const Reply& reply, const Cut& parent) const
{
    Cut cut;
    cut.zone = owner;
    cut.parent = parent.zone;
    cut.referralFrom = reply.server;
    for (const ResourceRecord& record : reply.message.authority) {
        if (record.type != rrtype::NS || !(record.owner == owner))
            continue;
        const auto host = DnsName::fromWire(record.rdata);
        if (host && std::none_of(cut.servers.cbegin(), cut.servers.cend(), [&host](const NameServer& known) {
                return known.name == *host;
            }))
            cut.servers.append(NameServer { host->lowercased(), {} });
    }
    if (cut.servers.size() > m_config.maxNsSetSize)
        fail(ResolveError::Kind::NsSetTooLarge,
            QStringLiteral("%1 delegates %2 to %3 name servers, more than the limit of %4")
                .arg(reply.server.toString(), owner.toString())
                .arg(cut.servers.size())
                .arg(m_config.maxNsSetSize));
    for (NameServer& server : cut.servers) {
        if (!server.name.isSubdomainOf(parent.zone))
            continue;
        for (const ResourceRecord& record : reply.message.additional) {
            if ((record.type == rrtype::A || record.type == rrtype::AAAA) && record.owner == server.name)
                addUnique(server.addresses, addressText(record.rdata));
        }
    }
    cut.delegation = cut.servers;
    return cut;
}

// Follows referrals from the closest known cut until a server answers authoritatively, or,
// with stopAt, until the referral to stopAt arrives.
IterativeResolver::Step IterativeResolver::lookup(const DnsName& name, quint16 type, int nesting, const DnsName* stopAt)
{
    DnsName zone = closestCut(name).zone;
    for (int depth = 0;; ++depth) {
        Reply reply = ask(zone, name, type, nesting);
        const auto owner = referralOwner(reply.message, zone, name);
        if (!owner)
            return Step { Step::Kind::Answer, std::move(reply), zone };
        if (depth >= m_config.maxDelegationDepth)
            fail(ResolveError::Kind::DelegationTooDeep,
                QStringLiteral("more than %1 referrals for %2").arg(m_config.maxDelegationDepth).arg(name.toString()));
        const Cut cut = referral(*owner, reply, m_cuts.value(zone));
        m_cuts.insert(cut.zone, cut);
        if (stopAt && cut.zone == *stopAt)
            return Step { Step::Kind::Delegation, std::move(reply), cut.zone };
        zone = cut.zone;
    }
}

// RFC 1034 §3.6.2: a CNAME's target is resolved in its place, here from the closest known
// cut again (the target may live in another zone). Fills resolution (name and type set) as
// it goes, so that a failure leaves the chain followed so far.
void IterativeResolver::follow(Resolution& resolution, int nesting)
{
    const DnsName& name = resolution.name;
    const quint16 type = resolution.type;
    DnsName current = name;
    QSet<DnsName> seen { name.lowercased() };
    for (;;) {
        const Step step = lookup(current, type, nesting, nullptr);
        const DnsMessage& message = step.reply.message;
        resolution.rcode = message.rcode();
        resolution.answeredBy = step.reply.server;
        bool followed = false;
        // The answer may hold the chain itself when one server serves every link.
        for (bool more = true; more;) {
            more = false;
            for (const ResourceRecord& record : message.answers) {
                if (record.type != rrtype::CNAME || !(record.owner == current) || type == rrtype::CNAME)
                    continue;
                const auto target = DnsName::fromWire(record.rdata);
                if (!target)
                    continue;
                if (seen.contains(target->lowercased()))
                    fail(ResolveError::Kind::CnameLoop,
                        QStringLiteral("%1 leads back to %2").arg(question(name, type), target->toString()));
                if (resolution.cnames.size() >= m_config.maxCnameChain)
                    fail(ResolveError::Kind::CnameChainTooLong,
                        QStringLiteral("%1 needs more than %2 CNAMEs")
                            .arg(question(name, type))
                            .arg(m_config.maxCnameChain));
                resolution.cnames.append(record);
                seen.insert(target->lowercased());
                current = *target;
                followed = more = true;
                break;
            }
        }
        for (const ResourceRecord& record : message.answers) {
            if (record.type == type && record.owner == current)
                resolution.records.append(record);
        }
        if (!resolution.records.isEmpty() || !followed || resolution.rcode != 0)
            return;
    }
}

QStringList IterativeResolver::hostAddresses(const DnsName& host, int nesting)
{
    if (nesting > m_config.maxNesting)
        fail(ResolveError::Kind::NestingTooDeep,
            QStringLiteral("resolving %1 needs more than %2 nested name-server look-ups")
                .arg(host.toString())
                .arg(m_config.maxNesting));
    const QString key = host.lowercased().toString();
    if (m_inProgress.contains(key))
        fail(ResolveError::Kind::DependencyLoop,
            QStringLiteral("%1 is needed to resolve itself (name servers without glue that depend on each other)")
                .arg(key));
    m_inProgress.insert(key);
    QStringList addresses;
    for (const quint16 type : { rrtype::A, rrtype::AAAA }) {
        if (type == rrtype::AAAA && !m_config.useIpv6)
            continue;
        Resolution resolution;
        resolution.name = host;
        resolution.type = type;
        follow(resolution, nesting);
        for (const ResourceRecord& record : std::as_const(resolution.records))
            addUnique(addresses, addressText(record.rdata));
    }
    m_inProgress.remove(key);
    return addresses;
}

Resolution IterativeResolver::resolve(const DnsName& name, quint16 type)
{
    beginCall();
    Resolution resolution;
    resolution.name = name;
    resolution.type = type;
    try {
        follow(resolution, 0);
    } catch (const Failure& failure) {
        resolution.error = failure.error;
    }
    resolution.trace = m_trace;
    resolution.queries = m_queries;
    return resolution;
}

ZoneAuthorities IterativeResolver::findAuthorities(const DnsName& zone)
{
    beginCall();
    ZoneAuthorities found;
    found.zone = zone;
    try {
        if (!zone.isRoot() && !m_cuts.contains(zone)) {
            const Step step = lookup(zone, rrtype::NS, 0, &zone);
            if (step.kind == Step::Kind::Answer) {
                // A server of the zone above that serves the zone too answers from the apex.
                const DnsMessage& message = step.reply.message;
                const bool apex = std::any_of(
                    message.answers.cbegin(), message.answers.cend(), [&zone](const ResourceRecord& record) {
                        return record.type == rrtype::NS && record.owner == zone;
                    });
                if (!apex || step.cut == zone)
                    fail(ResolveError::Kind::NotDelegated,
                        QStringLiteral("%1 (%2) answers %3 with %4 and no delegation: %3 is no zone cut")
                            .arg(step.reply.server.toString(), step.cut.toString(), zone.toString(),
                                DnsMnemonics::rcodeName(message.rcode())));
                DnsMessage asReferral = message;
                asReferral.authority = message.answers;
                const Cut cut = referral(zone, Reply { asReferral, step.reply.server }, m_cuts.value(step.cut));
                m_cuts.insert(zone, cut);
            }
        }
        completeAuthorities(found);
    } catch (const Failure& failure) {
        found.error = failure.error;
    }
    found.trace = m_trace;
    found.queries = m_queries;
    return found;
}

// From the zone's cut: the parent's servers, then the apex NS RRset from the zone's own
// servers, then the addresses of every name either lists.
void IterativeResolver::completeAuthorities(ZoneAuthorities& found)
{
    const Cut cut = m_cuts.value(found.zone);
    found.parent = cut.parent;
    found.referralFrom = cut.referralFrom;
    found.delegation = cut.delegation;
    for (const NameServer& server : m_cuts.value(cut.parent).servers) {
        for (const QString& address : server.addresses) {
            if (usable(address))
                found.parentServers.append(endpoint(address));
        }
    }
    const Reply apex = ask(found.zone, found.zone, rrtype::NS, 0);
    for (const ResourceRecord& record : apex.message.answers) {
        const auto host = DnsName::fromWire(record.rdata);
        if (record.type == rrtype::NS && record.owner == found.zone && host && !found.apexNs.contains(*host))
            found.apexNs.append(host->lowercased());
    }
    QList<DnsName> names;
    for (const NameServer& server : cut.delegation)
        names.append(server.name);
    for (const DnsName& name : std::as_const(found.apexNs)) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const DnsName& name : std::as_const(names)) {
        NameServer server { name, {} };
        try {
            server.addresses = hostAddresses(name, 1);
        } catch (const Failure& failure) {
            if (failure.error.kind == ResolveError::Kind::Cancelled
                || failure.error.kind == ResolveError::Kind::QueryBudgetExceeded)
                throw;
            m_trace.append(name.toString() + QStringLiteral(": no address: ") + failure.error.message);
        }
        found.authorities.append(server);
    }
}

} // namespace nameplan
