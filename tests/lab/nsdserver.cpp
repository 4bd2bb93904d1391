// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsdserver.h"

namespace nameplan {

namespace {
// NSD writes "address@port".
QString at(const ServerEndpoint& endpoint)
{
    return endpoint.address + QLatin1Char('@') + QString::number(endpoint.port);
}
}

QString NsdServer::configuration() const
{
    const QString dir = directory();
    QString text = QStringLiteral("server:\n  ip-address: %1\n  port: %2\n").arg(at(endpoint())).arg(endpoint().port);
    // username "" keeps the user the test runs as; database "" keeps zones in memory only.
    text += QStringLiteral("  username: \"\"\n  chroot: \"\"\n  database: \"\"\n  zonesdir: \"%1\"\n"
                           "  pidfile: \"%1/nsd.pid\"\n  xfrdfile: \"%1/xfrd.state\"\n"
                           "  zonelistfile: \"%1/zone.list\"\n  xfrdir: \"%1\"\n"
                           "  server-count: 1\n  verbosity: 2\n  reuseport: no\n"
                           // Response rate limiting (200 qps by default) would drop the
                           // lab's bursts from 127.0.0.0/24 and look like packet loss.
                           "  rrl-ratelimit: 0\n  rrl-whitelist-ratelimit: 0\n")
                .arg(dir);
    text += QStringLiteral("remote-control:\n  control-enable: no\n");
    for (const Zone& zone : zones()) {
        text += QStringLiteral("zone:\n  name: \"%1\"\n").arg(zone.name);
        if (zone.primary) {
            text += QStringLiteral("  zonefile: \"%1/%2zone\"\n  request-xfr: AXFR %3 NOKEY\n"
                                   "  allow-notify: 127.0.0.0/8 NOKEY\n  allow-notify: ::1 NOKEY\n")
                        .arg(dir, zone.name, at(*zone.primary));
        } else {
            text += QStringLiteral("  zonefile: \"%1\"\n  provide-xfr: 127.0.0.0/8 NOKEY\n  provide-xfr: ::1 NOKEY\n")
                        .arg(zone.file);
        }
        for (const ServerEndpoint& target : zone.notify)
            text += QStringLiteral("  notify: %1 NOKEY\n").arg(at(target));
        // NOTIFY from the primary's own address, as the secondary's ACL expects (RFC 1996 §3.10).
        if (!zone.notify.isEmpty() && zone.notify.constFirst().isIpv6() == endpoint().isIpv6())
            text += QStringLiteral("  outgoing-interface: %1\n").arg(endpoint().address);
    }
    return text;
}

QStringList NsdServer::arguments(const QString& configPath) const
{
    return { QStringLiteral("-d"), QStringLiteral("-c"), configPath };
}

} // namespace nameplan
