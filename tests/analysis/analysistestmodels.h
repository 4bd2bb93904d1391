// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small hand-made estates for the analysis tests, written as code so that each test shows
// exactly the part of the model it is about.

#include "model.h"

namespace nameplan::testmodels {

inline Region region(const QString& id, const QString& parent = {})
{
    Region r;
    r.id = id;
    r.parent = parent;
    return r;
}

inline Authority authority(const QString& id, const QString& host, const QString& provider, const QStringList& regions,
    const QStringList& paths, const QString& software, const QString& role = QStringLiteral("secondary"),
    const QString& transferFrom = {})
{
    Authority a;
    a.id = id;
    a.hostname = host;
    a.provider = provider;
    a.regions = regions;
    a.paths = paths;
    a.software = software;
    a.role = role;
    a.transferFrom = transferFrom;
    return a;
}

inline Zone zone(const QString& id, const QString& domain, const QStringList& authorities)
{
    Zone z;
    z.id = id;
    z.domain = domain;
    z.authorities = authorities;
    return z;
}

inline Name name(const QString& id, const QString& fqdn, const QString& cname = {})
{
    Name n;
    n.id = id;
    n.fqdn = fqdn;
    n.type = QStringLiteral("A");
    n.cname = cname;
    return n;
}

// A hidden primary hp (p1, eu-west) feeding secondaries a1 (p1, eu-west, path t1, nsd) and
// a2 (p2, us-east, path t2, knot) that serve example.com, signed by sig (p1); SOA expire
// 7 days, signatures valid 14 days. Service "web" needs www.example.com for population pop,
// which reaches both paths.
inline Model base()
{
    Model m;
    m.regions = { region(QStringLiteral("europe")), region(QStringLiteral("eu-west"), QStringLiteral("europe")),
        region(QStringLiteral("us-east")) };
    Provider p1;
    p1.id = QStringLiteral("p1");
    Provider p2;
    p2.id = QStringLiteral("p2");
    m.providers = { p1, p2 };
    NetworkPath t1;
    t1.id = QStringLiteral("t1");
    t1.regions = { QStringLiteral("eu-west") };
    NetworkPath t2;
    t2.id = QStringLiteral("t2");
    t2.regions = { QStringLiteral("us-east") };
    m.paths = { t1, t2 };
    Dependency dep;
    dep.id = QStringLiteral("dep1");
    m.dependencies = { dep };
    Signer sig;
    sig.id = QStringLiteral("sig");
    sig.provider = QStringLiteral("p1");
    m.signers = { sig };
    m.authorities = {
        authority(QStringLiteral("hp"), QStringLiteral("hp.int.example.com"), QStringLiteral("p1"),
            { QStringLiteral("eu-west") }, {}, QStringLiteral("bind"), QStringLiteral("hidden-primary")),
        authority(QStringLiteral("a1"), QStringLiteral("ns1.example.com"), QStringLiteral("p1"),
            { QStringLiteral("eu-west") }, { QStringLiteral("t1") }, QStringLiteral("nsd"), QStringLiteral("secondary"),
            QStringLiteral("hp")),
        authority(QStringLiteral("a2"), QStringLiteral("ns2.example.com"), QStringLiteral("p2"),
            { QStringLiteral("us-east") }, { QStringLiteral("t2") }, QStringLiteral("knot"),
            QStringLiteral("secondary"), QStringLiteral("hp")),
    };
    Zone z = zone(QStringLiteral("z"), QStringLiteral("example.com"), { QStringLiteral("a1"), QStringLiteral("a2") });
    z.signer = QStringLiteral("sig");
    z.soaExpire = 7 * 86400;
    z.signatureValidity = 14 * 86400;
    m.zones = { z };
    m.names = { name(QStringLiteral("www"), QStringLiteral("www.example.com")) };
    Population pop;
    pop.id = QStringLiteral("pop");
    pop.name = QStringLiteral("Staff");
    pop.region = QStringLiteral("us-east");
    pop.paths = { QStringLiteral("t1"), QStringLiteral("t2") };
    m.populations = { pop };
    Service web;
    web.id = QStringLiteral("web");
    web.name = QStringLiteral("Web");
    web.names = { QStringLiteral("www") };
    web.populations = { QStringLiteral("pop") };
    m.services = { web };
    return m;
}

} // namespace nameplan::testmodels
