// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainlab.h"

#include "modeltargets.h"
#include "zoneedit.h"

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

// The CNAMEs of the follow-the-chain tests, between the two signed TLDs and into their children.
void ChainLab::addCnames(ZoneFile& test, ZoneFile& opt)
{
    test.add(QStringLiteral("alias"), QStringLiteral("CNAME"), QStringLiteral("www.opt."));
    test.add(QStringLiteral("*.wild"), QStringLiteral("CNAME"), QStringLiteral("www.opt."));
    test.add(QStringLiteral("tobroken"), QStringLiteral("CNAME"), QStringLiteral("www.broken.test."));
    test.add(QStringLiteral("toplain"), QStringLiteral("CNAME"), QStringLiteral("www.plain.test."));
    test.add(QStringLiteral("loop"), QStringLiteral("CNAME"), QStringLiteral("loop.opt."));
    opt.add(QStringLiteral("loop"), QStringLiteral("CNAME"), QStringLiteral("loop.test."));
    // long0.test. -> long1.opt. -> long2.test. ... -> long14.test.: 14 CNAMEs, more than the walk
    // (8) or Unbound (11 restarts) follows.
    for (int hop = 0; hop < 14; ++hop) {
        ZoneFile& zone = hop % 2 == 0 ? test : opt;
        const QString next = QStringLiteral("long%1.").arg(hop + 1)
            + (hop % 2 == 0 ? QStringLiteral("opt.") : QStringLiteral("test."));
        zone.add(QStringLiteral("long%1").arg(hop), QStringLiteral("CNAME"), next);
    }
    test.add(QStringLiteral("long14"), QStringLiteral("A"), QStringLiteral("192.0.2.14"));
}

// The signed zone with its www A changed after signing: the signature no longer matches.
bool ChainLab::tamper(const QString& file, const QString& origin, QString* error)
{
    const DnsName apex = *DnsName::fromText(origin.toUtf8());
    auto records = ZoneEdit::read(file, apex, error);
    if (!records)
        return false;
    if (!ZoneEdit::tamper(*records, *DnsName::fromText(QByteArray("www." + origin.toUtf8())), rrtype::A)) {
        *error = QStringLiteral("no www A to tamper with in ") + file;
        return false;
    }
    *error = ZoneEdit::write(*records, file);
    return error->isEmpty();
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
    const ZoneFile broken = child(QStringLiteral("broken.test."), { QStringLiteral("ns.broken.test.") });
    const auto brokenSigned = sign(broken, QStringLiteral("broken"), nsec, error);
    if (!brokenSigned || !tamper(brokenSigned->file, broken.origin(), error))
        return false;
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
    delegate(test, QStringLiteral("broken.test."), brokenSigned->dsRecords);
    ZoneFile opt = child(QStringLiteral("opt."), { QStringLiteral("ns.opt.") });
    delegate(opt, QStringLiteral("plain.opt."));
    addCnames(test, opt);
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
    serve(QStringLiteral("broken"), broken.origin(), brokenSigned->file, m_servers[broken.origin()][0]);
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

LiveCheckRequest ChainLab::request(const QStringList& zones, const QStringList& names) const
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
        for (const QString& name : names.isEmpty() ? QStringList { QStringLiteral("www.") + zone } : names) {
            const DnsName asked = *DnsName::fromText(name.toUtf8());
            if (asked.isSubdomainOf(target.zone))
                target.names.append({ asked, rrtype::A, rrclass::IN });
        }
        // After the names: the walk follows their CNAMEs (ModelTargets::walk).
        ModelTargets::walk(resolver, target, true, request.anchors);
        request.zones.append(target);
    }
    return request;
}

} // namespace nameplan
