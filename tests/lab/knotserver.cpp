// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotserver.h"

#include <QMap>

namespace nameplan {

namespace {
QString at(const ServerEndpoint& endpoint)
{
    return endpoint.address + QLatin1Char('@') + QString::number(endpoint.port);
}
QString remoteId(const ServerEndpoint& endpoint)
{
    QString id = QStringLiteral("r_") + at(endpoint);
    for (QChar& c : id) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return id;
}
}

QString KnotServer::configuration() const
{
    const QString dir = directory();
    QString text = QStringLiteral("server:\n  listen: %1\n  rundir: \"%2\"\n"
                                  "log:\n  - target: stderr\n    any: info\n"
                                  "database:\n  storage: \"%2\"\n"
                                  "control:\n  listen: \"%2/knot.sock\"\n")
                       .arg(at(endpoint()), dir);
    QMap<QString, ServerEndpoint> remotes;
    for (const Zone& zone : zones()) {
        if (zone.primary)
            remotes.insert(remoteId(*zone.primary), *zone.primary);
        for (const ServerEndpoint& target : zone.notify)
            remotes.insert(remoteId(target), target);
    }
    if (!remotes.isEmpty()) {
        text += QStringLiteral("remote:\n");
        for (auto it = remotes.cbegin(); it != remotes.cend(); ++it)
            text += QStringLiteral("  - id: %1\n    address: %2\n").arg(it.key(), at(it.value()));
    }
    text += QStringLiteral("acl:\n  - id: lab\n    address: [127.0.0.0/8, ::1]\n    action: [transfer, notify]\n");
    text += QStringLiteral("template:\n  - id: default\n    storage: \"%1\"\n").arg(dir);
    if (zones().isEmpty())
        return text;
    text += QStringLiteral("zone:\n");
    for (const Zone& zone : zones()) {
        text += QStringLiteral("  - domain: \"%1\"\n    acl: lab\n").arg(zone.name);
        if (zone.primary)
            text += QStringLiteral("    master: %1\n    file: \"%2/%3zone\"\n")
                        .arg(remoteId(*zone.primary), dir, zone.name);
        else
            text += QStringLiteral("    file: \"%1\"\n").arg(zone.file);
        if (!zone.notify.isEmpty()) {
            QStringList ids;
            for (const ServerEndpoint& target : zone.notify)
                ids << remoteId(target);
            text += QStringLiteral("    notify: [%1]\n").arg(ids.join(QStringLiteral(", ")));
        }
    }
    return text;
}

QStringList KnotServer::arguments(const QString& configPath) const
{
    return { QStringLiteral("-c"), configPath };
}

} // namespace nameplan
