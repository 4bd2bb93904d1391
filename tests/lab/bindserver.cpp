// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindserver.h"

#include "labnetwork.h"

namespace nameplan {

namespace {
QString remote(const ServerEndpoint& endpoint)
{
    return endpoint.address + QStringLiteral(" port ") + QString::number(endpoint.port);
}
}

bool BindServer::prepare()
{
    QString error;
    if (!LabNetwork::ensureInterfaceAddress(endpoint().address, &error)) {
        setLastError(error);
        return false;
    }
    return true;
}

QString BindServer::configuration() const
{
    const QString dir = directory();
    const bool v6 = endpoint().isIpv6();
    const QString listen = QStringLiteral("port %1 { %2; }").arg(endpoint().port).arg(endpoint().address);
    QString text = QStringLiteral("options {\n  directory \"%1\";\n  pid-file \"%1/named.pid\";\n"
                                  "  session-keyfile \"%1/session.key\";\n  managed-keys-directory \"%1\";\n")
                       .arg(dir);
    text += v6 ? QStringLiteral("  listen-on { none; };\n  listen-on-v6 %1;\n").arg(listen)
               : QStringLiteral("  listen-on %1;\n  listen-on-v6 { none; };\n").arg(listen);
    // Transfers and NOTIFY leave from the server's own address, as a real secondary's would.
    text += v6 ? QStringLiteral("  transfer-source-v6 %1;\n  notify-source-v6 %1;\n").arg(endpoint().address)
               : QStringLiteral("  transfer-source %1;\n  notify-source %1;\n").arg(endpoint().address);
    // notify-delay 0: BIND otherwise waits 5 s before sending NOTIFY after a reload.
    text += QStringLiteral("  recursion no;\n  dnssec-validation no;\n  notify explicit;\n  notify-delay 0;\n"
                           "  allow-transfer { 127.0.0.0/8; ::1; };\n};\ncontrols { };\n");
    for (const Zone& zone : zones()) {
        text += QStringLiteral("zone \"%1\" {\n").arg(zone.name);
        if (zone.primary) {
            text += QStringLiteral("  type secondary;\n  primaries { %1; };\n  file \"%2/%3sec\";\n"
                                   "  allow-notify { 127.0.0.0/8; ::1; };\n")
                        .arg(remote(*zone.primary), dir, zone.name);
        } else {
            text += QStringLiteral("  type primary;\n  file \"%1\";\n").arg(zone.file);
        }
        if (!zone.notify.isEmpty()) {
            text += QStringLiteral("  also-notify {");
            for (const ServerEndpoint& target : zone.notify)
                text += QLatin1Char(' ') + remote(target) + QLatin1Char(';');
            text += QStringLiteral(" };\n");
        }
        text += QStringLiteral("};\n");
    }
    return text;
}

QStringList BindServer::arguments(const QString& configPath) const
{
    return { QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"), configPath };
}

} // namespace nameplan
