// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace nameplan {

// Names to their positions in a list the caller keeps, in one open-addressing table. A zone's
// index holds hundreds of thousands of owners: QHash compares keys on every probe (a cache miss
// into each name's octets) and node maps allocate per entry; this table keeps only each name's
// hash and position (8 octets a slot) and looks at a name (through nameAt) only when the hashes
// agree. Contract: nameAt(position) returns the name stored at that position.
class DnsNameIndex {
public:
    explicit DnsNameIndex(qsizetype expected = 0);

    // The position stored for name, or -1.
    template <typename NameAt> int position(const DnsName& name, NameAt nameAt) const
    {
        const std::uint32_t hash = hashOf(name);
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot& slot = m_slots[i];
            if (slot.position < 0 || (slot.hash == hash && nameAt(slot.position) == name))
                return slot.position;
        }
    }
    // Stores position for name unless name is there already; returns the position name has.
    template <typename NameAt> int insert(const DnsName& name, int position, NameAt nameAt)
    {
        if (size_t(m_size + 1) * 2 > m_slots.size())
            grow();
        const std::uint32_t hash = hashOf(name);
        for (size_t i = hash & mask();; i = (i + 1) & mask()) {
            Slot& slot = m_slots[i];
            if (slot.position < 0) {
                slot = Slot { hash, position };
                ++m_size;
                return position;
            }
            if (slot.hash == hash && nameAt(slot.position) == name)
                return slot.position;
        }
    }

private:
    struct Slot {
        std::uint32_t hash = 0;
        int position = -1; // -1: empty
    };
    static std::uint32_t hashOf(const DnsName& name);
    size_t mask() const { return m_slots.size() - 1; }
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace nameplan
