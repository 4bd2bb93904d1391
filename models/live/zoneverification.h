// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "resourcerecord.h"
#include "serverendpoint.h"
#include "zoneverifier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace nameplan {

class VerifyProgress;

// One whole-zone verification from its source to its evidence (issue 5 item 4), shared by
// `nameplan verify-zone` and the workbench's Verify Zone dialog so that both read the same
// inputs, say the same errors and write the same JSON.
class ZoneVerification {
public:
    // Where the zone comes from: a zone file, or a server's copy by AXFR.
    struct Source {
        DnsName origin;
        QString file;
        std::optional<ServerEndpoint> axfr;
        std::chrono::milliseconds timeout { 5000 }; // AXFR: the longest silence accepted
    };

    struct Outcome {
        QString error; // the zone could not be had whole ("file:line: what", "AXFR failed: ..."): nothing judged
        ZoneVerifier::Result result;
        qint64 signatures = 0; // RRSIG records in the zone
        qint64 millis = 0; // reading or transfer included
        bool ok() const { return error.isEmpty(); }
    };

    // "example.com" and "example.com." both name the absolute zone; nullopt when not a name.
    static std::optional<DnsName> parseOrigin(const QString& text);

    // Reads or transfers the zone, then verifies it with options (whose origin is the
    // source's). Blocks: call it from a worker thread in a GUI. Cancel through progress stops
    // a transfer at its next message (a silent server: within the source's timeout) and the
    // verification within one chunk of RRsets (ZoneVerifier).
    static Outcome run(const Source& source, ZoneVerifier::Options options, VerifyProgress& progress);

    // The document `nameplan verify-zone --json` writes: zone, verified, verdict, keys,
    // anchored, denial, rrsets, secureRrsets, problemCount, problems, now, milliseconds, file
    // or axfr, validUntil (public contract: keep the names).
    static QJsonObject toJson(const Source& source, const ZoneVerifier::Result& result, qint64 now, qint64 millis);

private:
    static std::optional<QList<ResourceRecord>> load(
        const Source& source, const VerifyProgress& progress, QString& error);
};

} // namespace nameplan
