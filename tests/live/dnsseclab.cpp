// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsseclab.h"

#include <QFile>

namespace nameplan {

bool DnssecLab::signExpired(QString* error) const
{
    // The same keys, signatures that ended yesterday: what a secondary left behind serves.
    const QString dir = m_lab.directory();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    *error = ZoneSigner::resign(dir + QStringLiteral("/good.zone"), m_origin, dir + QStringLiteral("/keys"),
        now.addDays(-10), now.addDays(-1), dir + QStringLiteral("/expired.zone.signed"));
    return error->isEmpty();
}

bool DnssecLab::start(QString* error)
{
    m_primary = m_lab.addNsd(QStringLiteral("primary"));
    m_expired = m_lab.addNsd(QStringLiteral("expired"));
    m_otherKeys = m_lab.addNsd(QStringLiteral("otherkeys"));
    ZoneFile zone(m_origin, 2024060101);
    zone.addNameServer(QStringLiteral("ns1"), m_primary->endpoint().address);
    zone.addNameServer(QStringLiteral("ns2"), m_expired->endpoint().address);
    zone.addNameServer(QStringLiteral("ns3"), m_otherKeys->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    const QString dir = m_lab.directory();
    if (m_lab.writeZone(zone, QStringLiteral("good.zone")).isEmpty()
        || m_lab.writeZone(zone, QStringLiteral("other.zone")).isEmpty()) {
        *error = QStringLiteral("cannot write the zones");
        return false;
    }
    const ZoneSigner::Result good = ZoneSigner::sign(
        dir + QStringLiteral("/good.zone"), m_origin, dir + QStringLiteral("/keys"), ZoneSigner::Spec {});
    const ZoneSigner::Result other = ZoneSigner::sign(
        dir + QStringLiteral("/other.zone"), m_origin, dir + QStringLiteral("/otherkeys"), ZoneSigner::Spec {});
    if (!good.ok() || !other.ok()) {
        *error = good.error + other.error;
        return false;
    }
    if (!signExpired(error))
        return false;
    m_primary->addPrimaryZone(m_origin, good.signedFile);
    m_expired->addPrimaryZone(m_origin, dir + QStringLiteral("/expired.zone.signed"));
    m_otherKeys->addPrimaryZone(m_origin, other.signedFile);
    if (!m_lab.startAll()) {
        *error = m_lab.lastError();
        return false;
    }
    m_dsRecords = good.dsRecords;
    m_anchorFile = dir + QStringLiteral("/anchor.ds");
    QFile file(m_anchorFile);
    const QByteArray ds = m_dsRecords.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(ds) == ds.size();
}

LiveCheckRequest DnssecLab::request() const
{
    LiveZoneTarget target;
    target.zone = *DnsName::fromText(m_origin.toUtf8());
    target.authorities = { { QStringLiteral("ns1"), m_primary->endpoint() },
        { QStringLiteral("ns2"), m_expired->endpoint() }, { QStringLiteral("ns3"), m_otherKeys->endpoint() } };
    target.names.append({ *DnsName::fromText("www.signed.test."), rrtype::A, rrclass::IN });
    LiveCheckRequest request;
    request.zones.append(target);
    request.anchors = TrustAnchorSet::fromFile(m_anchorFile);
    return request;
}

} // namespace nameplan
