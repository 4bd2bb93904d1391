// SPDX-License-Identifier: GPL-3.0-or-later
// Per-authority DNSSEC validation in the live checks against real servers: one zone signed at
// test time, served by a healthy NSD primary, an NSD serving a copy re-signed with the same
// keys but expired signatures, and an NSD serving a copy signed with other keys (the anchor's
// DS matches none of them). Each authority must get its own verdict, and `delv` (BIND's
// validator, run with the same trust anchor against each server) must agree on every one.
// Only 127.0.0.0/8, every wait bounded.
#include "dnsseclab.h"
#include "livechecker.h"
#include "observedvalidity.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {

// Output and errors in one stream, as a user would read them.
ProgramRun runMerged(const QString& program, const QStringList& arguments, const QString& directory = QString())
{
    return ProgramRun::run(program, arguments, { directory, 60000, true });
}
} // namespace

class LiveDnssecTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void perAuthorityVerdicts();
    void commandJson();
    void delvAgrees();
    void observedValidityFeedsModel();

private:
    LiveCheckRequest request() const;
    bool writeFile(const QString& path, const QString& text) const;

    DnssecLab m_lab;
    QString m_anchorFile;
    QString m_delvAnchorFile;
    LabServer* m_primary = nullptr;
    LabServer* m_expired = nullptr;
    LabServer* m_otherKeys = nullptr;
    const QString m_origin = QStringLiteral("signed.test.");
};

bool LiveDnssecTest::writeFile(const QString& path, const QString& text) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

void LiveDnssecTest::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.start(&error), qPrintable(error));
    m_primary = m_lab.primary();
    m_expired = m_lab.expired();
    m_otherKeys = m_lab.otherKeys();
    m_anchorFile = m_lab.anchorFile();
    m_delvAnchorFile = m_lab.lab().directory() + QStringLiteral("/anchor.delv");
    QVERIFY(writeFile(m_delvAnchorFile, ReferenceValidator::delvAnchors(m_lab.dsRecords())));
}

LiveCheckRequest LiveDnssecTest::request() const
{
    return m_lab.request();
}

void LiveDnssecTest::perAuthorityVerdicts()
{
    const LiveReport report = LiveChecker::runBlocking(request());
    QVERIFY(report.dnssecChecked);
    QCOMPARE(report.dnssec.size(), 3);
    // Primary: DNSKEY and www/A secure, signatures valid about 30 days more.
    const LiveDnssecAuthority& primary = report.dnssec[0];
    QCOMPARE(primary.verdicts.size(), 2);
    for (const Verdict& verdict : primary.verdicts)
        QVERIFY2(verdict.isSecure(), qPrintable(verdict.toString()));
    QCOMPARE(primary.verdicts[1].type, rrtype::A);
    QVERIFY(primary.validUntil);
    const qint64 left = *primary.validUntil - report.finishedAt.toSecsSinceEpoch();
    QVERIFY2(left > 29 * 86400 && left <= 30 * 86400, qPrintable(QString::number(left)));
    // Expired copy with the right keys: bogus, signature expired (EDE 7), nothing valid left.
    const LiveDnssecAuthority& expired = report.dnssec[1];
    QCOMPARE(expired.verdicts.first().status, Verdict::Status::Bogus);
    QCOMPARE(expired.verdicts.first().edeCode(), std::optional<std::uint16_t>(7));
    QCOMPARE(expired.verdicts.last().status, Verdict::Status::Bogus);
    QCOMPARE(expired.verdicts.last().type, rrtype::A);
    QVERIFY(!expired.validUntil);
    // Keys the anchor's DS matches none of: bogus, DNSKEY missing (EDE 9).
    const LiveDnssecAuthority& other = report.dnssec[2];
    QCOMPARE(other.verdicts.first().status, Verdict::Status::Bogus);
    QCOMPARE(other.verdicts.first().edeCode(), std::optional<std::uint16_t>(9));
    QCOMPARE(other.verdicts.first().authority, m_otherKeys->endpoint().toString());
    // The zone's remaining validity is the least over its authorities: zero here.
    QCOMPARE(report.remainingValidity().size(), 1);
    QCOMPARE(report.remainingValidity().first().second, 0);
    // One dnssec finding per authority: ok, error, error.
    QList<LiveSeverity> severities;
    for (const LiveFinding& finding : report.findings) {
        if (finding.checkId == QStringLiteral("dnssec"))
            severities.append(finding.severity);
    }
    QCOMPARE(severities, (QList { LiveSeverity::Ok, LiveSeverity::Error, LiveSeverity::Error }));
}

void LiveDnssecTest::commandJson()
{
    const ProgramRun run = runMerged(QStringLiteral(NAMEPLAN_EXECUTABLE),
        { QStringLiteral("check"), QStringLiteral("--zone"), m_origin, QStringLiteral("--ns"),
            QStringLiteral("ns1=") + m_primary->endpoint().toString(), QStringLiteral("--anchor"), m_anchorFile,
            QStringLiteral("--name"), QStringLiteral("www.signed.test/A"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonObject dnssec = json.value(QStringLiteral("dnssec")).toObject();
    QCOMPARE(dnssec.value(QStringLiteral("status")).toString(), QStringLiteral("checked"));
    const QJsonArray verdicts = dnssec.value(QStringLiteral("authorities"))[0][QStringLiteral("verdicts")].toArray();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts[1][QStringLiteral("status")].toString(), QStringLiteral("secure"));
    QCOMPARE(verdicts[1][QStringLiteral("owner")].toString(), QStringLiteral("www.signed.test."));
    const QJsonArray remaining = json.value(QStringLiteral("remaining_validity")).toArray();
    QCOMPARE(remaining.size(), 1);
    QVERIFY(remaining[0][QStringLiteral("seconds")].toDouble() > 29 * 86400);
}

void LiveDnssecTest::delvAgrees()
{
    const LiveReport report = LiveChecker::runBlocking(request());
    const QList<LabServer*> servers { m_primary, m_expired, m_otherKeys };
    QCOMPARE(report.dnssec.size(), servers.size());
    for (int a = 0; a < servers.size(); ++a) {
        const Verdict& answer = report.dnssec[a].verdicts.last();
        QCOMPARE(Verdict::statusName(answer.status),
            ReferenceValidator::delv(m_delvAnchorFile, m_origin, servers[a]->endpoint(),
                QStringLiteral("www.") + m_origin, QStringLiteral("A")));
    }
}

void LiveDnssecTest::observedValidityFeedsModel()
{
    LiveCheckRequest healthy = request();
    healthy.zones[0].authorities = { healthy.zones[0].authorities.first() };
    const LiveReport report = LiveChecker::runBlocking(healthy);
    Model model;
    Zone zone;
    zone.id = QStringLiteral("z1");
    zone.domain = QStringLiteral("signed.test");
    model.zones.push_back(zone);
    const QList<ObservedValidity::Change> changes = ObservedValidity::changes(model, report);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.first().before);
    ObservedValidity::apply(model, changes);
    QVERIFY(model.zones.front().signatureValidity.value_or(0) > 29 * 86400);
    ObservedValidity::apply(model, changes, true);
    QVERIFY(!model.zones.front().signatureValidity);
}

QTEST_GUILESS_MAIN(LiveDnssecTest)
#include "tst_livednssec.moc"
