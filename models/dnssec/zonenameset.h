// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonecontents.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace nameplan {

// A set of names with QSet<DnsName>'s meaning (equal ignoring ASCII case, each kept as first
// spelled), made for whole-zone checks that put most names of a zone in it: the zone's own
// names are flags by their index in ZoneContents::names(), so that adding one costs neither a
// copy nor a hash; names the zone does not hold (empty non-terminals) are kept as names.
class ZoneNameSet {
public:
    explicit ZoneNameSet(const ZoneContents& zone);

    // Adds zone.names()[index] as spelled by the wire form spelling (equal to its owner but
    // for case); false when it was there.
    bool insert(int index, QByteArrayView spelling);
    // Adds a name that has no entry in the zone; false when it was there.
    bool insert(const DnsName& name);

    // Calls visit(name as first spelled, its entry or nullptr) for each name not in except.
    template <typename Visit> void forEach(Visit&& visit, const ZoneNameSet* except = nullptr) const
    {
        for (size_t i = 0; i < m_inZone.size(); ++i) {
            if (m_inZone[i] && !(except && except->m_inZone[i]))
                visit(spelled(int(i)), &m_zone.names().at(qsizetype(i)));
        }
        for (const DnsName& name : m_others) {
            if (!except || !except->m_others.contains(name))
                visit(name, nullptr);
        }
    }

private:
    const DnsName& spelled(int index) const;

    const ZoneContents& m_zone;
    std::vector<bool> m_inZone;
    QHash<int, DnsName> m_respelled; // zone names first added in another case
    QSet<DnsName> m_others;
};

} // namespace nameplan
