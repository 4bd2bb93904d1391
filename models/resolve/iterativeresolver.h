// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsmessage.h"
#include "resolution.h"
#include "resolverconfig.h"
#include "transportresult.h"
#include "zoneauthorities.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace nameplan {

// Iterative resolution from the roots (RFC 1034 §5.3.3, RD clear): referrals are followed
// down from the roots, glue is taken only from a server's own bailiwick (RFC 2181 §5.4.1),
// name servers without glue are resolved themselves, CNAMEs are followed. Every bound of
// ResolverConfig ends a call with a named ResolveError.
//
// Synchronous: each query goes through the exchange function (by default DnsTransport on a
// local event loop, ended early when the cancel check turns true), so call it from the command
// line or a worker thread, never from a GUI thread. Not thread-safe; one resolver per thread. Zone cuts and
// unresponsive servers are remembered across calls of one resolver (an infrastructure cache), so that checking several
// zones does not walk from the roots again.
//
//     IterativeResolver resolver(config);
//     const ZoneAuthorities found = resolver.findAuthorities(*DnsName::fromText("example.org."));
//     for (const NameServer& ns : found.authorities) ... ns.name, ns.addresses
class IterativeResolver {
public:
    using Exchange
        = std::function<TransportResult(const QByteArray& query, const ServerEndpoint& server, const QueryOptions&)>;

    explicit IterativeResolver(ResolverConfig config = {}, Exchange exchange = {});

    // The zone's parent, the parent's delegation and the zone's authorities (names and
    // addresses). Error NotDelegated when the zone is no zone cut.
    ZoneAuthorities findAuthorities(const DnsName& zone);
    // NAME/TYPE with CNAMEs followed. On an error the CNAMEs followed before it are kept (a
    // loop's or an overlong chain's links, for the report).
    Resolution resolve(const DnsName& name, quint16 type);
    // Polled before every query and every 50 ms during one; true ends the call with
    // ResolveError::Cancelled.
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    // Called after every query with the count so far (of ResolverConfig::maxQueries at most)
    // and its trace line, for progress displays.
    void setProgress(std::function<void(int queries, const QString& step)> progress)
    {
        m_progress = std::move(progress);
    }

    // The server to ask for an address: settings' port, or a root's own port.
    ServerEndpoint endpoint(const QString& address) const;
    const ResolverConfig& config() const { return m_config; }

private:
    // A zone cut as iteration found it.
    struct Cut {
        DnsName zone;
        DnsName parent;
        QList<NameServer> servers; // addresses: glue, completed by resolution when needed
        ServerEndpoint referralFrom;
        QList<NameServer> delegation; // the referral as received (glue only)
    };
    struct Reply {
        DnsMessage message;
        ServerEndpoint server;
    };
    struct Step {
        enum class Kind { Answer, Delegation } kind = Kind::Answer;
        Reply reply;
        DnsName cut; // the zone whose server gave the reply, or the delegated zone
    };
    struct Failure { // thrown inside a call, turned into ResolveError at the public boundary
        ResolveError error;
    };

    void beginCall();
    [[noreturn]] void fail(ResolveError::Kind kind, const QString& message) const;
    const Cut& closestCut(const DnsName& name) const;
    Step lookup(const DnsName& name, quint16 type, int nesting, const DnsName* stopAt);
    Reply ask(const DnsName& zone, const DnsName& name, quint16 type, int nesting);
    std::optional<Reply> askServer(
        const ServerEndpoint& server, const DnsName& zone, const DnsName& name, quint16 type);
    Cut referral(const DnsName& owner, const Reply& reply, const Cut& parent) const;
    QStringList hostAddresses(const DnsName& host, int nesting);
    void follow(Resolution& resolution, int nesting);
    void completeAuthorities(ZoneAuthorities& found);
    bool usable(const QString& address) const;
    void trace(const QString& line);
    TransportResult exchangeCancellable(
        const QByteArray& query, const ServerEndpoint& server, const QueryOptions& options) const;

    ResolverConfig m_config;
    Exchange m_exchange;
    std::function<bool()> m_cancelled;
    std::function<void(int, const QString&)> m_progress;
    QHash<DnsName, Cut> m_cuts; // the root cut always present
    QHash<QString, quint16> m_rootPorts; // explicit roots keep their port
    QSet<QString> m_unresponsive; // addresses that timed out or refused: tried last
    QSet<QString> m_inProgress; // host names being resolved (dependency loop detection)
    QStringList m_trace;
    int m_queries = 0;
    quint16 m_nextId = 1;
};

} // namespace nameplan
