// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "resourcerecord.h"
#include "serverendpoint.h"
#include "tcpmessagestream.h"

#include <QList>
#include <QString>

#include <functional>

namespace nameplan {

// A whole zone from one exact server by AXFR (RFC 5936) over TCP: the records between the
// opening SOA and the closing SOA, checked as they arrive. Anything short of a complete
// transfer is an error that says why (the server's RCODE such as REFUSED or NOTAUTH, a
// stream that ends before the closing SOA, a malformed message, a timeout, a bound hit), so
// a verification never runs on half a zone.
class AxfrClient {
public:
    struct Limits {
        TcpMessageStream::Limits stream;
        qsizetype maxRecords = 10000000;
    };

    struct Result {
        QList<ResourceRecord> records; // the zone, its SOA once (the closing copy is dropped)
        QString error; // empty when the transfer is complete
        int messages = 0;
        qint64 bytes = 0;
        bool ok() const { return error.isEmpty(); }
    };

    // canceled, when given, is asked before each message is taken: true ends the transfer
    // there with an error (a silent server still holds it for up to the idle timeout).
    static Result transfer(const DnsName& zone, const ServerEndpoint& server, const Limits& limits,
        const std::function<bool()>& canceled = {});
};

} // namespace nameplan
