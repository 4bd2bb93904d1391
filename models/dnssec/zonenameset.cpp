// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonenameset.h"

namespace nameplan {

ZoneNameSet::ZoneNameSet(const ZoneContents& zone)
    : m_zone(zone)
    , m_inZone(size_t(zone.names().size()), false)
{
}

bool ZoneNameSet::insert(int index, QByteArrayView spelling)
{
    if (m_inZone[size_t(index)])
        return false;
    m_inZone[size_t(index)] = true;
    const QByteArrayView owner = m_zone.names().at(index).owner.wire();
    if (spelling.data() != owner.data() && spelling != owner)
        m_respelled.insert(index, *DnsName::fromWire(spelling));
    return true;
}

bool ZoneNameSet::insert(const DnsName& name)
{
    const qsizetype before = m_others.size();
    m_others.insert(name);
    return m_others.size() != before;
}

const DnsName& ZoneNameSet::spelled(int index) const
{
    const auto respelled = m_respelled.constFind(index);
    return respelled == m_respelled.constEnd() ? m_zone.names().at(index).owner : *respelled;
}

} // namespace nameplan
