// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nameserver.h"

#include <QList>

namespace nameplan {

// The IANA root hints (https://www.internic.net/domain/named.root, last changed 2023-11-27
// when b.root-servers.net moved): where iterative resolution starts when neither the model
// (settings.roots) nor the command line (--roots) names other roots.
class RootHints {
public:
    static QList<NameServer> iana();
};

} // namespace nameplan
