// SPDX-License-Identifier: GPL-3.0-or-later
#include "unboundserver.h"

namespace nameplan {

QString UnboundServer::configuration() const
{
    const bool v6 = endpoint().isIpv6();
    QString text = QStringLiteral("server:\n  interface: %1@%2\n  port: %2\n  ip-freebind: yes\n")
                       .arg(endpoint().address)
                       .arg(endpoint().port);
    text += QStringLiteral("  do-tcp: %1\n  do-ip4: %2\n  do-ip6: %3\n")
                .arg(m_tcp ? QStringLiteral("yes") : QStringLiteral("no"),
                    v6 ? QStringLiteral("no") : QStringLiteral("yes"),
                    v6 ? QStringLiteral("yes") : QStringLiteral("no"));
    text += QStringLiteral("  username: \"\"\n  chroot: \"\"\n  directory: \"%1\"\n  pidfile: \"%1/unbound.pid\"\n"
                           "  use-syslog: no\n  logfile: \"\"\n  num-threads: 1\n  verbosity: 1\n"
                           "  module-config: \"iterator\"\n  access-control: 127.0.0.0/8 allow\n"
                           "  access-control: ::1 allow\n")
                .arg(directory());
    // Unbound answers these special-use names (RFC 6761) itself unless told not to, and lab
    // zones live under them.
    for (const char* name : { "test.", "invalid.", "localhost.", "onion.", "home.arpa." })
        text += QStringLiteral("  local-zone: \"%1\" nodefault\n").arg(QLatin1StringView(name));
    text += QStringLiteral("remote-control:\n  control-enable: no\n");
    for (const Zone& zone : zones()) {
        if (zone.primary)
            continue; // Unbound serves primary zones only in the lab
        text += QStringLiteral("auth-zone:\n  name: \"%1\"\n  zonefile: \"%2\"\n  for-downstream: yes\n"
                               "  for-upstream: no\n  fallback-enabled: no\n")
                    .arg(zone.name, zone.file);
    }
    return text;
}

QStringList UnboundServer::arguments(const QString& configPath) const
{
    return { QStringLiteral("-d"), QStringLiteral("-c"), configPath };
}

} // namespace nameplan
