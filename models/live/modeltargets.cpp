// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltargets.h"

#include "chainpath.h"
#include "cnamefollow.h"
#include "dnsmnemonics.h"

namespace nameplan {

namespace {
// Model spellings are relative-looking ("example.org"): every one is absolute.
std::optional<DnsName> absoluteName(const QString& text)
{
    QByteArray bytes = text.trimmed().toUtf8();
    if (!bytes.endsWith('.'))
        bytes += '.';
    return DnsName::fromText(bytes);
}

struct BadAddress {
    QString address;
};

// A name is checked in the most specific modelled zone that holds it: the parent's authorities
// only give a referral for a delegated child's names, which is not their answer to compare.
bool heldBy(const Model& model, const DnsName& fqdn, const DnsName& zone)
{
    if (!fqdn.isSubdomainOf(zone))
        return false;
    for (const Zone& other : model.zones) {
        const auto apex = absoluteName(other.domain);
        if (apex && !(*apex == zone) && apex->isSubdomainOf(zone) && fqdn.isSubdomainOf(*apex))
            return false;
    }
    return true;
}

// The addresses of the authorities with the given ids, at port; with their host names when
// named is given.
QList<ServerEndpoint> authorityEndpoints(
    const Model& model, const QStringList& ids, quint16 port, QList<LiveAuthority>* named = nullptr)
{
    QList<ServerEndpoint> list;
    for (const QString& id : ids) {
        for (const Authority& authority : model.authorities) {
            if (authority.id != id)
                continue;
            for (const QString& address : authority.addresses) {
                const auto endpoint = ServerEndpoint::parse(address, port);
                if (!endpoint)
                    throw BadAddress { address };
                list.append(*endpoint);
                if (named)
                    named->append({ absoluteName(authority.hostname).value_or(DnsName()).toString(), *endpoint });
            }
        }
    }
    return list;
}

// What the model says about a zone, for the drift check.
LiveZoneTarget::Modelled modelledZone(const Model& model, const Zone& zone)
{
    LiveZoneTarget::Modelled modelled;
    for (const QString& id : zone.authorities) {
        for (const Authority& authority : model.authorities) {
            if (authority.id == id)
                modelled.authorities.append(NameServer {
                    absoluteName(authority.hostname).value_or(DnsName()).lowercased(), authority.addresses });
        }
    }
    for (const Zone& parent : model.zones) {
        if (!zone.parent.isEmpty() && parent.id == zone.parent)
            modelled.parent = absoluteName(parent.domain);
    }
    return modelled;
}

// The model's own anchors, one record per entry.
std::optional<TrustAnchorSet> modelAnchors(const ModelSettings& settings, QString* error)
{
    if (settings.trustAnchors.isEmpty())
        return std::nullopt;
    QString why;
    std::optional<TrustAnchorSet> anchors = TrustAnchorSet::fromText(
        settings.trustAnchors.join(QLatin1Char('\n')).toUtf8(), &why, QStringLiteral("settings.trust_anchors"));
    if (!anchors)
        *error = QStringLiteral("cannot use the model's trust anchors: ") + why;
    return anchors;
}
} // namespace

QStringList ModelTargets::zoneNames(const Model& model)
{
    QStringList names;
    for (const Zone& zone : model.zones) {
        if (const auto name = absoluteName(zone.domain))
            names.append(name->toString());
    }
    return names;
}

std::optional<QString> ModelTargets::badRoot(const Model& model)
{
    for (const QString& root : model.settings.roots) {
        if (!ServerEndpoint::parse(root.trimmed()))
            return root;
    }
    return std::nullopt;
}

ResolverConfig ModelTargets::resolverConfig(const Model& model, const Options& options)
{
    ResolverConfig config;
    config.port = options.port.value_or(quint16(model.settings.port.value_or(53)));
    if (options.roots) {
        config.roots = *options.roots;
    } else {
        for (const QString& root : model.settings.roots) {
            if (const auto endpoint = ServerEndpoint::parse(root.trimmed(), *config.port))
                config.roots.append(*endpoint);
        }
    }
    config.query.attemptTimeout = options.attemptTimeout;
    return config;
}

void ModelTargets::walk(IterativeResolver& resolver, LiveZoneTarget& target, bool takeAuthorities,
    const std::optional<TrustAnchorSet>& anchors)
{
    target.walk = resolver.findAuthorities(target.zone);
    if (anchors)
        ChainPath::discover(resolver, target, *anchors);
    if (target.walk->ok()) {
        target.parentServers = target.walk->parentServers;
        for (const NameServer& server : std::as_const(target.walk->authorities)) {
            for (const QString& address : takeAuthorities ? server.addresses : QStringList())
                target.authorities.append({ server.name.toString(), resolver.endpoint(address) });
        }
    }
    // Last: a CNAME target in the zone itself is asked of the authorities just taken.
    if (anchors)
        CnameFollow::discover(resolver, target, *anchors);
}

ModelTargets::Result ModelTargets::build(const Model& model, const Options& options)
{
    Result result;
    if (const auto bad = badRoot(model); bad && !options.roots) {
        result.error = QStringLiteral("settings.roots: not IP[:PORT]: ") + *bad;
        return result;
    }
    result.anchors = options.anchors ? options.anchors : modelAnchors(model.settings, &result.error);
    if (!result.error.isEmpty())
        return result;
    const ResolverConfig config = resolverConfig(model, options);
    const quint16 port = *config.port;
    IterativeResolver resolver(config); // one for every zone: cuts found once are reused
    resolver.setCancelCheck(options.cancelled);
    if (options.progress)
        resolver.setProgress(options.progress);
    try {
        for (const Zone& zone : model.zones) {
            const auto name = absoluteName(zone.domain);
            if (!name || (options.zone && !(*options.zone == *name)))
                continue;
            LiveZoneTarget target;
            target.zone = *name;
            authorityEndpoints(model, zone.authorities, port, &target.authorities);
            for (const Name& modelName : model.names) {
                const auto fqdn = absoluteName(modelName.fqdn);
                const auto type = DnsMnemonics::typeFromText(modelName.type.toUtf8());
                if (fqdn && type && heldBy(model, *fqdn, *name))
                    target.names.append({ *fqdn, *type, rrclass::IN });
            }
            for (const DnsQuestion& asked : options.names) {
                if (asked.name.isSubdomainOf(*name))
                    target.names.append(asked);
            }
            target.modelled = modelledZone(model, zone);
            if (options.walk)
                walk(resolver, target, false, result.anchors);
            for (const Zone& parent : model.zones) {
                if (!zone.parent.isEmpty() && parent.id == zone.parent)
                    target.parentServers = authorityEndpoints(model, parent.authorities, port);
            }
            result.zones.append(target);
        }
    } catch (const BadAddress& bad) {
        result.zones.clear();
        result.error = QStringLiteral("not a numeric address: ") + bad.address;
        return result;
    }
    if (result.zones.isEmpty())
        result.error = QStringLiteral("the model has no zone to check")
            + (options.zone ? QStringLiteral(" named ") + options.zone->toString() : QString());
    return result;
}

} // namespace nameplan
