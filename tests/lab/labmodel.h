// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nameplan {

// The Nameplan model (schema 1) of a lab a test started, built from the lab's real addresses
// the way a user would write it, for the tests that hand a model to the engine, the command
// line or the workbench. Every element is written as the model file spells it: the adders set
// the fields every lab model has, `more` carries the element's other fields (a display name,
// paths, software, SOA timers, a CNAME...). Sections stay out of the file until something is
// added to them.
//
//     LabModel model(QStringLiteral("Live lab"), primary);   // settings.port and .roots
//     model.setTrustAnchors(signedZone.dsRecords.trimmed().split(u'\n'));
//     model.addLoopbackSite();
//     model.addAuthority(QStringLiteral("ns1"), QStringLiteral("ns1.signed.test"), primary.address);
//     model.addZone(QStringLiteral("signed"), QStringLiteral("signed.test"), model.authorityIds());
//     QVERIFY(!model.write(lab.directory() + QStringLiteral("/lab.nameplan.json")).isEmpty());
class LabModel {
public:
    // The lab's site when it is one machine: the region and provider addLoopbackSite() adds.
    static inline const QString loopbackRegion = QStringLiteral("loopback");
    static inline const QString labProvider = QStringLiteral("lab");

    // Every lab server listens on root's port (glue carries no port), and the live checks walk
    // for the zones' parents from root (a lab server that serves the zone itself answers for
    // the delegation from the apex), never from the IANA roots.
    LabModel(const QString& title, const ServerEndpoint& root);

    // settings.trust_anchors: DS or DNSKEY records in presentation form, one per entry.
    void setTrustAnchors(const QStringList& records);

    // Region loopbackRegion and provider labProvider, for a lab whose servers are all here.
    void addLoopbackSite();
    void addRegion(const QString& id, const QJsonObject& more = {});
    void addProvider(const QString& id, const QJsonObject& more = {});
    // The first authority added is the primary; every later one is a secondary that transfers
    // from it, as the labs replicate (TestLab::replicate).
    void addAuthority(const QString& id, const QString& hostname, const QString& address,
        const QString& provider = labProvider, const QString& region = loopbackRegion, const QJsonObject& more = {});
    void addZone(
        const QString& id, const QString& domain, const QStringList& authorities, const QJsonObject& more = {});
    // An A record; `more` may make it a CNAME to another name.
    void addName(const QString& id, const QString& fqdn, const QJsonObject& more = {});
    void addPopulation(const QString& id, const QString& region, const QStringList& paths = {});
    void addService(
        const QString& id, const QStringList& names, const QString& criticality, const QStringList& populations);
    void addScenario(const QString& id, const QString& name, const QStringList& outages,
        std::optional<int> durationSeconds = std::nullopt);
    // An element of a section the adders above do not cover ("paths", "signers", ...).
    void add(const QString& section, const QJsonObject& element);

    // The ids of the authorities added so far, in order: a zone that every one of them serves.
    QStringList authorityIds() const;
    // The model file's bytes.
    QByteArray toJson() const;
    // Writes the model file and returns path; empty when the file cannot be written.
    QString write(const QString& path) const;

private:
    QJsonObject m_model;
};

} // namespace nameplan
