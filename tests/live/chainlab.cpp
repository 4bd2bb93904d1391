// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainlab.h"

#include "modeltargets.h"

#include <QFile>

namespace nameplan {

ZoneFile ChainLab::child(const QString& origin, const QStringList& hosts)
{
    ZoneFile zone(origin, 2024060101);
    for (const QString& host : hosts) {
        const ServerEndpoint endpoint { LabNetwork::nextAddress(), m_root.port };
        m_servers[origin].append(endpoint);
        m_hosts[origin].append(host);
        zone.addNameServer(host, host.endsWith(origin) ? endpoint.address : QString());
    }
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.53"));
    m_zoneOrder.append(origin);
    return zone;
}

std::optional<ChainLab::Signed> ChainLab::sign(
    const ZoneFile& zone, const QString& keys, const ZoneSigner::Spec& spec, QString* error)
{
    const QString file = m_lab.writeZone(zone, keys + QStringLiteral(".zone"));
    const ZoneSigner::Result result
        = ZoneSigner::sign(file, zone.origin(), m_lab.directory() + QStringLiteral("/") + keys, spec);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return Signed { result.signedFile, result.dsRecords };
}

// The child's NS set and glue in the parent, and its DS records ("owner [TTL] IN DS rdata").
void ChainLab::delegate(ZoneFile& parent, const QString& origin, const QString& dsRecords) const
{
    const QStringList hosts = m_hosts.value(origin);
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        parent.add(origin, QStringLiteral("NS"), hosts[i]);
        parent.add(hosts[i], QStringLiteral("A"), m_servers.value(origin)[i].address);
    }
    for (const QString& line : dsRecords.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        const qsizetype ds = fields.indexOf(QStringLiteral("DS"));
        if (ds > 0)
            parent.add(origin, QStringLiteral("DS"), fields.mid(ds + 1).join(QLatin1Char(' ')));
    }
}

void ChainLab::serve(const QString& name, const QString& origin, const QString& file, const ServerEndpoint& endpoint)
{
    m_lab.addNsd(name, endpoint)->addPrimaryZone(origin, file);
}

bool ChainLab::start(QString* error)
{
    m_root = m_lab.allocate();
    const ZoneSigner::Spec nsec;
    ZoneSigner::Spec optOut;
    optOut.nsec3 = true;
    optOut.optOut = true;

    // Leaves first: their DS goes into the parents, the parents' into the root.
    const ZoneFile secure = child(
        QStringLiteral("secure.test."), { QStringLiteral("ns1.secure.test."), QStringLiteral("ns2.secure.test.") });
    const ZoneFile wrongDs = child(QStringLiteral("wrongds.test."), { QStringLiteral("ns.wrongds.test.") });
    const ZoneFile plain = child(QStringLiteral("plain.test."), { QStringLiteral("ns.plain.test.") });
    const ZoneFile plainOpt = child(QStringLiteral("plain.opt."), { QStringLiteral("ns.plain.opt.") });
    const auto secureGood = sign(secure, QStringLiteral("secure"), nsec, error);
    const auto secureOther = sign(secure, QStringLiteral("secure-other"), nsec, error);
    const auto wrongDsSigned = sign(wrongDs, QStringLiteral("wrongds"), nsec, error);
    const auto decoy = sign(wrongDs, QStringLiteral("wrongds-decoy"), nsec, error); // keys never served
    if (!secureGood || !secureOther || !wrongDsSigned || !decoy)
        return false;

    ZoneFile test = child(QStringLiteral("test."), { QStringLiteral("ns.test.") });
    delegate(test, QStringLiteral("secure.test."), secureGood->dsRecords);
    delegate(test, QStringLiteral("wrongds.test."), decoy->dsRecords);
    delegate(test, QStringLiteral("plain.test."));
    ZoneFile opt = child(QStringLiteral("opt."), { QStringLiteral("ns.opt.") });
    delegate(opt, QStringLiteral("plain.opt."));
    const auto testSigned = sign(test, QStringLiteral("test"), nsec, error);
    const auto optSigned = sign(opt, QStringLiteral("opt"), optOut, error);
    if (!testSigned || !optSigned)
        return false;

    ZoneFile root(QStringLiteral("."), 2024060101);
    root.addNameServer(QStringLiteral("a.root-servers.lab."), m_root.address);
    m_servers[QStringLiteral(".")] = { m_root };
    delegate(root, QStringLiteral("test."), testSigned->dsRecords);
    delegate(root, QStringLiteral("opt."), optSigned->dsRecords);
    root.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.53"));
    const auto rootSigned = sign(root, QStringLiteral("root"), nsec, error);
    if (!rootSigned)
        return false;

    serve(QStringLiteral("root"), QStringLiteral("."), rootSigned->file, m_root);
    serve(QStringLiteral("test"), QStringLiteral("test."), testSigned->file, m_servers[QStringLiteral("test.")][0]);
    serve(QStringLiteral("opt"), QStringLiteral("opt."), optSigned->file, m_servers[QStringLiteral("opt.")][0]);
    const QList<ServerEndpoint>& secureServers = m_servers[QStringLiteral("secure.test.")];
    serve(QStringLiteral("secure-ns1"), secure.origin(), secureGood->file, secureServers[0]);
    serve(QStringLiteral("secure-ns2-other-keys"), secure.origin(), secureOther->file, secureServers[1]);
    serve(QStringLiteral("wrongds"), wrongDs.origin(), wrongDsSigned->file, m_servers[wrongDs.origin()][0]);
    serve(QStringLiteral("plain"), plain.origin(), m_lab.writeZone(plain), m_servers[plain.origin()][0]);
    serve(QStringLiteral("plain-opt"), plainOpt.origin(), m_lab.writeZone(plainOpt), m_servers[plainOpt.origin()][0]);
    if (!m_lab.startAll()) {
        *error = m_lab.lastError();
        return false;
    }
    m_anchorFile = m_lab.directory() + QStringLiteral("/root-anchor.ds");
    QFile file(m_anchorFile);
    const QByteArray ds = rootSigned->dsRecords.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(ds) == ds.size();
}

LiveCheckRequest ChainLab::request(const QStringList& zones) const
{
    ResolverConfig config;
    config.roots = { m_root };
    config.port = m_root.port;
    config.query.attemptTimeout = std::chrono::milliseconds(500);
    IterativeResolver resolver(config);
    LiveCheckRequest request;
    request.anchors = TrustAnchorSet::fromFile(m_anchorFile);
    request.options.attemptTimeout = std::chrono::milliseconds(300);
    request.options.attempts = 1;
    for (const QString& zone : zones) {
        LiveZoneTarget target;
        target.zone = *DnsName::fromText(zone.toUtf8());
        ModelTargets::walk(resolver, target, true, request.anchors);
        target.names.append({ *DnsName::fromText((QStringLiteral("www.") + zone).toUtf8()), rrtype::A, rrclass::IN });
        request.zones.append(target);
    }
    return request;
}

} // namespace nameplan
