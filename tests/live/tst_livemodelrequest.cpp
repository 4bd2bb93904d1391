// SPDX-License-Identifier: GPL-3.0-or-later
// What the Live Checks tab asks for the acme example: every zone, every authority address at
// settings.port, the modelled names inside each zone, the parent zone's servers. No traffic.
#include "livemodelrequest.h"
#include "modelfile.h"

#include <QTest>

using namespace nameplan;

class LiveModelRequestTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acmeExample();
    void rootsWhenNoParent();
};

namespace {
Model acme()
{
    const ModelFile::LoadResult loaded
        = ModelFile::load(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json"));
    return loaded.model;
}

const LiveZoneTarget* target(const LiveCheckRequest& request, const char* zone)
{
    for (const LiveZoneTarget& candidate : request.zones) {
        if (candidate.zone.toString() == QLatin1String(zone))
            return &candidate;
    }
    return nullptr;
}
} // namespace

void LiveModelRequestTest::acmeExample()
{
    Model model = acme();
    QCOMPARE(model.zones.size(), std::size_t(4));
    model.settings.port = 5300;
    const LiveCheckRequest request = LiveModelRequest::fromModel(model);
    QCOMPARE(request.zones.size(), 4);
    const LiveZoneTarget* idp = target(request, "idp.acme.example.");
    QVERIFY(idp);
    QVERIFY(idp->authorities.size() >= 4); // ns1..ns4, some with two addresses
    for (const LiveAuthority& authority : idp->authorities) {
        QCOMPARE(authority.endpoint.port, quint16(5300));
        QVERIFY2(authority.name.endsWith(QLatin1Char('.')), qPrintable(authority.name));
    }
    // The parent acme.example's authorities are asked for the delegation.
    QCOMPARE(idp->parentServers.size(), target(request, "acme.example.")->authorities.size());
    const LiveZoneTarget* apex = target(request, "acme.example.");
    bool ssoAsked = false;
    for (const DnsQuestion& question : apex->names)
        ssoAsked = ssoAsked || question.name.toString() == u"sso.acme.example.";
    QVERIFY(ssoAsked);
}

void LiveModelRequestTest::rootsWhenNoParent()
{
    Model model = acme();
    model.settings.roots = { QStringLiteral("127.0.0.1:5399"), QStringLiteral("not an address") };
    const LiveCheckRequest request = LiveModelRequest::fromModel(model);
    const LiveZoneTarget* apex = target(request, "acme.example.");
    QCOMPARE(apex->parentServers.size(), 1);
    QCOMPARE(apex->parentServers.first().toString(), QStringLiteral("127.0.0.1:5399"));
    QCOMPARE(apex->authorities.first().endpoint.port, quint16(53));
}

QTEST_GUILESS_MAIN(LiveModelRequestTest)
#include "tst_livemodelrequest.moc"
