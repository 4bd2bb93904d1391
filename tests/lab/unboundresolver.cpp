// SPDX-License-Identifier: GPL-3.0-or-later
#include "unboundresolver.h"

namespace nameplan {

QString UnboundResolver::configuration() const
{
    QString text = QStringLiteral("server:\n  interface: %1@%2\n  port: %2\n  do-ip6: no\n")
                       .arg(endpoint().address)
                       .arg(endpoint().port);
    text += QStringLiteral("  username: \"\"\n  chroot: \"\"\n  directory: \"%1\"\n  pidfile: \"%1/unbound.pid\"\n"
                           "  use-syslog: no\n  logfile: \"\"\n  num-threads: 1\n  verbosity: 1\n"
                           "  module-config: \"validator iterator\"\n  access-control: 127.0.0.0/8 allow\n"
                           // Lab servers live on 127.0.0.0/8, which Unbound does not ask by default.
                           "  do-not-query-localhost: no\n  qname-minimisation: no\n"
                           // Exact expiry, as the other validators of the tests see it; EDE in answers.
                           "  val-sig-skew-min: 0\n  val-sig-skew-max: 0\n  ede: yes\n"
                           "  val-log-level: 2\n  trust-anchor-file: \"%2\"\n")
                .arg(directory(), m_anchorFile);
    for (const char* name : { "test.", "invalid.", "localhost.", "onion.", "home.arpa." })
        text += QStringLiteral("  local-zone: \"%1\" nodefault\n").arg(QLatin1StringView(name));
    text += QStringLiteral("remote-control:\n  control-enable: no\n");
    // Nothing listens on port 1 of the resolver's own address: a question outside the stubs
    // fails at once instead of reaching the real root servers.
    text += QStringLiteral("stub-zone:\n  name: \".\"\n  stub-addr: %1@1\n").arg(endpoint().address);
    for (auto it = m_stubs.cbegin(); it != m_stubs.cend(); ++it)
        text += QStringLiteral("stub-zone:\n  name: \"%1\"\n  stub-addr: %2@%3\n")
                    .arg(it.key(), it.value().address)
                    .arg(it.value().port);
    return text;
}

QStringList UnboundResolver::arguments(const QString& configPath) const
{
    return { QStringLiteral("-d"), QStringLiteral("-c"), configPath };
}

} // namespace nameplan
