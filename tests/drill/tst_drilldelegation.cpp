// SPDX-License-Identifier: GPL-3.0-or-later
// The failover drill's judgement of unsigned delegations below a signed parent (issue 5): the
// drill must ask the parent's surviving authorities for the DS at the cut and call the child
// insecure only when the parent's signed NSEC/NSEC3 proves the DS absent (RFC 4035 §5.2, RFC
// 5155 §8.9, RFC 6840 §4.4); a stripped DS or a broken proof is bogus, and a parent that cannot
// be asked is indeterminate. Real servers: one NSD serves every parent zone (each its own trust
// anchor, signed at test time; the broken parents are signed copies broken afterwards), one NSD
// the children, one NSD a parent the outage takes down. Every secure, insecure and bogus verdict
// is held against a validating Unbound with the same anchors.
#include "drillrunner.h"
#include "modelfile.h"
#include "programrun.h"
#include "referencevalidator.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {

const quint32 serial = 2024070101;

// A parent zone of the lab and what its delegation to the unsigned plain.<parent> looks like.
struct Parent {
    QString label; // <label>.dd.test.
    bool nsec3 = false;
    bool optOut = false;
    enum class Fault { None, DsStripped, ProofUnsigned, ProofTampered } fault = Fault::None;
};

const QList<Parent> parents {
    { QStringLiteral("nsec") },
    { QStringLiteral("nsec3"), true },
    { QStringLiteral("optout"), true, true },
    // Signed with a DS at the cut, served without it: the NSEC there still lists DS.
    { QStringLiteral("stripped"), false, false, Parent::Fault::DsStripped },
    { QStringLiteral("unsigned-proof"), false, false, Parent::Fault::ProofUnsigned },
    { QStringLiteral("tampered-proof"), false, false, Parent::Fault::ProofTampered },
};

QString origin(const QString& label)
{
    return label + QStringLiteral(".dd.test.");
}

QString plainChild(const QString& label)
{
    return QStringLiteral("plain.") + origin(label);
}

// The name the drill and the reference resolver are asked for, below the unsigned child.
QString wwwOf(const QString& zone)
{
    return QStringLiteral("www.") + zone;
}

QString relative(const QString& absolute)
{
    return absolute.chopped(1);
}

} // namespace

class DrillDelegationTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void parentDownInTheOutage();
    void parentDownInReality();
    void command();
    void report();

private:
    bool signParents(QString* error);
    // Writes and signs zone with spec (NSEC or NSEC3), keys of its own; error set on failure.
    ZoneSigner::Result sign(const ZoneFile& zone, const ZoneSigner::Spec& spec);
    // Serves the signed parent on the parents' NSD after breaking it as parent.fault says.
    bool serveBroken(const Parent& parent, const QString& signedFile, QString* error);
    ZoneFile childZone(const QString& zoneOrigin) const;
    void delegate(ZoneFile& parent, const QString& child) const;
    LabModel model() const;
    DrillResult drill(const QStringList& outages) const;
    static const DrillResult::NameCheck* checkOf(const DrillResult& result, const QString& fqdn);

    TestLab m_lab;
    NsdServer* m_parents = nullptr;
    NsdServer* m_children = nullptr;
    NsdServer* m_downParent = nullptr;
    UnboundResolver* m_reference = nullptr;
    QString m_dsRecords;
    DrillResult m_healthy; // no outage
};

ZoneFile DrillDelegationTest::childZone(const QString& zoneOrigin) const
{
    ZoneFile zone(zoneOrigin, serial);
    zone.addNameServer(QStringLiteral("ns"), m_children->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.80"));
    return zone;
}

void DrillDelegationTest::delegate(ZoneFile& parent, const QString& child) const
{
    parent.add(child, QStringLiteral("NS"), QStringLiteral("ns.") + child);
    parent.add(QStringLiteral("ns.") + child, QStringLiteral("A"), m_children->endpoint().address);
}

ZoneSigner::Result DrillDelegationTest::sign(const ZoneFile& zone, const ZoneSigner::Spec& spec)
{
    const QString file = m_lab.writeZone(zone);
    ZoneSigner::Result result
        = ZoneSigner::sign(file, zone.origin(), m_lab.directory() + QStringLiteral("/keys-") + zone.origin(), spec);
    if (file.isEmpty() || !result.ok() || !result.dsRecords.contains(QStringLiteral(" DS ")))
        result.error = zone.origin() + QStringLiteral(": ") + m_lab.lastError() + result.error;
    return result;
}

bool DrillDelegationTest::serveBroken(const Parent& parent, const QString& signedFile, QString* error)
{
    const QString zone = origin(parent.label);
    const DnsName cut = *DnsName::fromText(plainChild(parent.label).toUtf8());
    auto records = ZoneEdit::read(signedFile, *DnsName::fromText(zone.toUtf8()), error);
    if (!records)
        return false;
    bool broken = false;
    switch (parent.fault) {
    case Parent::Fault::None:
        broken = true;
        break;
    case Parent::Fault::DsStripped: // what an attacker on the path would do to a signed child
        broken = ZoneEdit::dropRrsigs(*records, cut, rrtype::DS) > 0
            && records->removeIf([&cut](const ResourceRecord& r) { return r.owner == cut && r.type == rrtype::DS; })
                > 0;
        break;
    case Parent::Fault::ProofUnsigned:
        broken = ZoneEdit::dropRrsigs(*records, cut, rrtype::NSEC) > 0;
        break;
    case Parent::Fault::ProofTampered: // the only RRSIG at an unsigned cut is the NSEC's
        broken = ZoneEdit::tamper(*records, cut, rrtype::RRSIG);
        break;
    }
    const QString file = m_lab.directory() + u'/' + zone + QStringLiteral("served");
    *error = broken ? ZoneEdit::write(*records, file) : zone + QStringLiteral(": nothing to break");
    m_parents->addPrimaryZone(zone, file);
    return error->isEmpty();
}

bool DrillDelegationTest::signParents(QString* error)
{
    // Each parent is its own trust anchor; a signed child's DS goes into its parent.
    const auto anchor = [this, error](const ZoneSigner::Result& result) {
        *error = result.error;
        m_dsRecords += result.dsRecords.trimmed() + u'\n';
        return result.ok();
    };
    for (const Parent& parent : parents) {
        ZoneFile zone(origin(parent.label), serial);
        zone.addNameServer(QStringLiteral("ns"), m_parents->endpoint().address);
        zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
        delegate(zone, plainChild(parent.label));
        if (parent.fault == Parent::Fault::DsStripped) // a DS naming a key no one has
            zone.add(plainChild(parent.label), QStringLiteral("DS"),
                QStringLiteral("12345 13 2 ") + QStringLiteral("ab").repeated(32));
        m_children->addPrimaryZone(plainChild(parent.label), m_lab.writeZone(childZone(plainChild(parent.label))));
        if (parent.label == u"nsec") { // and a signed child: the secure case
            const QString signedChild = QStringLiteral("signed.") + zone.origin();
            const ZoneSigner::Result child = sign(childZone(signedChild), ZoneSigner::Spec {});
            *error = child.error;
            if (!child.ok())
                return false;
            const QString ds = child.dsRecords.trimmed();
            m_children->addPrimaryZone(signedChild, child.signedFile);
            delegate(zone, signedChild);
            zone.add(signedChild, QStringLiteral("DS"), ds.mid(ds.indexOf(QStringLiteral(" DS ")) + 4));
        }
        ZoneSigner::Spec spec;
        spec.nsec3 = parent.nsec3;
        spec.optOut = parent.optOut;
        spec.nsec3SaltHex = parent.nsec3 ? QStringLiteral("c0ffee") : QString();
        const ZoneSigner::Result result = sign(zone, spec);
        if (!anchor(result) || !serveBroken(parent, result.signedFile, error))
            return false;
    }
    // The parent the outage takes down: its own server.
    ZoneFile down(origin(QStringLiteral("down")), serial);
    down.addNameServer(QStringLiteral("ns"), m_downParent->endpoint().address);
    delegate(down, plainChild(QStringLiteral("down")));
    m_children->addPrimaryZone(
        plainChild(QStringLiteral("down")), m_lab.writeZone(childZone(plainChild(QStringLiteral("down")))));
    const ZoneSigner::Result result = sign(down, ZoneSigner::Spec {});
    m_downParent->addPrimaryZone(down.origin(), result.signedFile);
    return anchor(result);
}

void DrillDelegationTest::initTestCase()
{
    // One port for every server: the model has one settings.port.
    const ServerEndpoint first = m_lab.allocate();
    m_parents = m_lab.addNsd(QStringLiteral("parents"), first);
    m_children = m_lab.addNsd(QStringLiteral("children"), ServerEndpoint { LabNetwork::nextAddress(), first.port });
    m_downParent
        = m_lab.addNsd(QStringLiteral("down-parent"), ServerEndpoint { LabNetwork::nextAddress(), first.port });
    QString error;
    QVERIFY2(signParents(&error), qPrintable(error));
    const QString anchorFile = m_lab.directory() + QStringLiteral("/anchors.ds");
    QFile anchors(anchorFile);
    QVERIFY(anchors.open(QIODevice::WriteOnly) && anchors.write(m_dsRecords.toUtf8()) > 0);
    anchors.close();
    // The reference: Unbound with the same anchors, each parent stubbed to its server, each
    // child to the children's (Unbound asks the parent's stub for the DS).
    m_reference = m_lab.addUnboundResolver(QStringLiteral("reference"));
    m_reference->setTrustAnchorFile(anchorFile);
    for (const Parent& parent : parents) {
        m_reference->addStub(origin(parent.label), m_parents->endpoint());
        m_reference->addStub(plainChild(parent.label), m_children->endpoint());
    }
    m_reference->addStub(QStringLiteral("signed.") + origin(QStringLiteral("nsec")), m_children->endpoint());
    QVERIFY2(m_lab.startAll(), qPrintable(m_lab.lastError()));
    m_healthy = drill({});
    QVERIFY(!m_healthy.names.empty());
}

LabModel DrillDelegationTest::model() const
{
    LabModel model(QStringLiteral("Unsigned delegations lab"), m_parents->endpoint());
    model.setTrustAnchors(m_dsRecords.trimmed().split(u'\n'));
    model.addLoopbackSite();
    model.add(QStringLiteral("signers"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("signer") },
            { QStringLiteral("provider"), LabModel::labProvider },
            { QStringLiteral("regions"), QJsonArray { LabModel::loopbackRegion } } });
    model.addAuthority(QStringLiteral("parents-ns"), QStringLiteral("ns.nsec.dd.test"), m_parents->endpoint().address);
    model.addAuthority(
        QStringLiteral("children-ns"), QStringLiteral("ns.plain.nsec.dd.test"), m_children->endpoint().address);
    model.addAuthority(QStringLiteral("down-ns"), QStringLiteral("ns.down.dd.test"), m_downParent->endpoint().address);
    const QJsonObject signedZone { { QStringLiteral("signer"), QStringLiteral("signer") } };
    QStringList names;
    QStringList labels { QStringLiteral("down") };
    for (const Parent& parent : parents)
        labels.append(parent.label);
    for (const QString& label : std::as_const(labels)) {
        const QString parentId = QStringLiteral("parent-") + label;
        model.addZone(parentId, relative(origin(label)),
            { label == u"down" ? QStringLiteral("down-ns") : QStringLiteral("parents-ns") }, signedZone);
        // Unsigned in the model too: what the drill must not take on trust.
        model.addZone(QStringLiteral("plain-") + label, relative(plainChild(label)), { QStringLiteral("children-ns") },
            { { QStringLiteral("parent"), parentId } });
        model.addName(QStringLiteral("www-") + label, relative(wwwOf(plainChild(label))));
        names.append(QStringLiteral("www-") + label);
    }
    QJsonObject signedChild = signedZone;
    signedChild.insert(QStringLiteral("parent"), QStringLiteral("parent-nsec"));
    model.addZone(QStringLiteral("signed-nsec"), QStringLiteral("signed.nsec.dd.test"),
        { QStringLiteral("children-ns") }, signedChild);
    model.addName(QStringLiteral("www-signed"), QStringLiteral("www.signed.nsec.dd.test"));
    names.append(QStringLiteral("www-signed"));
    model.addPopulation(QStringLiteral("users"), LabModel::loopbackRegion);
    model.addService(QStringLiteral("everything"), names, QStringLiteral("critical"), { QStringLiteral("users") });
    return model;
}

DrillResult DrillDelegationTest::drill(const QStringList& outages) const
{
    const ModelFile::LoadResult loaded = ModelFile::parse(model().toJson());
    if (!loaded.usable()) {
        for (const Problem& problem : loaded.problems)
            qWarning("%s: %s", qPrintable(problem.path), qPrintable(problem.message));
        return {};
    }
    DrillRunner::Options options;
    options.outages = outages;
    options.durationSeconds = 3600;
    options.query.attemptTimeout = 300ms; // every server is local: a stopped one refuses at once
    QString error;
    const std::optional<DrillResult> result = DrillRunner::run(loaded.model, options, &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result.value_or(DrillResult {});
}

const DrillResult::NameCheck* DrillDelegationTest::checkOf(const DrillResult& result, const QString& fqdn)
{
    for (const DrillResult::NameCheck& check : result.names) {
        if (check.fqdn == relative(fqdn))
            return &check;
    }
    return nullptr;
}

void DrillDelegationTest::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detail"); // what the reason text must say
    QTest::newRow("signed child") << QStringLiteral("www.signed.nsec.dd.test.") << QStringLiteral("secure")
                                  << QStringLiteral("none") << QString();
    QTest::newRow("NSEC denial") << wwwOf(plainChild(QStringLiteral("nsec"))) << QStringLiteral("insecure")
                                 << QStringLiteral("insecure-delegation")
                                 << QStringLiteral("the parent nsec.dd.test. denies the DS: no DS at the delegation, "
                                                   "proven by NSEC");
    QTest::newRow("NSEC3 denial") << wwwOf(plainChild(QStringLiteral("nsec3"))) << QStringLiteral("insecure")
                                  << QStringLiteral("insecure-delegation")
                                  << QStringLiteral("the parent nsec3.dd.test. denies the DS: the NSEC3 at the "
                                                    "delegation shows NS without DS");
    QTest::newRow("NSEC3 opt-out") << wwwOf(plainChild(QStringLiteral("optout"))) << QStringLiteral("insecure")
                                   << QStringLiteral("insecure-delegation")
                                   << QStringLiteral("the parent optout.dd.test. denies the DS: covered by an opt-out "
                                                     "NSEC3");
    QTest::newRow("DS stripped") << wwwOf(plainChild(QStringLiteral("stripped"))) << QStringLiteral("bogus")
                                 << QStringLiteral("dnssec-bogus")
                                 << QStringLiteral("the parent stripped.dd.test. denies the DS: the NSEC does not "
                                                   "show a delegation without DS");
    QTest::newRow("proof unsigned") << wwwOf(plainChild(QStringLiteral("unsigned-proof"))) << QStringLiteral("bogus")
                                    << QStringLiteral("rrsigs-missing")
                                    << QStringLiteral("the parent unsigned-proof.dd.test. denies the DS: NSEC at "
                                                      "plain.unsigned-proof.dd.test.");
    QTest::newRow("proof tampered") << wwwOf(plainChild(QStringLiteral("tampered-proof"))) << QStringLiteral("bogus")
                                    << QStringLiteral("dnssec-bogus")
                                    << QStringLiteral("the parent tampered-proof.dd.test. denies the DS: NSEC at "
                                                      "plain.tampered-proof.dd.test.");
}

void DrillDelegationTest::verdicts()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, detail);
    const DrillResult::NameCheck* check = checkOf(m_healthy, name);
    QVERIFY2(check, qPrintable(m_healthy.toText()));
    const QByteArray context = (name + u'\n' + m_healthy.toText()).toUtf8();
    QCOMPARE(check->dnssec, status);
    QCOMPARE(check->dnssecReason, reason);
    QVERIFY2(check->dnssecText.contains(detail), context.constData());
    // A validating resolver answers SERVFAIL for a bogus name: the drill counts it as failing.
    QCOMPARE(check->liveResolves, status != u"bogus");
    QCOMPARE(ReferenceValidator::resolver(m_reference->endpoint(), name, QStringLiteral("A")), status);
}

void DrillDelegationTest::parentDownInTheOutage()
{
    const QString name = wwwOf(plainChild(QStringLiteral("down")));
    const DrillResult::NameCheck* healthy = checkOf(m_healthy, name);
    QVERIFY(healthy);
    QCOMPARE(healthy->dnssec, QStringLiteral("insecure")); // the proof holds while the parent is up
    const DrillResult result = drill({ QStringLiteral("down-ns") });
    const DrillResult::NameCheck* check = checkOf(result, name);
    QVERIFY2(check, qPrintable(result.toText()));
    QCOMPARE(check->dnssec, QStringLiteral("indeterminate"));
    QCOMPARE(check->dnssecReason, QStringLiteral("no-reachable-authority"));
    // The verdict names the zone once (as its owner); the resolution's text says which zone failed.
    QVERIFY2(
        check->dnssecText.endsWith(QStringLiteral(" down.dd.test.: no surviving authority with an address to ask")),
        qPrintable(check->dnssecText));
    QCOMPARE(check->dnssecText.count(QStringLiteral("down.dd.test.")), 1);
    QVERIFY2(check->liveText.contains(QStringLiteral("zone down.dd.test.: no surviving authority")),
        qPrintable(result.toText()));
    QVERIFY(!check->liveResolves);
    QVERIFY(check->agrees()); // the model predicts the failure too
}

void DrillDelegationTest::parentDownInReality()
{
    // The model counts on the parent's server, but it is really down: nothing proves the DS absent.
    m_downParent->stop(TestLab::defaultStopBound);
    QVERIFY(!m_downParent->isRunning());
    const DrillResult result = drill({});
    QVERIFY(m_downParent->start(TestLab::defaultStartBound));
    const DrillResult::NameCheck* check = checkOf(result, wwwOf(plainChild(QStringLiteral("down"))));
    QVERIFY2(check, qPrintable(result.toText()));
    QCOMPARE(check->dnssec, QStringLiteral("indeterminate"));
    QVERIFY2(check->dnssecText.contains(QStringLiteral("down.dd.test.")), qPrintable(check->dnssecText));
    QVERIFY(!check->liveResolves && !check->agrees());
}

void DrillDelegationTest::command()
{
    // The JSON keeps its field names and adds the reason; the text names the parent.
    const QString file = model().write(m_lab.directory() + QStringLiteral("/delegations.nameplan.json"));
    QVERIFY(!file.isEmpty());
    const ProgramRun json = ProgramRun::nameplan({ QStringLiteral("drill"), file, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 1); // the bogus names fail where the model says they resolve
    bool seen = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.out).object()[QStringLiteral("names")].toArray()) {
        if (value[QStringLiteral("fqdn")].toString() != relative(wwwOf(plainChild(QStringLiteral("stripped")))))
            continue;
        seen = true;
        QCOMPARE(value[QStringLiteral("dnssec")].toString(), QStringLiteral("bogus"));
        QCOMPARE(value[QStringLiteral("dnssec_reason")].toString(), QStringLiteral("dnssec-bogus"));
        QVERIFY(value[QStringLiteral("dnssec_detail")].toString().contains(QStringLiteral("stripped.dd.test.")));
    }
    QVERIFY2(seen, json.out.constData());
    const ProgramRun text = ProgramRun::nameplan({ QStringLiteral("drill"), file });
    QVERIFY2(text.out.contains("dnssec: insecure (insecure-delegation) plain.optout.dd.test. DS @parents-ns: the "
                               "parent optout.dd.test. denies the DS"),
        text.out.constData());
}

void DrillDelegationTest::report()
{
    // The evidence report's drill section gives the reason under its table, naming the parent.
    LabModel lab = model();
    lab.addScenario(QStringLiteral("lose-down"), QStringLiteral("Down parent lost"), { QStringLiteral("down-ns") });
    const QString file = lab.write(m_lab.directory() + QStringLiteral("/report.nameplan.json"));
    const QString pdf = m_lab.directory() + QStringLiteral("/report.pdf");
    const ProgramRun report = ProgramRun::nameplan({ QStringLiteral("report"), file, QStringLiteral("--with-live"),
        QStringLiteral("--outage"), QStringLiteral("down-ns"), QStringLiteral("-o"), pdf });
    QVERIFY2(report.exitCode == 0, QByteArray(report.out + report.err).constData());
    const ProgramRun text = ProgramRun::run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    const QString pages = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString& expected :
        { QStringLiteral("DNSSEC of www.plain.stripped.dd.test/A (users): bogus (dnssec-bogus, EDE 6) "
                         "plain.stripped.dd.test. DS @parents-ns: the parent stripped.dd.test. denies the DS"),
            QStringLiteral("DNSSEC of www.plain.optout.dd.test/A (users): insecure (insecure-delegation)"),
            QStringLiteral("DNSSEC of www.plain.down.dd.test/A (users): indeterminate (no-reachable-authority") })
        QVERIFY2(pages.contains(expected), qPrintable(expected + u'\n' + pages));
}

QTEST_GUILESS_MAIN(DrillDelegationTest)
#include "tst_drilldelegation.moc"
