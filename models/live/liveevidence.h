// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsquestion.h"
#include "transportresult.h"

#include <QJsonObject>
#include <QString>

namespace nameplan {

// The raw observation a finding was judged on: which server was asked what, when, over what,
// and what came back (or why nothing did). Kept as data so that the JSON, the GUI table and
// the PDF report show the same evidence and a later run can re-judge it.
struct LiveEvidence {
    ServerEndpoint server;
    DnsQuestion question;
    bool ednsSent = true; // the query carried an OPT record (RFC 6891)
    TransportResult result; // bytes, latency, transport, UTC time, transport error

    // "example.test. SOA"
    QString questionText() const;
    // "udp" or "tcp" (the transport that carried the final answer or the last attempt).
    QString transportName() const { return result.overTcp ? QStringLiteral("tcp") : QStringLiteral("udp"); }
    // The response in one line: "NOERROR aa qr 1/7/0 edns" or the transport error name.
    QString responseSummary() const;
    // Every field, with the response bytes in base64 so that it can be parsed again.
    QJsonObject toJson() const;
};

} // namespace nameplan
