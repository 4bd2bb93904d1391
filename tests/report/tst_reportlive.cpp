// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan report --with-live` against a lab of its own: signed.test. served by a healthy NSD,
// an NSD with the same keys but signatures that expired yesterday, an NSD whose copy is signed
// with other keys, and a silent server the model still lists. The PDF and the JSON bundle must
// carry the live checks per zone and authority with the time of each observation, the failures
// (the silent authority), and per authority the DNSSEC verdicts with their reasons and the
// remaining signature validity; without a trust anchor, DNSSEC is "not checked" with the reason.
// Only 127.0.0.0/8 (the walk starts at the healthy server, never at the IANA roots).
#include "programrun.h"
#include "testlab.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;

namespace {

// Output and errors in one stream, as a user would read them.
const ProgramRun::Options merged { {}, 90000, true };

} // namespace

class ReportLiveTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfShowsLiveChecksAndDnssec();
    void bundleCarriesThem();
    void withoutAnchorDnssecIsNotChecked();

private:
    QString writeModel(const QString& fileName, bool withAnchor) const;
    // Runs `nameplan report MODEL --with-live`; the PDF's text (NFKC) in *text.
    bool report(const QString& model, const QString& stem, QString* text) const;

    TestLab m_lab;
    QList<QPair<QString, ServerEndpoint>> m_servers;
    QStringList m_anchors;
    QString m_text;
    QJsonObject m_bundle;
    const QString m_origin = QStringLiteral("signed.test.");
};

void ReportLiveTest::initTestCase()
{
    const ServerEndpoint first = m_lab.allocate();
    const QStringList ids { QStringLiteral("ns1"), QStringLiteral("ns2"), QStringLiteral("ns3"),
        QStringLiteral("ns4") };
    for (const QString& id : ids)
        m_servers.append({ id, id == u"ns1" ? first : ServerEndpoint { LabNetwork::nextAddress(), first.port } });
    ZoneFile zone(m_origin, 2024060101);
    for (const auto& [id, endpoint] : std::as_const(m_servers))
        zone.addNameServer(id, endpoint.address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    const QString dir = m_lab.directory();
    QVERIFY(!m_lab.writeZone(zone, QStringLiteral("good.zone")).isEmpty());
    QVERIFY(!m_lab.writeZone(zone, QStringLiteral("other.zone")).isEmpty());
    const ZoneSigner::Result good = ZoneSigner::sign(
        dir + QStringLiteral("/good.zone"), m_origin, dir + QStringLiteral("/keys"), ZoneSigner::Spec {});
    QVERIFY2(good.ok(), qPrintable(good.error));
    // The same keys, signatures that ended yesterday.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expired = ZoneSigner::resign(dir + QStringLiteral("/good.zone"), m_origin,
        dir + QStringLiteral("/keys"), now.addDays(-10), now.addDays(-1), dir + QStringLiteral("/expired.zone.signed"));
    QVERIFY2(expired.isEmpty(), qPrintable(expired));
    const ZoneSigner::Result other = ZoneSigner::sign(
        dir + QStringLiteral("/other.zone"), m_origin, dir + QStringLiteral("/otherkeys"), ZoneSigner::Spec {});
    QVERIFY2(other.ok(), qPrintable(other.error));

    m_lab.addNsd(QStringLiteral("healthy"), m_servers[0].second)->addPrimaryZone(m_origin, good.signedFile);
    m_lab.addNsd(QStringLiteral("expired"), m_servers[1].second)
        ->addPrimaryZone(m_origin, dir + QStringLiteral("/expired.zone.signed"));
    m_lab.addNsd(QStringLiteral("otherkeys"), m_servers[2].second)->addPrimaryZone(m_origin, other.signedFile);
    m_lab.addSilent(QStringLiteral("silent"), m_servers[3].second);
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
    m_anchors = good.dsRecords.trimmed().split(u'\n');

    QVERIFY(report(writeModel(QStringLiteral("anchored.nameplan.json"), true), QStringLiteral("anchored"), &m_text));
    QFile bundle(dir + QStringLiteral("/anchored.json"));
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    m_bundle = QJsonDocument::fromJson(bundle.readAll()).object();
}

QString ReportLiveTest::writeModel(const QString& fileName, bool withAnchor) const
{
    // The walk for the parent's servers starts at the healthy server: it serves signed.test.
    // itself, so it answers for the delegation from the apex.
    LabModel model(QStringLiteral("Live report lab"), m_servers[0].second);
    if (withAnchor)
        model.setTrustAnchors(m_anchors);
    model.addLoopbackSite();
    for (const auto& [id, endpoint] : m_servers)
        model.addAuthority(id, id + QStringLiteral(".signed.test"), endpoint.address);
    model.addZone(QStringLiteral("signed"), QStringLiteral("signed.test"), model.authorityIds());
    model.addName(QStringLiteral("www"), QStringLiteral("www.signed.test"));
    return model.write(m_lab.directory() + u'/' + fileName);
}

bool ReportLiveTest::report(const QString& model, const QString& stem, QString* text) const
{
    const QString base = m_lab.directory() + u'/' + stem;
    const ProgramRun run = ProgramRun::nameplan(
        { QStringLiteral("report"), model, QStringLiteral("--with-live"), QStringLiteral("--json"),
            base + QStringLiteral(".json"), QStringLiteral("-o"), base + QStringLiteral(".pdf") },
        merged);
    if (run.exitCode != 0) {
        qWarning("%s", run.out.constData());
        return false;
    }
    const ProgramRun pdf = ProgramRun::run(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), base + QStringLiteral(".pdf"), QStringLiteral("-") }, merged);
    // NFKC undoes the typographic ligatures (fi, ff) the PDF text carries.
    *text = QString::fromUtf8(pdf.out).normalized(QString::NormalizationForm_KC);
    return pdf.exitCode == 0;
}

void ReportLiveTest::pdfShowsLiveChecksAndDnssec()
{
    const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"));
    for (const QString& expected : { QStringLiteral("Live checks"), QStringLiteral("Failures"),
             QStringLiteral("Zone signed.test."), QStringLiteral("reachable-udp"), QStringLiteral("ns4.signed.test."),
             m_servers[3].second.address, QStringLiteral("DNSSEC"), QStringLiteral("secure"), QStringLiteral("bogus"),
             QStringLiteral("signature-expired"), QStringLiteral("dnskey-missing (EDE 9)"),
             QStringLiteral("Remaining validity"), QStringLiteral("none: at least one authority serves nothing"),
             QStringLiteral("Observed"), today })
        QVERIFY2(m_text.contains(expected), qPrintable(expected + u'\n' + m_text));
    // What the healthy server serves stays valid, with the same date as the bundle says.
    const QJsonArray authorities = m_bundle.value(QStringLiteral("dnssec"))[0][QStringLiteral("authorities")].toArray();
    QVERIFY(!authorities.isEmpty());
    const QDateTime until
        = QDateTime::fromString(authorities[0][QStringLiteral("valid_until")].toString(), Qt::ISODate);
    QVERIFY(m_text.contains(until.toString(QStringLiteral("yyyy-MM-dd"))));
    QVERIFY(!m_text.contains(QStringLiteral("Live checks were not run")));
    QVERIFY(!m_text.contains(QStringLiteral("not checked")));
}

void ReportLiveTest::bundleCarriesThem()
{
    const QJsonObject live = m_bundle.value(QStringLiteral("live_checks")).toObject();
    QVERIFY(QDateTime::fromString(live.value(QStringLiteral("started_at")).toString(), Qt::ISODate).isValid());
    QVERIFY(live.value(QStringLiteral("errors")).toInt() > 0);
    const QJsonArray zones = live.value(QStringLiteral("zones")).toArray();
    QCOMPARE(zones.size(), 1);
    QCOMPARE(zones[0][QStringLiteral("domain")].toString(), m_origin);
    bool silentUnreachable = false;
    for (const QJsonValue& f : zones[0][QStringLiteral("findings")].toArray()) {
        QVERIFY(QDateTime::fromString(f[QStringLiteral("observed_at")].toString(), Qt::ISODate).isValid());
        silentUnreachable |= f[QStringLiteral("check")].toString() == u"reachable-udp"
            && f[QStringLiteral("severity")].toString() == u"error"
            && f[QStringLiteral("authority")].toString().contains(m_servers[3].second.address);
    }
    QVERIFY(silentUnreachable);
    // The raw observations as `nameplan check --json` writes them.
    QVERIFY(!live.value(QStringLiteral("raw")).toObject().value(QStringLiteral("findings")).toArray().isEmpty());

    const QJsonArray dnssec = m_bundle.value(QStringLiteral("dnssec")).toArray();
    QCOMPARE(dnssec.size(), 1);
    const QJsonObject zone = dnssec[0].toObject();
    QCOMPARE(zone.value(QStringLiteral("status")).toString(), QStringLiteral("bogus"));
    // The expired copy leaves no validity at all: the zone's least is zero, while what the
    // healthy server serves stays valid for about 30 days (ZoneSigner's default).
    QCOMPARE(zone.value(QStringLiteral("remaining_seconds")).toDouble(), 0.0);
    QHash<QString, QString> statusOf;
    for (const QJsonValue& a : zone.value(QStringLiteral("authorities")).toArray()) {
        statusOf.insert(a[QStringLiteral("address")].toString(), a[QStringLiteral("status")].toString());
        if (a[QStringLiteral("address")].toString() == m_servers[0].second.toString()) {
            const QDateTime until = QDateTime::fromString(a[QStringLiteral("valid_until")].toString(), Qt::ISODate);
            QVERIFY(until > QDateTime::currentDateTimeUtc().addDays(29));
            for (const QJsonValue& v : a[QStringLiteral("verdicts")].toArray())
                QVERIFY(QDateTime::fromString(v[QStringLiteral("valid_until")].toString(), Qt::ISODate) >= until);
        }
    }
    QCOMPARE(statusOf.value(m_servers[0].second.toString()), QStringLiteral("secure"));
    QCOMPARE(statusOf.value(m_servers[1].second.toString()), QStringLiteral("bogus"));
    QCOMPARE(statusOf.value(m_servers[2].second.toString()), QStringLiteral("bogus"));
}

void ReportLiveTest::withoutAnchorDnssecIsNotChecked()
{
    QString text;
    QVERIFY(report(writeModel(QStringLiteral("plain.nameplan.json"), false), QStringLiteral("plain"), &text));
    QVERIFY2(text.contains(QStringLiteral("not checked: no trust anchor is configured")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("reachable-udp")));
    QFile file(m_lab.directory() + QStringLiteral("/plain.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject zone
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("dnssec")).toArray()[0].toObject();
    QCOMPARE(zone.value(QStringLiteral("status")).toString(), QStringLiteral("not checked"));
    QVERIFY(zone.value(QStringLiteral("reason")).toString().contains(QStringLiteral("trust anchor")));
}

QTEST_GUILESS_MAIN(ReportLiveTest)
#include "tst_reportlive.moc"
