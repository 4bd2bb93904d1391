// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecontents.h"

#include <algorithm>
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
    const DnsName& origin, const QList<ResourceRecord>& records, int threads, qsizetype minRecordsPerRun)
    : m_origin(origin)
{
    const qsizetype runs = records.size() / std::max<qsizetype>(1, minRecordsPerRun);
    std::vector<Part> parts = readInParts(origin, records, int(std::clamp<qsizetype>(runs, 1, std::max(1, threads))));
    bool whole = true;
    for (Part& part : parts)
        whole = whole && absorb(std::move(part));
    if (!whole) {
        *this = ZoneContents(origin, records, 1);
        return;
    }
    markCuts();
}

ZoneContents::~ZoneContents()
{
    if (m_shards.size() < 2)
        return;
    // The names and the sets (with the RDATA only they still hold) are independent halves.
    std::thread names([this] { m_names = {}; });
    m_sets = {};
    names.join();
}

std::vector<ZoneContents::Part> ZoneContents::readInParts(
    const DnsName& origin, const QList<ResourceRecord>& records, int threads)
{
    const QList<qsizetype> starts = runStarts(records, threads);
    std::vector<Part> parts(size_t(starts.size()));
    const auto run = [&](qsizetype i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : records.size();
        // The first part becomes the whole index, so it has room for all of it.
        const qsizetype capacity = (i == 0 ? records.size() : end - starts.at(i)) / 2;
        parts[size_t(i)].read(
            origin, std::span(records.constData() + starts.at(i), size_t(end - starts.at(i))), capacity);
    };
    std::vector<std::thread> helpers;
    for (qsizetype i = 1; i < starts.size(); ++i)
        helpers.emplace_back(run, i);
    run(0);
    for (std::thread& helper : helpers)
        helper.join();
    return parts;
}

void ZoneContents::Part::read(const DnsName& origin, std::span<const ResourceRecord> records, qsizetype capacity)
{
    // Records of one owner usually follow each other (zone files and transfers are written by
    // owner), so an owner is looked up only where it changes, and its few sets by a scan.
    index = DnsNameIndex(qsizetype(records.size()) / 2);
    names.reserve(capacity);
    sets.reserve(capacity);
    nameOfSet.reserve(capacity);
    int current = -1;
    for (const ResourceRecord& record : records) {
        if (current < 0 || !(names.at(current).owner == record.owner)) {
            current = record.owner.isSubdomainOf(origin) ? entry(record.owner) : -1;
            if (current < 0) {
                ++outOfZone;
                continue;
            }
        }
        add(origin, current, record);
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

void ZoneContents::Part::add(const DnsName& origin, int nameIndex, const ResourceRecord& record)
{
    // As RrSet::group: one set per owner, type and class, the lowest TTL, no duplicate RDATA.
    Name& name = names[nameIndex];
    if (record.type == rrtype::RRSIG) {
        if (!name.rrsigs.contains(record.rdata))
            name.rrsigs.append(record.rdata);
        return;
    }
    for (int i : std::as_const(name.sets)) {
        RrSet& set = sets[i];
        if (set.type == record.type && set.rrClass == record.rrClass) {
            set.ttl = std::min(set.ttl, record.ttl);
            if (!set.rdatas.contains(record.rdata))
                set.rdatas.append(record.rdata);
            return;
        }
    }
    if (record.type == rrtype::NS && !(record.owner == origin))
        name.delegation = true;
    name.sets.append(int(sets.size()));
    sets.append(RrSet { record.owner, record.type, record.rrClass, record.ttl, { record.rdata } });
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
