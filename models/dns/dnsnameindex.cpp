// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsnameindex.h"

#include <QHashSeed>

#include <bit>

namespace nameplan {

namespace {
// Tables stay at most half full, so that probe sequences are short.
size_t capacityFor(qsizetype entries)
{
    return std::bit_ceil(size_t(std::max<qsizetype>(entries, 8)) * 2);
}
} // namespace

DnsNameIndex::DnsNameIndex(qsizetype expected)
    : m_slots(capacityFor(expected))
{
}

std::uint32_t DnsNameIndex::hashOf(const DnsName& name)
{
    // The process's random seed: names from a hostile transfer cannot be made to collide.
    return std::uint32_t(qHash(name, QHashSeed::globalSeed()));
}

void DnsNameIndex::grow()
{
    const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacityFor(m_size + 1)));
    for (const Slot& slot : old) {
        if (slot.position < 0)
            continue;
        size_t i = slot.hash & mask();
        while (m_slots[i].position >= 0)
            i = (i + 1) & mask();
        m_slots[i] = slot;
    }
}

} // namespace nameplan
