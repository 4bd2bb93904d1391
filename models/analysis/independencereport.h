// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nameplan {

class Model;

// Is the secondary really independent? Per zone, every failure domain that its authorities
// share. A domain shared by all authorities of the zone is a common mode: its loss can take
// the zone down on its own (unless, for regions, anycast sites elsewhere keep it up). Domains
// shared by a majority are listed too.
class IndependenceReport {
public:
    struct SharedDomain {
        QString id; // outage id: region, "<provider>:serving", path, "software:nsd", ...
        QString kind; // "region", "provider-serving", "provider-control", "path", "software",
                      // "signer", "dependency", "transfer-source"
        QStringList authorities; // the authorities of the zone that share it
        bool commonMode = false; // shared by every authority of the zone
    };

    struct ZoneReport {
        QString zoneId;
        QString domain;
        QStringList authorities;
        std::vector<SharedDomain> shared; // common modes first, then by number of authorities
    };

    // Contract: one report per zone in model order; a domain appears when every authority of
    // the zone shares it (a common mode; with a single authority, everything is) or more than
    // half of them do (a majority). The zone's signer and its own dependencies count as shared
    // by every authority.
    static std::vector<ZoneReport> build(const Model& model);
};

} // namespace nameplan
