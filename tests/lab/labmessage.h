// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace nameplan {

struct ServerEndpoint;

// The few DNS message bytes the lab and the transport tests need, built and read by hand so
// that they depend on nothing under test (the real codec lives in models/dns).
//
// Header layout (RFC 1035 §4.1.1), 12 bytes:
//   ID(16) | QR OPCODE(4) AA TC RD | RA Z AD CD RCODE(4) | QDCOUNT | ANCOUNT | NSCOUNT | ARCOUNT
class LabMessage {
public:
    enum Type : quint16 { A = 1, NS = 2, SOA = 6, TXT = 16, AAAA = 28, DNSKEY = 48, AXFR = 252 };
    enum Rcode : int { NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5 };

    // A query for NAME (absolute, trailing dot optional) TYPE IN, with an OPT record
    // (RFC 6891 §6.1.2) advertising ednsSize when ednsSize > 0, DO set when dnssecOk.
    static QByteArray query(const QString& name, quint16 type, quint16 id, quint16 ednsSize = 1232,
        bool dnssecOk = false, bool recursionDesired = false);

    // Header readers; -1 (or false) when the bytes are shorter than a header.
    static int id(const QByteArray& message);
    static int rcode(const QByteArray& message);
    static int answerCount(const QByteArray& message);
    static bool isResponse(const QByteArray& message);
    static bool isAuthoritative(const QByteArray& message);
    static bool isTruncated(const QByteArray& message);
    // The serial of the first SOA in the answer section (RFC 1035 §3.3.13), if any.
    static std::optional<quint32> soaSerial(const QByteArray& message);

    // One UDP exchange with plain sockets and a bounded poll: the lab's readiness probe. The
    // first datagram from the server whose ID matches is returned.
    static std::optional<QByteArray> exchangeUdp(
        const ServerEndpoint& server, const QByteArray& query, std::chrono::milliseconds timeout);
};

} // namespace nameplan
