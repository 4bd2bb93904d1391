// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"
#include "trustanchorset.h"
#include "validatorconfig.h"
#include "verdict.h"
#include "zonecontents.h"

#include <QList>
#include <QString>

#include <optional>

namespace nameplan {

class VerifyProgress;

// Whole-zone verification (issue 5 item 4): every RRSIG of every signed RRset and the
// NSEC/NSEC3 chain of one zone, the RRsets split over several threads with each DNSKEY
// imported into OpenSSL once. The same engine serves zone files and, later, AXFR copies.
class ZoneVerifier {
public:
    struct Options {
        DnsName origin;
        // With anchors, the apex DNSKEY RRset must be vouched for by a DS or DNSKEY anchored at
        // the origin; without, the zone's own keys are taken as given (as ldns-verify-zone does
        // without -k) and the result says so (anchored = false).
        std::optional<TrustAnchorSet> anchors;
        qint64 now = 0; // seconds since the epoch
        ValidatorConfig config;
        int threads = 2;
        // Zones of at least twice this many records are also indexed on several threads
        // (ZoneContents); tests lower it to reach that path with small zones.
        qsizetype splitRecords = ZoneContents::defaultMinRecordsPerRun;
        int maxProblems = 1000; // problems kept in the result; the count is always exact
    };

    struct Result {
        Verdict overall; // secure only when the keys, every RRset and the chain are
        Verdict keys; // the apex DNSKEY RRset, against the anchor when there is one
        bool anchored = false;
        QString denial; // "nsec", "nsec3" or "none"
        qint64 rrsets = 0; // signed RRsets checked
        qint64 secureRrsets = 0;
        qint64 problemCount = 0;
        QList<Verdict> problems; // in canonical owner order, at most Options::maxProblems
        std::optional<qint64> validUntil; // earliest expiration among the signatures that held
        qint64 outOfZone = 0; // records outside the origin, ignored
        bool verified() const { return overall.isSecure(); }
    };

    // Contract: records are the zone's records as read (RRSIGs included); their contents move
    // into the index (ZoneContents), so hand them over with std::move unless they are needed
    // after, which costs a copy. progress reports RRsets done out of the total from several threads and is polled
    // for cancellation, which ends the run with an indeterminate "canceled" verdict.
    static Result verify(QList<ResourceRecord> records, const Options& options, VerifyProgress& progress);
};

} // namespace nameplan
