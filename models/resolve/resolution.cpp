// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolution.h"

namespace nameplan {

DnsName Resolution::canonicalName() const
{
    if (cnames.isEmpty())
        return name;
    return DnsName::fromWire(cnames.last().rdata).value_or(name);
}

} // namespace nameplan
