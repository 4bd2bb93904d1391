// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecontents.h"

#include <algorithm>

namespace nameplan {

ZoneContents::ZoneContents(const DnsName& origin, const QList<ResourceRecord>& records)
    : m_origin(origin)
{
    QList<ResourceRecord> inZone;
    inZone.reserve(records.size());
    for (const ResourceRecord& record : records) {
        if (record.owner.isSubdomainOf(origin))
            inZone.append(record);
        else
            ++m_outOfZone;
    }
    const QList<RrSet> grouped = RrSet::group(inZone);
    m_index.reserve(grouped.size());
    for (const RrSet& set : grouped) {
        auto it = m_index.constFind(set.owner);
        if (it == m_index.constEnd()) {
            it = m_index.insert(set.owner, int(m_names.size()));
            m_names.append(Name { set.owner, {}, {}, false, false });
        }
        Name& name = m_names[*it];
        if (set.type == rrtype::RRSIG) {
            name.rrsigs += set.rdatas;
            continue;
        }
        if (set.type == rrtype::NS && !(set.owner == origin))
            name.delegation = true;
        name.sets.append(int(m_sets.size()));
        m_sets.append(set);
    }
    markCuts();
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
