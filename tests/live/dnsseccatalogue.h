// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testlab.h"
#include "unboundresolver.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nameplan {

// The broken-zone catalogue of issue 5 item 6, served by real servers: one small zone per
// entry, "<label>.cat.test.", signed at test time (every algorithm the Debian signers make,
// NSEC and NSEC3) and, for the broken entries, broken after signing or through its anchor.
// One NSD and one Knot serve every zone (ns1, ns2), each on its own 127.0.0.x. The anchor
// file holds an anchor (mostly the DS) for every zone's KSK as the zone serves it, in the form
// `--anchor` takes.
class DnssecCatalogue {
public:
    enum class ZoneFault {
        None,
        TamperedAnswer, // www A changed after signing
        AnswerRrsigTagMatchesNoKey, // the key tag of www A's RRSIG names no DNSKEY
        DnskeySignedByZskOnly, // the KSK's RRSIG over the DNSKEY set removed
        AnswerRrsigMissing, // www A served without its RRSIG
        // The DNSKEY set's RRSIGs from a signing that expired yesterday, the rest current: an
        // offline KSK not brought back in time (BIND signer, same keys).
        DnskeyRrsigsExpired,
        AnswerRrsigsExpired, // www A's RRSIG from that expired signing, the rest current
        StaleAnswerRrsig, // next to www A's RRSIG, a copy naming no key (left by a rollover)
        PrivateAlgorithm, // every DNSKEY and RRSIG of algorithm 253 (PRIVATEDNS, RFC 4034 A.1)
        AnswerRrsigPrivateAlgorithm, // only www A's RRSIG relabelled 253: a downgrade attempt
        Unsigned, // the zone served without any DNSSEC record, the anchor still the signed one's
        // KeyTrap (CVE-2023-50387, CVE-2023-50868) floods against ValidatorConfig's budgets:
        RrsigFlood, // www A's RRSIG after 20 current-looking copies that fail (maxRrsigsPerRrset 8)
        // Signed (RSA, BIND) with 8 DNSKEYs forged to share the ZSK's tag and algorithm, sorting
        // before it (maxKeysPerSignature 4): a validly signed zone with key-tag collisions.
        KeyTagCollisions,
        DnskeyFlood, // signed with 40 forged DNSKEYs beside its own two (maxDnskeys 32)
    };
    // What the anchor file holds for the zone: the served KSK's DS or the KSK itself.
    enum class Anchor {
        DsSha256,
        DsSha1,
        DsSha384,
        Dnskey,
        DsRollover, // a SHA-256 DS naming no key (the old KSK's) and the current KSK's
        DsDigestMatchesNoKey, // SHA-256 DS whose digest's last hex digit is changed
        DsUnsupportedDigest, // SHA-256 DS relabelled digest type 3 (GOST R 34.11-94, RFC 5933)
        DsSha1Downgrade, // the KSK's SHA-1 DS next to a SHA-256 DS whose digest matches no key
    };

    // One entry and what a validator must say about www.<zone> A.
    struct Entry {
        QString label;
        ZoneSigner::Spec spec;
        ZoneFault zoneFault = ZoneFault::None;
        Anchor anchor = Anchor::DsSha256;
        QString expected; // Nameplan's verdict: "secure", "insecure", "bogus" or "indeterminate"
        int ede = -1; // the RFC 8914 INFO-CODE Nameplan gives, -1 for none
        QString delv; // delv's verdict: `expected` unless docs/dnssec.md explains the difference
        // The records answering www.<zone> A: owner, type, RDATA as the zone file has them.
        // Three A records out of canonical order unless the entry needs another shape.
        QList<QStringList> records = { { QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("198.51.100.7") },
            { QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10") },
            { QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.9") } };

        bool floodsABudget() const
        {
            return zoneFault == ZoneFault::RrsigFlood || zoneFault == ZoneFault::KeyTagCollisions
                || zoneFault == ZoneFault::DnskeyFlood;
        }
    };

    // The catalogue, in the order of docs/dnssec.md.
    static QList<Entry> entries();
    static QString zone(const Entry& entry) { return entry.label + QStringLiteral(".cat.test."); }

    // Signs and breaks every zone, starts the servers, writes the anchors; false with *error.
    bool start(QString* error);

    QList<LabServer*> servers() const { return { m_nsd, m_knot }; }
    // A validating Unbound per server, with every anchor and a stub to that server for the
    // zones whose entry floodsABudget(): the second reference for those.
    UnboundResolver* resolverFor(int server) const { return m_resolvers.at(server); }
    // Every zone's anchor, for `nameplan check --anchor`.
    QString anchorFile() const { return m_anchorFile; }
    // The entry's anchor as delv's trust-anchors clause.
    QString delvAnchorFile(const Entry& entry) const;
    // The zone file the servers load for the entry, for `nameplan verify-zone --file`.
    QString servedFile(const Entry& entry) const { return m_served.value(entry.label); }

private:
    struct Files {
        QString signedZone; // as the signer wrote it
        QString served; // what the servers load: the signed zone broken as the entry says
    };
    Files prepare(const Entry& entry, QString* error);
    // KeyTagCollisions, DnskeyFlood: the zone in file signed again with the keys in keys, forged
    // DNSKEYs added (the tag of the first key signedFile holds without the SEP flag); the file
    // the servers load, empty with *error on failure.
    QString signWithForgedKeys(
        const Entry& entry, const QString& file, const QString& signedFile, const QString& keys, QString* error) const;
    // For the faults that need it, the zone in file signed again with the keys in keys over a
    // window that ended yesterday; empty for the others, nullopt with *error on failure.
    std::optional<QList<ResourceRecord>> expiredCopy(
        const Entry& entry, const QString& file, const QString& keys, QString* error) const;
    // The anchor record for the zone's KSK in keyFile (a zone file holding it).
    QString anchor(const Entry& entry, const QString& keyFile, QString* error) const;
    // The fields of the DS dnssec-dsfromkey makes for that KSK and digest ("SHA-256"); empty on failure.
    QStringList dsFields(const Entry& entry, const QString& keyFile, const QString& digest, QString* error) const;
    // expiredCopy: the same zone signed by the same keys over a window that ended yesterday.
    static bool applyZoneFault(ZoneFault fault, QList<ResourceRecord>& records, const DnsName& origin,
        const QList<ResourceRecord>& expiredCopy);

    TestLab m_lab;
    LabServer* m_nsd = nullptr;
    LabServer* m_knot = nullptr;
    QList<UnboundResolver*> m_resolvers;
    QString m_anchorFile;
    QHash<QString, QString> m_served; // entry label -> served zone file
};

} // namespace nameplan
