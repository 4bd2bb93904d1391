// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecontents.h"

#include <algorithm>

namespace nameplan {

ZoneContents::ZoneContents(const DnsName& origin, const QList<ResourceRecord>& records)
    : m_origin(origin)
{
    // Records of one owner usually follow each other (zone files and transfers are written by
    // owner), so an owner is looked up only where it changes, and its few sets by a scan.
    m_index.reserve(records.size() / 2);
    m_names.reserve(records.size() / 2);
    m_sets.reserve(records.size() / 2);
    m_nameOfSet.reserve(records.size() / 2);
    int current = -1;
    for (const ResourceRecord& record : records) {
        if (current < 0 || !(m_names.at(current).owner == record.owner)) {
            current = record.owner.isSubdomainOf(origin) ? entry(record.owner) : -1;
            if (current < 0) {
                ++m_outOfZone;
                continue;
            }
        }
        add(current, record);
    }
    markCuts();
}

int ZoneContents::entry(const DnsName& owner)
{
    auto it = m_index.constFind(owner);
    if (it == m_index.constEnd()) {
        it = m_index.insert(owner, int(m_names.size()));
        m_names.append(Name { owner, {}, {}, false, false });
    }
    return *it;
}

void ZoneContents::add(int nameIndex, const ResourceRecord& record)
{
    // As RrSet::group: one set per owner, type and class, the lowest TTL, no duplicate RDATA.
    Name& name = m_names[nameIndex];
    if (record.type == rrtype::RRSIG) {
        if (!name.rrsigs.contains(record.rdata))
            name.rrsigs.append(record.rdata);
        return;
    }
    for (int index : std::as_const(name.sets)) {
        RrSet& set = m_sets[index];
        if (set.type == record.type && set.rrClass == record.rrClass) {
            set.ttl = std::min(set.ttl, record.ttl);
            if (!set.rdatas.contains(record.rdata))
                set.rdatas.append(record.rdata);
            return;
        }
    }
    if (record.type == rrtype::NS && !(record.owner == m_origin))
        name.delegation = true;
    name.sets.append(int(m_sets.size()));
    m_sets.append(RrSet { record.owner, record.type, record.rrClass, record.ttl, { record.rdata } });
    m_nameOfSet.append(nameIndex);
}

void ZoneContents::markCuts()
{
    // A name is below a cut when a proper ancestor (below the apex) is a delegation.
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
    const auto it = m_index.constFind(owner);
    return it == m_index.constEnd() ? nullptr : &m_names.at(*it);
}

const RrSet* ZoneContents::set(const DnsName& owner, std::uint16_t type) const
{
    const Name* name = find(owner);
    if (!name)
        return nullptr;
    for (int index : name->sets) {
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
    std::sort(result.begin(), result.end(),
        [](const Name* a, const Name* b) { return DnsName::canonicalLess(a->owner, b->owner); });
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
