// SPDX-License-Identifier: GPL-3.0-or-later
#include "rrset.h"

#include <QHash>

namespace nameplan {

namespace {
struct SetKey {
    DnsName owner;
    std::uint16_t type;
    std::uint16_t rrClass;
    bool operator==(const SetKey&) const = default;
};

size_t qHash(const SetKey& key, size_t seed)
{
    return qHashMulti(seed, key.owner, key.type, key.rrClass);
}
} // namespace

QList<RrSet> RrSet::group(const QList<ResourceRecord>& records)
{
    QList<RrSet> sets;
    QHash<SetKey, qsizetype> index;
    for (const ResourceRecord& rr : records) {
        const SetKey key { rr.owner, rr.type, rr.rrClass };
        auto it = index.find(key);
        if (it == index.end()) {
            index.insert(key, sets.size());
            sets.append(RrSet { rr.owner, rr.type, rr.rrClass, rr.ttl, { rr.rdata } });
            continue;
        }
        RrSet& set = sets[*it];
        set.ttl = std::min(set.ttl, rr.ttl);
        if (!set.rdatas.contains(rr.rdata))
            set.rdatas.append(rr.rdata);
    }
    return sets;
}

QList<QByteArray> RrSet::rrsigsAt(const QList<RrSet>& sets, const DnsName& owner)
{
    for (const RrSet& set : sets) {
        if (set.type == rrtype::RRSIG && set.owner == owner)
            return set.rdatas;
    }
    return {};
}

} // namespace nameplan
