// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecontents.h"

#include <algorithm>
#include <iterator>
#include <system_error>
#include <thread>

namespace nameplan {

namespace {
// Where the runs after the first start: at each even share of the records, moved on past the
// records of the owner found there so that no owner's adjacent records are cut apart.
QList<qsizetype> runStarts(const QList<ResourceRecord>& records, int runs)
{
    QList<qsizetype> starts { 0 };
    for (int i = 1; i < runs; ++i) {
        qsizetype at = std::max(records.size() * i / runs, starts.last() + 1);
        while (at < records.size() && records.at(at).owner == records.at(at - 1).owner)
            ++at;
        if (at >= records.size())
            break;
        starts.append(at);
    }
    return starts;
}
} // namespace

ZoneContents::ZoneContents(
    const DnsName& origin, QList<ResourceRecord> records, int threads, qsizetype minRecordsPerRun)
    : m_origin(origin)
{
    const qsizetype runs = records.size() / std::max<qsizetype>(1, minRecordsPerRun);
    std::vector<Part> parts = readInParts(origin, records, int(std::clamp<qsizetype>(runs, 1, std::max(1, threads))));
    for (size_t i = 0; i < parts.size(); ++i) {
        if (!absorb(std::move(parts[i]))) {
            mergeFrom(std::move(parts), i);
            break;
        }
    }
    markCuts();
}

ZoneContents::~ZoneContents()
{
    // A large index is a million heap blocks, tens of milliseconds to free: that is done on a
    // thread of its own, so the caller goes on at once and a command that exits next does not
    // wait for it (the process ending frees it all at once). A small one is freed here at once:
    // a thread would cost more than it saves.
    if (m_names.size() < defaultMinRecordsPerRun)
        return;
    try {
        std::thread([names = std::move(m_names), sets = std::move(m_sets), nameOfSet = std::move(m_nameOfSet),
                        shards = std::move(m_shards)] {
        }).detach();
    } catch (const std::system_error&) {
        // No thread to spare: the lambda, and with it the index, has been freed here instead.
    }
}

std::vector<ZoneContents::Part> ZoneContents::readInParts(
    const DnsName& origin, QList<ResourceRecord>& records, int threads)
{
    const QList<qsizetype> starts = runStarts(records, threads);
    ResourceRecord* const all = records.data(); // detached here, before the threads share it
    std::vector<Part> parts(size_t(starts.size()));
    const auto run = [&](qsizetype i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : records.size();
        // The first part becomes the whole index, so it has room for all of it.
        const qsizetype capacity = (i == 0 ? records.size() : end - starts.at(i)) / 2;
        parts[size_t(i)].read(origin, std::span(all + starts.at(i), size_t(end - starts.at(i))), capacity);
    };
    std::vector<std::thread> helpers;
    for (qsizetype i = 1; i < starts.size(); ++i)
        helpers.emplace_back(run, i);
    run(0);
    for (std::thread& helper : helpers)
        helper.join();
    return parts;
}

void ZoneContents::Part::read(const DnsName& origin, std::span<ResourceRecord> records, qsizetype capacity)
{
    // Records of one owner usually follow each other (zone files and transfers are written by
    // owner), so an owner is looked up only where it changes, and its few sets by a scan.
    index = DnsNameIndex(qsizetype(records.size()) / 2);
    names.reserve(capacity);
    sets.reserve(capacity);
    nameOfSet.reserve(capacity);
    int current = -1;
    for (ResourceRecord& record : records) {
        if (current < 0 || !(names.at(current).owner == record.owner)) {
            current = record.owner.isSubdomainOf(origin) ? entry(record.owner) : -1;
            if (current < 0) {
                ++outOfZone;
                continue;
            }
        }
        add(origin, current, std::move(record));
    }
}

void ZoneContents::Part::merge(const DnsName& origin, std::vector<Part>&& parts)
{
    // Each part's sets and RRSIGs are fed to add() again, part after part: the same owners,
    // sets, RDATA order, lowest TTLs and dropped duplicates as records read in one go.
    qsizetype capacity = 0;
    for (const Part& part : parts)
        capacity += part.names.size();
    index = DnsNameIndex(capacity);
    for (Part& part : parts) {
        outOfZone += part.outOfZone;
        for (Name& name : part.names) {
            const int at = entry(name.owner);
            for (QByteArray& rrsig : name.rrsigs)
                add(origin, at, ResourceRecord { name.owner, rrtype::RRSIG, rrclass::IN, 0, std::move(rrsig) });
            for (int i : std::as_const(name.sets)) {
                RrSet& set = part.sets[i];
                for (QByteArray& rdata : set.rdatas)
                    add(origin, at, ResourceRecord { set.owner, set.type, set.rrClass, set.ttl, std::move(rdata) });
            }
        }
    }
}

int ZoneContents::Part::entry(const DnsName& owner)
{
    const int at
        = index.insert(owner, int(names.size()), [this](int i) -> const DnsName& { return names.at(i).owner; });
    if (at == names.size()) {
        canonical = canonical && (names.isEmpty() || DnsName::canonicalLess(names.last().owner, owner));
        names.append(Name { owner, {}, {}, false, false });
    } else {
        canonical = false; // an owner met again
    }
    return at;
}

void ZoneContents::Part::add(const DnsName& origin, int nameIndex, ResourceRecord record)
{
    // As RrSet::group: one set per owner, type and class, the lowest TTL, no duplicate RDATA.
    Name& name = names[nameIndex];
    if (record.type == rrtype::RRSIG) {
        if (!name.rrsigs.contains(record.rdata))
            name.rrsigs.append(std::move(record.rdata));
        return;
    }
    for (int i : std::as_const(name.sets)) {
        RrSet& set = sets[i];
        if (set.type == record.type && set.rrClass == record.rrClass) {
            set.ttl = std::min(set.ttl, record.ttl);
            if (!set.rdatas.contains(record.rdata))
                set.rdatas.append(std::move(record.rdata));
            return;
        }
    }
    if (record.type == rrtype::NS && !(record.owner == origin))
        name.delegation = true;
    name.sets.append(int(sets.size()));
    RrSet& set = sets.emplaceBack(RrSet { std::move(record.owner), record.type, record.rrClass, record.ttl, {} });
    set.rdatas.append(std::move(record.rdata));
    nameOfSet.append(nameIndex);
}

bool ZoneContents::absorb(Part&& part)
{
    if (m_shards.empty()) { // the first part is taken over as it is, without a copy
        m_names = std::move(part.names);
        m_sets = std::move(part.sets);
        m_nameOfSet = std::move(part.nameOfSet);
        m_shards.push_back(Shard { std::move(part.index), 0 });
        m_outOfZone = part.outOfZone;
        m_canonical = part.canonical;
        return true;
    }
    // Runs in canonical order, the second after the first, cannot share an owner.
    const bool follows = m_canonical && part.canonical
        && (m_names.isEmpty() || part.names.isEmpty()
            || DnsName::canonicalLess(m_names.last().owner, part.names.first().owner));
    if (!follows) {
        for (const Name& name : std::as_const(part.names)) {
            if (find(name.owner))
                return false;
        }
    }
    m_canonical = follows;
    const int nameOffset = int(m_names.size());
    const int setOffset = int(m_sets.size());
    for (Name& name : part.names) {
        for (int& set : name.sets)
            set += setOffset;
    }
    for (int& name : part.nameOfSet)
        name += nameOffset;
    m_names.append(std::move(part.names));
    m_sets.append(std::move(part.sets));
    m_nameOfSet.append(std::move(part.nameOfSet));
    m_shards.push_back(Shard { std::move(part.index), nameOffset });
    m_outOfZone += part.outOfZone;
    return true;
}

void ZoneContents::mergeFrom(std::vector<Part>&& parts, size_t first)
{
    // What is here already was absorbed as one part; it comes first.
    std::vector<Part> rest(1);
    rest.front().names = std::move(m_names);
    rest.front().sets = std::move(m_sets);
    rest.front().outOfZone = m_outOfZone;
    std::move(parts.begin() + qsizetype(first), parts.end(), std::back_inserter(rest));
    Part whole;
    whole.merge(m_origin, std::move(rest));
    m_shards.clear();
    absorb(std::move(whole));
}

void ZoneContents::markCuts()
{
    // A name is below a cut when a proper ancestor (below the apex) is a delegation.
    if (std::none_of(m_names.cbegin(), m_names.cend(), [](const Name& name) { return name.delegation; }))
        return;
    for (Name& name : m_names) {
        for (DnsName up = name.owner.parent(); up.labelCount() > m_origin.labelCount(); up = up.parent()) {
            const Name* above = find(up);
            if (above && above->delegation) {
                name.belowCut = true;
                break;
            }
        }
    }
}

const ZoneContents::Name* ZoneContents::find(const DnsName& owner) const
{
    for (const Shard& shard : m_shards) {
        const int at
            = shard.index.position(owner, [&](int i) -> const DnsName& { return m_names.at(shard.offset + i).owner; });
        if (at >= 0)
            return &m_names.at(shard.offset + at);
    }
    return nullptr;
}

void ZoneContents::prefetch(int setIndex) const
{
    const auto fetch = [](QByteArrayView octets) {
        for (qsizetype at = 0; at < octets.size(); at += 64)
            __builtin_prefetch(octets.constData() + at);
    };
    const RrSet& set = m_sets.at(setIndex);
    fetch(set.owner.wire());
    for (const QByteArray& rdata : set.rdatas)
        fetch(rdata);
    for (const QByteArray& rrsig : nameOf(setIndex).rrsigs)
        fetch(rrsig);
}

const RrSet* ZoneContents::set(const DnsName& owner, std::uint16_t type) const
{
    const Name* name = find(owner);
    return name ? set(*name, type) : nullptr;
}

const RrSet* ZoneContents::set(const Name& name, std::uint16_t type) const
{
    for (int index : name.sets) {
        if (m_sets.at(index).type == type)
            return &m_sets.at(index);
    }
    return nullptr;
}

const ZoneContents::Name& ZoneContents::nameOf(int setIndex) const
{
    return m_names.at(m_nameOfSet.at(setIndex));
}

QList<int> ZoneContents::signedSets() const
{
    QList<int> result;
    result.reserve(m_sets.size());
    for (const Name& name : m_names) {
        if (name.belowCut)
            continue;
        for (int index : name.sets) {
            const std::uint16_t type = m_sets.at(index).type;
            if (!name.delegation || type == rrtype::DS || type == rrtype::NSEC)
                result.append(index);
        }
    }
    return result;
}

QList<const ZoneContents::Name*> ZoneContents::authoritativeNames() const
{
    QList<const Name*> result;
    result.reserve(m_names.size());
    for (const Name& name : m_names) {
        if (!name.belowCut)
            result.append(&name);
    }
    if (!m_canonical) {
        std::sort(result.begin(), result.end(),
            [](const Name* a, const Name* b) { return DnsName::canonicalLess(a->owner, b->owner); });
    }
    return result;
}

QList<std::uint16_t> ZoneContents::expectedTypes(const Name& name, std::uint16_t extraType) const
{
    QList<std::uint16_t> types;
    for (int index : name.sets) {
        const std::uint16_t type = m_sets.at(index).type;
        if (type == rrtype::NSEC3 || type == rrtype::NSEC)
            continue;
        if (!name.delegation || type == rrtype::NS || type == rrtype::DS)
            types.append(type);
    }
    if (!name.rrsigs.isEmpty())
        types.append(rrtype::RRSIG);
    if (extraType != 0)
        types.append(extraType);
    std::sort(types.begin(), types.end());
    return types;
}

} // namespace nameplan
