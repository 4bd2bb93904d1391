// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonekeyset.h"

#include "dnskeydata.h"
#include "validatorconfig.h"

namespace nameplan {

ZoneKeySet::ZoneKeySet(const DnsName& zone, const QList<QByteArray>& rdatas, const ValidatorConfig& config)
    : m_zone(zone)
{
    for (const QByteArray& rdata : rdatas) {
        const auto data = DnskeyData::fromRdata(rdata);
        if (!data)
            continue;
        if (m_keys.size() >= config.maxDnskeys) {
            m_truncated = true;
            break;
        }
        m_keys.append(Key { rdata, data->flags, data->protocol, data->algorithm, DnskeyData::keyTag(rdata),
            DnssecKey(data->algorithm, data->publicKey) });
    }
}

QList<int> ZoneKeySet::candidates(std::uint8_t algorithm, std::uint16_t keyTag) const
{
    QList<int> found;
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).keyTag == keyTag && m_keys.at(i).algorithm == algorithm)
            found.append(i);
    }
    return found;
}

ZoneKeySet ZoneKeySet::only(int index) const
{
    ZoneKeySet set;
    set.m_zone = m_zone;
    set.m_keys.append(m_keys.at(index));
    return set;
}

} // namespace nameplan
