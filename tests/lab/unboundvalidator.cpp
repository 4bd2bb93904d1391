// SPDX-License-Identifier: GPL-3.0-or-later
#include "unboundvalidator.h"

namespace nameplan {

QString UnboundValidator::configuration() const
{
    QString text = QStringLiteral("server:\n  interface: %1@%2\n  port: %2\n  do-ip6: no\n  ip-freebind: yes\n")
                       .arg(endpoint().address)
                       .arg(endpoint().port);
    text += QStringLiteral("  username: \"\"\n  chroot: \"\"\n  directory: \"%1\"\n  pidfile: \"%1/unbound.pid\"\n"
                           "  use-syslog: no\n  logfile: \"\"\n  num-threads: 1\n  verbosity: 1\n"
                           "  val-log-level: 2\n  module-config: \"validator iterator\"\n"
                           "  access-control: 127.0.0.0/8 allow\n  trust-anchor-file: \"%2\"\n")
                .arg(directory(), m_anchorFile);
    // The lab's servers are on loopback, which Unbound refuses to query by default; no
    // signatures accepted past their dates (PLATFORM-NOTES: val-sig-skew); EDE in answers.
    text += QStringLiteral("  do-not-query-localhost: no\n  ede: yes\n  val-sig-skew-min: 0\n  val-sig-skew-max: 0\n"
                           "  qname-minimisation: no\n  trust-anchor-signaling: no\n  root-key-sentinel: no\n"
                           "  prefetch: no\n  target-fetch-policy: \"0 0 0 0 0\"\n");
    // Unbound answers these special-use names (RFC 6761) itself unless told not to.
    for (const char* name : { "test.", "invalid.", "localhost.", "onion.", "home.arpa." })
        text += QStringLiteral("  local-zone: \"%1\" nodefault\n").arg(QLatin1StringView(name));
    text += QStringLiteral("remote-control:\n  control-enable: no\n");
    for (const Stub& stub : m_stubs) {
        text += QStringLiteral("stub-zone:\n  name: \"%1\"\n").arg(stub.zone);
        for (const ServerEndpoint& server : stub.servers)
            text += QStringLiteral("  stub-addr: %1@%2\n").arg(server.address).arg(server.port);
    }
    return text;
}

QStringList UnboundValidator::arguments(const QString& configPath) const
{
    return { QStringLiteral("-d"), QStringLiteral("-c"), configPath };
}

} // namespace nameplan
