// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "dnsnameindex.h"
#include "resourcerecord.h"
#include "rrset.h"

#include <QByteArray>
#include <QList>

#include <span>
#include <vector>

namespace nameplan {

// A whole zone indexed for verification: RRsets by owner, the RRSIGs at each owner, and the
// zone cuts (RFC 1034 §4.2.1). Built once, then read by several threads at a time.
class ZoneContents {
public:
    struct Name {
        DnsName owner;
        QList<int> sets; // indices into sets(), RRSIG excluded
        QList<QByteArray> rrsigs; // every RRSIG RDATA at this owner
        bool delegation = false; // NS at a name other than the apex: a zone cut
        bool belowCut = false; // glue or occluded data: not authoritative, not signed
    };

    // Contract: records outside origin are counted in outOfZone() and otherwise ignored. With
    // threads > 1 the records are cut into up to that many runs of whole owners, at least
    // minRecordsPerRun long, indexed at once; when an owner turns up in two runs (records not
    // grouped by owner) the runs are merged in one go. The result is the same either way.
    // The records' owners and RDATA are moved into the index, not shared with the caller's list
    // (hand it over with std::move): sharing costs an atomic count on each of them, scattered
    // over the heap, when it is made and again when the list is freed.
    static constexpr qsizetype defaultMinRecordsPerRun = 50000; // below it a thread costs more than it saves
    ZoneContents(const DnsName& origin, QList<ResourceRecord> records, int threads = 1,
        qsizetype minRecordsPerRun = defaultMinRecordsPerRun);
    ZoneContents(ZoneContents&&) = default;
    ZoneContents& operator=(ZoneContents&&) = default;
    // A large index is freed in the background.
    ~ZoneContents();

    const DnsName& origin() const { return m_origin; }
    const QList<RrSet>& sets() const { return m_sets; }
    const QList<Name>& names() const { return m_names; }
    qsizetype outOfZone() const { return m_outOfZone; }
    // The entry for owner, or nullptr.
    const Name* find(const DnsName& owner) const;
    // The entry of the owner of sets().at(setIndex).
    const Name& nameOf(int setIndex) const;
    // Asks the processor to fetch what checking sets().at(setIndex) reads (the set, its owner,
    // its RDATA, the RRSIGs at the owner) ahead of use: after indexing that data is cold and
    // scattered on the heap, and a whole-zone check that fetches the next set's data while it
    // verifies a signature hides those cache misses behind the arithmetic.
    void prefetch(int setIndex) const;
    // The set of this type at owner, or nullptr.
    const RrSet* set(const DnsName& owner, std::uint16_t type) const;
    // The same for an entry at hand: a scan of its few sets, no look-up of its owner (for
    // whole-zone checks that visit every name).
    const RrSet* set(const Name& name, std::uint16_t type) const;
    // RFC 4035 §2.2: the RRsets a signed zone signs: everything authoritative; at a delegation
    // only DS and NSEC (the NS set and glue belong to the child). Indices into sets().
    QList<int> signedSets() const;
    // RFC 4035 §2.3: the owners that have authoritative data (delegations included), in
    // canonical order (RFC 4034 §6.1).
    QList<const Name*> authoritativeNames() const;
    // The types an NSEC/NSEC3 bitmap at this name must list (RFC 4034 §4.1.2, RFC 5155 §3.2):
    // the authoritative RRset types (at a delegation: NS and DS), RRSIG if any RRSIG is there,
    // plus extraType (NSEC, or 0 for NSEC3 whose own type sits at the hashed name). Sorted.
    QList<std::uint16_t> expectedTypes(const Name& name, std::uint16_t extraType) const;

private:
    // One run of the records indexed on its own: names() and sets() as above, the index local.
    struct Part {
        QList<RrSet> sets;
        QList<Name> names;
        QList<int> nameOfSet; // per set, its owner's index in names
        DnsNameIndex index;
        qsizetype outOfZone = 0;
        // Each owner met after the one before in canonical order (RFC 4034 §6.1), as signers
        // write zones: then no owner comes back, and nothing needs sorting.
        bool canonical = true;

        void read(const DnsName& origin, std::span<ResourceRecord> records, qsizetype capacity);
        // Everything in parts, in their order, as if their records had been read in one go.
        void merge(const DnsName& origin, std::vector<Part>&& parts);
        // The index in names of owner's entry, made if new.
        int entry(const DnsName& owner);
        // Adds a record to the entry at nameIndex. Taken by value, so that what the index does
        // not keep of the caller's record is released here, while it is still in the cache.
        void add(const DnsName& origin, int nameIndex, ResourceRecord record);
    };
    // An index of some parts' owners: the positions in m_names start at offset.
    struct Shard {
        DnsNameIndex index;
        int offset = 0;
    };

    static std::vector<Part> readInParts(const DnsName& origin, QList<ResourceRecord>& records, int threads);
    // Appends part; false (and nothing appended) when one of its owners is already here.
    bool absorb(Part&& part);
    // Replaces what is here by it and parts[first...] merged into one part: owners that turn up
    // in several parts.
    void mergeFrom(std::vector<Part>&& parts, size_t first);
    void markCuts();

    DnsName m_origin;
    QList<RrSet> m_sets;
    QList<Name> m_names;
    QList<int> m_nameOfSet; // per set, its owner's index in m_names
    std::vector<Shard> m_shards; // every owner is in exactly one
    qsizetype m_outOfZone = 0;
    bool m_canonical = true; // names() in canonical order
};

} // namespace nameplan
