// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace nameplan {

// Why a query produced no response bytes. A DNS error rcode (REFUSED, SERVFAIL, NXDOMAIN)
// is not a transport error: its response arrives with error None.
enum class TransportError {
    None,
    Timeout, // every attempt went unanswered
    ConnectionRefused, // ICMP port unreachable over UDP, or a refused/reset TCP connection
    Malformed, // bytes arrived but are not a DNS message (shorter than the 12-byte header)
    BadQuery, // the query bytes were rejected before sending (shorter than a header, over 64 KiB)
    BadServer, // the server address could not be given to c-ares
    Cancelled, // cancel() or cancelAll() before an answer
    DeadlineExceeded, // BlockingExchange's hard deadline passed
    ResourceFailure, // out of memory, no socket
    Other, // any other c-ares status; detail carries its text
};

// The stable English name of an error ("timeout"), for logs, JSON and tests.
QString transportErrorName(TransportError error);

// One observation: what a server said (or why it said nothing), over what, when.
struct TransportResult {
    quint64 queryId = 0; // DnsTransport::send()'s handle
    ServerEndpoint server;
    TransportError error = TransportError::None;
    QString detail; // the c-ares message for Other, otherwise empty
    QByteArray response; // the whole DNS message as received, empty on error
    bool overTcp = false; // TCP carried the final answer (or the last attempt)
    bool truncatedOverUdp = false; // a UDP answer with TC arrived first (then TCP was asked)
    std::chrono::microseconds latency { 0 }; // from sending to the answer or the error
    QDateTime observedAt; // UTC wall clock when the answer or error arrived

    // A result without response bytes, observed now.
    static TransportResult failure(
        quint64 queryId, const ServerEndpoint& server, TransportError error, const QString& detail = QString());

    bool ok() const { return error == TransportError::None; }
    // "127.0.0.5:53 udp 812 us 120 bytes" or "127.0.0.5:53 tcp timeout": for logs and tests.
    QString summary() const;
};

} // namespace nameplan

Q_DECLARE_METATYPE(nameplan::TransportResult)
