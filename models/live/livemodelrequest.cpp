// SPDX-License-Identifier: GPL-3.0-or-later
#include "livemodelrequest.h"

#include "dnsmnemonics.h"
#include "model.h"

#include <optional>

namespace nameplan {

namespace {
std::optional<DnsName> absoluteName(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('.'))
        bytes += '.';
    return DnsName::fromText(bytes);
}

QList<LiveAuthority> addresses(const Model& model, const QStringList& ids, quint16 port)
{
    QList<LiveAuthority> list;
    for (const Authority& authority : model.authorities) {
        if (!ids.contains(authority.id))
            continue;
        const QString host = absoluteName(authority.hostname).value_or(DnsName()).toString();
        for (const QString& address : authority.addresses) {
            if (const auto endpoint = ServerEndpoint::parse(address, port))
                list.append({ host, *endpoint });
        }
    }
    return list;
}

QList<ServerEndpoint> parentServers(const Model& model, const Zone& zone, quint16 port)
{
    QList<ServerEndpoint> servers;
    for (const Zone& parent : model.zones) {
        if (!zone.parent.isEmpty() && parent.id == zone.parent) {
            for (const LiveAuthority& authority : addresses(model, parent.authorities, port))
                servers.append(authority.endpoint);
        }
    }
    for (const QString& root : servers.isEmpty() ? model.settings.roots : QStringList()) {
        if (const auto endpoint = ServerEndpoint::parse(root.trimmed(), port))
            servers.append(*endpoint);
    }
    return servers;
}
} // namespace

LiveCheckRequest LiveModelRequest::fromModel(const Model& model)
{
    const quint16 port = quint16(model.settings.port.value_or(53));
    LiveCheckRequest request;
    for (const Zone& zone : model.zones) {
        const auto name = absoluteName(zone.domain);
        if (!name)
            continue;
        LiveZoneTarget target;
        target.zone = *name;
        target.authorities = addresses(model, zone.authorities, port);
        for (const Name& modelName : model.names) {
            const auto fqdn = absoluteName(modelName.fqdn);
            const auto type = DnsMnemonics::typeFromText(modelName.type.toUtf8());
            if (fqdn && type && fqdn->isSubdomainOf(*name))
                target.names.append({ *fqdn, *type, rrclass::IN });
        }
        target.parentServers = parentServers(model, zone, port);
        request.zones.append(target);
    }
    return request;
}

} // namespace nameplan
