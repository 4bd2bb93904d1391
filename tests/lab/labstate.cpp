// SPDX-License-Identifier: GPL-3.0-or-later
#include "labstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nameplan {

std::optional<LabState::Server> LabState::server(const QString& name) const
{
    for (const Server& candidate : servers) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

QByteArray LabState::toJson() const
{
    QJsonArray list;
    for (const Server& s : servers) {
        list.append(QJsonObject { { QStringLiteral("name"), s.name },
            { QStringLiteral("implementation"), s.implementation }, { QStringLiteral("host"), s.host },
            { QStringLiteral("address"), s.endpoint.address }, { QStringLiteral("port"), int(s.endpoint.port) } });
    }
    const QJsonObject root { { QStringLiteral("runnerPid"), runnerPid }, { QStringLiteral("zone"), zone },
        { QStringLiteral("serial"), qint64(serial) }, { QStringLiteral("zoneFile"), zoneFile },
        { QStringLiteral("servers"), list },
        { QStringLiteral("roots"), roots.isEmpty() ? QString() : roots.first().toString() },
        { QStringLiteral("parentZone"), parentZone }, { QStringLiteral("missingFromParent"), missingFromParent },
        { QStringLiteral("wrongGlueHost"), wrongGlueHost }, { QStringLiteral("wrongGlueAddress"), wrongGlueAddress } };
    return QJsonDocument(root).toJson();
}

std::optional<LabState> LabState::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !root.contains(QStringLiteral("servers"))) {
        *error = path + QStringLiteral(": not a lab state file");
        return std::nullopt;
    }
    LabState state;
    state.runnerPid = root.value(QStringLiteral("runnerPid")).toInteger();
    state.zone = root.value(QStringLiteral("zone")).toString();
    state.serial = static_cast<quint32>(root.value(QStringLiteral("serial")).toInteger());
    state.zoneFile = root.value(QStringLiteral("zoneFile")).toString();
    if (const auto rootServer = ServerEndpoint::parse(root.value(QStringLiteral("roots")).toString()))
        state.roots = { *rootServer };
    state.parentZone = root.value(QStringLiteral("parentZone")).toString();
    state.missingFromParent = root.value(QStringLiteral("missingFromParent")).toString();
    state.wrongGlueHost = root.value(QStringLiteral("wrongGlueHost")).toString();
    state.wrongGlueAddress = root.value(QStringLiteral("wrongGlueAddress")).toString();
    for (const QJsonValue& value : root.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject s = value.toObject();
        state.servers.append(Server { s.value(QStringLiteral("name")).toString(),
            s.value(QStringLiteral("implementation")).toString(), s.value(QStringLiteral("host")).toString(),
            ServerEndpoint { s.value(QStringLiteral("address")).toString(),
                static_cast<quint16>(s.value(QStringLiteral("port")).toInt()) } });
    }
    return state;
}

} // namespace nameplan
