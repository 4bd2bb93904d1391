// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testlab.h"

#include <QHash>

#include <functional>
#include <optional>

namespace nameplan {

// The lab of the denial-of-existence tests (tst_livedenial), zones signed at test time:
// - nsec.test. (NSEC): a healthy NSD, a Knot serving the zone with every NSEC stripped, an NSD
//   serving it with the NSEC RRSIGs removed, and an NSD whose copy lacks the name "bb" with its
//   NSEC, so that it answers for wrongSpanName() with an NSEC that ends before the name, and an
//   NSD whose copy lacks the MX at "a" while the NSEC there still lists MX;
// - nsec3.test. (NSEC3, salt, opt-out): a healthy Knot, an NSD whose copy lacks one name with
//   its NSEC3, leaving a hole in the chain where nsec3GapName() hashes to, and an NSD serving it
//   with every NSEC3 stripped; an unsigned delegation insecure.nsec3.test. served by a child NSD;
//   a wildcard;
// - iterations.test. (NSEC3 with 200 iterations, above the RFC 9276 limit): one NSD;
// - parent.test. (NSEC) delegating to the signed child.parent.test. (its own keys, served by an
//   NSD) with a DS: a healthy Knot, and NSDs whose copy has the DS tampered after signing, the DS
//   without its RRSIG, and the DS with an expired RRSIG (the same keys, an older window).
// The broken denial copies are the signed zone with lines taken out, so every record left keeps
// a valid signature: only the proof is wrong. Only 127.0.0.0/8.
class DenialLab {
public:
    struct Zone {
        QString origin;
        QList<LabServer*> authorities; // the healthy server first
    };

    // Signs the zones, writes the broken copies, starts every server and writes the anchors
    // (nameplan's DS file and delv's trust-anchors clause); false with *error on failure.
    bool start(QString* error);

    const Zone& nsec() const { return m_nsec; }
    const Zone& nsec3() const { return m_nsec3; }
    const Zone& iterations() const { return m_iterations; }
    const Zone& signedDelegation() const { return m_parent; }
    QString signedChildOrigin() const { return QStringLiteral("child.") + m_parent.origin; }
    LabServer* child() const { return m_child; }
    // The validating Unbound whose stub for nsec3.test. or parent.test. is that authority (and
    // the child's server's for its delegation): the reference for referrals, which delv cannot
    // follow.
    UnboundResolver* resolverFor(const LabServer* authority) const { return m_resolvers.value(authority); }
    QString anchorFile() const { return m_anchorFile; }
    QString delvAnchorFile() const { return m_delvAnchorFile; }
    QString wrongSpanName() const { return QStringLiteral("bc.nsec.test."); }
    QString nsec3GapName() const { return m_nsec3GapName; }
    TestLab& lab() { return m_lab; }

private:
    using LineFilter = std::function<bool(const QStringList& fields)>;
    // Serves on server the signed zone one record per line (ldns-read-zone), without the lines
    // drop() matches, from a file named after the server.
    bool serveWithout(LabServer* server, const QString& origin, const QString& signedFile, const LineFilter& drop,
        QString* error) const;
    // Writes and signs zone (keys of its own), adds its DS to the anchors; the signed file, or
    // empty with *error.
    QString signZone(const ZoneFile& zone, const ZoneSigner::Spec& spec, QString* error);
    // The unsigned zone's file name in the lab directory, and where its keys are.
    static QString unsignedName(const QString& origin);
    QString keyDirectory(const QString& origin) const;
    bool signNsec(QString* error);
    bool signNsec3(QString* error);
    bool signIterations(QString* error);
    bool signDelegation(QString* error);
    // Signs and serves childOrigin on childServer (keys of its own); its DS RDATA, or empty.
    QString signChild(const QString& childOrigin, LabServer* childServer, QString* error);
    // The zone signZone() signed, signed again by its keys over a window that ended yesterday.
    std::optional<QList<ResourceRecord>> expiredCopy(const QString& origin, QString* error) const;
    using RecordEdit = std::function<bool(QList<ResourceRecord>& records)>;
    // Serves on server the signed zone after edit() broke it (false from edit is an error).
    bool serveEdited(LabServer* server, const QString& origin, const QString& signedFile, const RecordEdit& edit,
        QString* error) const;
    // A validating Unbound for authority: stubs origin to it and stubChild to childServer.
    void addResolver(LabServer* authority, const QString& origin, const QString& stubChild, LabServer* childServer);
    // Serves on server the signed zone without "gone" and its NSEC3, and finds a name hashing
    // into the hole that leaves in the chain.
    bool punchNsec3Hole(LabServer* server, const QString& signedFile, QString* error);
    bool writeText(const QString& fileName, const QString& text) const;

    TestLab m_lab;
    Zone m_nsec;
    Zone m_nsec3;
    Zone m_iterations;
    Zone m_parent;
    LabServer* m_child = nullptr;
    LabServer* m_signedChild = nullptr;
    QHash<const LabServer*, UnboundResolver*> m_resolvers;
    QString m_dsRecords;
    QString m_anchorFile;
    QString m_delvAnchorFile;
    QString m_nsec3GapName;
};

} // namespace nameplan
