// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules one by one: each row breaks one thing in a small valid model and expects
// the message that names the path and the reason.

#include "controlcatalogue.h"
#include "model.h"
#include "modelvalidator.h"

#include <QTest>

#include <functional>

using namespace nameplan;

using Mutation = std::function<void(Model&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

template <class T> T withId(const char* id)
{
    T element;
    element.id = QString::fromLatin1(id);
    return element;
}

Scenario scenario(const char* outage)
{
    Scenario s = withId<Scenario>("s");
    s.outages = QString::fromLatin1(outage).split(u',');
    return s;
}

ControlMappingEntry mapping(
    const char* finding, const char* first = "NIST CSF 2.0 PR.IR-03", const char* second = nullptr)
{
    ControlMappingEntry entry { QString::fromLatin1(finding), { QString::fromUtf8(first) }, {} };
    if (second)
        entry.controls.append(QString::fromUtf8(second));
    return entry;
}

Model smallModel()
{
    Model m;
    m.regions = { withId<Region>("eu"), withId<Region>("eu-west") };
    m.regions[1].parent = QStringLiteral("eu");
    m.providers = { withId<Provider>("dyn") };
    m.paths = { withId<NetworkPath>("transit") };
    m.paths[0].regions = { QStringLiteral("eu-west") };
    Authority primary = withId<Authority>("ns1");
    primary.hostname = QStringLiteral("ns1.example.net");
    primary.addresses = { QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1") };
    primary.provider = QStringLiteral("dyn");
    primary.regions = { QStringLiteral("eu-west") };
    primary.role = QStringLiteral("primary");
    Authority secondary = primary;
    secondary.id = QStringLiteral("ns2");
    secondary.hostname = QStringLiteral("ns2.example.net");
    secondary.role = QStringLiteral("secondary");
    secondary.transferFrom = QStringLiteral("ns1");
    m.authorities = { primary, secondary };
    Zone zone = withId<Zone>("z");
    zone.domain = QStringLiteral("example.com");
    zone.authorities = { QStringLiteral("ns1"), QStringLiteral("ns2") };
    zone.soaRefresh = 3600;
    zone.soaRetry = 600;
    zone.soaExpire = 604800;
    zone.soaMinimum = 300;
    Zone child = withId<Zone>("child");
    child.domain = QStringLiteral("login.example.com");
    child.authorities = { QStringLiteral("ns1") };
    child.parent = QStringLiteral("z");
    m.zones = { zone, child };
    Name name = withId<Name>("n");
    name.fqdn = QStringLiteral("www.example.com");
    name.type = QStringLiteral("A");
    m.names = { name };
    Service a = withId<Service>("a");
    a.names = { QStringLiteral("n") };
    Service b = withId<Service>("b");
    b.services = { QStringLiteral("a") };
    m.services = { a, b };
    return m;
}

} // namespace

class TestModelValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smallModelIsClean()
    {
        const Problems problems = ModelValidator::validate(smallModel());
        for (const Problem& p : problems)
            qWarning() << p.toString();
        QVERIFY(problems.isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, Mutation m, bool isError, const char* expected) {
            QTest::newRow(name) << m << isError << QString::fromUtf8(expected);
        };
        row(
            "empty id", [](Model& m) { m.regions[0].id.clear(); }, true, "regions[0].id: empty id");
        row(
            "id with space", [](Model& m) { m.providers[0].id = QStringLiteral("d y"); }, true,
            "providers[0].id: id \"d y\" must start");
        row(
            "id with colon", [](Model& m) { m.paths[0].id = QStringLiteral("a:b"); }, true, "paths[0].id: id \"a:b\"");
        const QString longId(129, QLatin1Char('p'));
        QTest::newRow("id too long") << Mutation([longId](Model& m) {
            m.paths[0].id = longId;
        }) << true << QStringLiteral("paths[0].id: id \"%1\" is longer than 128 characters").arg(longId);
        row(
            "duplicate id", [](Model& m) { m.services[1].id = QStringLiteral("z"); }, true,
            "services[1].id: duplicate id \"z\" (first used at zones[0])");
        row(
            "dangling reference", [](Model& m) { m.authorities[0].provider = QStringLiteral("nope"); }, true,
            "authorities[0].provider: no provider with id \"nope\"");
        row(
            "dangling list item", [](Model& m) { m.zones[0].authorities.append(QStringLiteral("ns7")); }, true,
            "zones[0].authorities[2]: no authority with id \"ns7\"");
        row(
            "reference to wrong kind", [](Model& m) { m.zones[1].parent = QStringLiteral("eu"); }, true,
            "zones[1].parent: \"eu\" is a region, not a zone");
        row(
            "listed twice", [](Model& m) { m.zones[0].authorities.append(QStringLiteral("ns1")); }, false,
            "zones[0].authorities[2]: \"ns1\" is listed twice");
        row(
            "required value blanked", [](Model& m) { m.authorities[0].hostname.clear(); }, true,
            "authorities[0].hostname: required, but empty");
        row(
            "region cycle", [](Model& m) { m.regions[0].parent = QStringLiteral("eu-west"); }, true,
            "regions[1].parent: cycle: eu → eu-west → eu");
        row(
            "self parent", [](Model& m) { m.regions[0].parent = QStringLiteral("eu"); }, true,
            "regions[0].parent: cycle: eu → eu");
        row(
            "service cycle", [](Model& m) { m.services[0].services = { QStringLiteral("b") }; }, true,
            "services[1].services: cycle: a → b → a");
        row(
            "zone parent cycle", [](Model& m) { m.zones[0].parent = QStringLiteral("child"); }, true,
            "zones[1].parent: cycle: z → child → z");
        row(
            "parent zone does not contain", [](Model& m) { m.zones[1].domain = QStringLiteral("example.org"); }, true,
            "zones[1].parent: parent zone \"z\" (example.com) does not contain example.org");
        row(
            "zone modelled twice", [](Model& m) { m.zones[1].domain = QStringLiteral("EXAMPLE.com."); }, true,
            "zones[1].domain: zone EXAMPLE.com. is modelled twice (also at zones[0])");
        row(
            "empty label", [](Model& m) { m.zones[0].domain = QStringLiteral("example..com"); }, true,
            "zones[0].domain: domain name \"example..com\" has an empty label");
        row(
            "label too long", [](Model& m) { m.names[0].fqdn = QString(64, u'x') + QStringLiteral(".example.com"); },
            true, "names[0].fqdn: label \"xxxx");
        row(
            "name too long",
            [](Model& m) { m.names[0].fqdn = QStringList(QList<QString>(30, QStringLiteral("abcdefgh"))).join(u'.'); },
            true, "names[0].fqdn: domain name \"abcdefgh.");
        row(
            "bad character", [](Model& m) { m.authorities[1].hostname = QStringLiteral("ns 2.example.net"); }, true,
            "authorities[1].hostname: domain name \"ns 2.example.net\" contains ' '");
        row(
            "hyphen at label end", [](Model& m) { m.authorities[1].hostname = QStringLiteral("ns2-.example.net"); },
            true, "authorities[1].hostname: label \"ns2-\" of \"ns2-.example.net\" starts or ends with '-'");
        row(
            "wildcard allowed in names only", [](Model& m) { m.zones[0].domain = QStringLiteral("*.example.com"); },
            true, "zones[0].domain: domain name \"*.example.com\" contains '*'");
        row(
            "bad IPv4", [](Model& m) { m.authorities[0].addresses[0] = QStringLiteral("192.0.2.256"); }, true,
            "authorities[0].addresses[0]: \"192.0.2.256\" is not an IPv4 or IPv6 address");
        row(
            "bad IPv6", [](Model& m) { m.authorities[0].addresses[1] = QStringLiteral("2001:db8:::1"); }, true,
            "authorities[0].addresses[1]: \"2001:db8:::1\" is not an IPv4 or IPv6 address");
        row(
            "SOA timer zero", [](Model& m) { m.zones[0].soaRetry = 0; }, true,
            "zones[0].soa_retry: 0 s is out of range (1 to 2147483647 s, RFC 2181 §8)");
        row(
            "SOA timer too large", [](Model& m) { m.zones[0].soaExpire = 2147483648LL; }, true,
            "zones[0].soa_expire: 2147483648 s is out of range");
        row(
            "expire not above refresh+retry", [](Model& m) { m.zones[0].soaExpire = 4000; }, false,
            "zones[0].soa_expire: expire (4000 s) should be much larger than refresh + retry (4200 s)");
        row(
            "retry not below refresh", [](Model& m) { m.zones[0].soaRetry = 7200; }, false,
            "zones[0].soa_retry: retry (7200 s) should be shorter than refresh (3600 s)");
        row(
            "secondary without source", [](Model& m) { m.authorities[1].transferFrom.clear(); }, true,
            "authorities[1].transfer_from: a secondary needs the authority it transfers from");
        row(
            "primary with source", [](Model& m) { m.authorities[0].transferFrom = QStringLiteral("ns2"); }, false,
            "authorities[0].transfer_from: a primary does not transfer zones");
        row(
            "unknown role", [](Model& m) { m.authorities[0].role = QStringLiteral("slave"); }, true,
            "authorities[0].role: \"slave\" is not one of");
        row(
            "probability above one", [](Model& m) { m.regions[0].unavailability = 1.01; }, true,
            "regions[0].unavailability: a probability lies between 0 and 1");
        row(
            "MTBF without MTTR", [](Model& m) { m.paths[0].mtbfHours = 100; }, true,
            "paths[0].mttr_hours: MTBF and MTTR are given together");
        row(
            "non-positive hours", [](Model& m) { m.paths[0].mtbfHours = 0, m.paths[0].mttrHours = 1; }, true,
            "paths[0].mtbf_hours: a number of hours must be positive");
        row(
            "name outside every zone", [](Model& m) { m.names[0].fqdn = QStringLiteral("www.example.org"); }, false,
            "names[0].fqdn: no modelled zone contains www.example.org");
        row(
            "unknown outage id", [](Model& m) { m.scenarios = { scenario("mars") }; }, true,
            "scenarios[0].outages[0]: no element with id \"mars\"");
        row(
            "bad provider plane", [](Model& m) { m.scenarios = { scenario("dyn:dns") }; }, true,
            "scenarios[0].outages[0]: \"dyn:dns\": a provider plane is \"serving\" or \"control\"");
        row(
            "plane of a non-provider", [](Model& m) { m.scenarios = { scenario("eu:control") }; }, true,
            "scenarios[0].outages[0]: no provider with id \"eu\"");
        row(
            "unknown software", [](Model& m) { m.scenarios = { scenario("software:pdns") }; }, true,
            "scenarios[0].outages[0]: no authority runs software \"pdns\"");
        row(
            "bad port", [](Model& m) { m.settings.port = 70000; }, true, "settings.port: 70000 is not a port number");
        row(
            "bad root", [](Model& m) { m.settings.roots = { QStringLiteral("a.root-servers.net") }; }, true,
            "settings.roots[0]: \"a.root-servers.net\" is not an IPv4 or IPv6 address");
        row(
            "unknown finding kind",
            [](Model& m) {
                m.controlMapping = { mapping("spof"), mapping("single-point") };
            },
            true,
            "control_mapping[1].finding: \"single-point\" is not a finding of the report; the findings are: spof, "
            "common-mode, dnssec-signed, scenario-failure");
        row(
            "finding kind mapped twice",
            [](Model& m) {
                m.controlMapping = { mapping("spof"), mapping("dnssec-signed"), mapping("spof") };
            },
            true, "control_mapping[2].finding: \"spof\" is mapped twice (first at control_mapping[0])");
        row(
            "blank control",
            [](Model& m) { m.controlMapping = { mapping("common-mode", "NIST CSF 2.0 PR.IR-03", " ") }; }, true,
            "control_mapping[0].controls[1]: a control cannot be empty");
        row(
            "control listed twice",
            [](Model& m) {
                m.controlMapping = { mapping("scenario-failure", "NIST CSF 2.0 RC.RP-01", "NIST CSF 2.0 RC.RP-01") };
            },
            false, "control_mapping[0].controls[1]: \"NIST CSF 2.0 RC.RP-01\" is listed twice");
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(bool, isError);
        QFETCH(QString, expected);
        Model model = smallModel();
        mutate(model);
        const Problems problems = ModelValidator::validate(model);
        QStringList messages;
        const Problem* match = nullptr;
        for (const Problem& p : problems) {
            messages.append(p.toString());
            if (!match && p.toString().startsWith(expected))
                match = &p;
        }
        QVERIFY2(match, qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(expected, messages.join(u'\n'))));
        QCOMPARE(match->severity == Problem::Severity::Error, isError);
    }

    void validPlaneAndSoftwareOutages()
    {
        Model model = smallModel();
        model.authorities[0].software = QStringLiteral("nsd");
        model.scenarios = { scenario("dyn:control,dyn:serving,software:nsd,dyn,eu") };
        QVERIFY(ModelValidator::validate(model).isEmpty());
    }

    // Two kinds listed, one of them deliberately unmapped: a valid mapping; the effective
    // mapping follows it kind by kind while unlisted kinds keep the defaults.
    void controlMappingOverridesKindByKind()
    {
        Model model = smallModel();
        model.controlMapping = { mapping("dnssec-signed", "NIST CSF 2.0 PR.DS-01"), mapping("spof") };
        model.controlMapping[1].controls.clear();
        model.controlMapping[1].note = QStringLiteral("covered by the BCP review");
        QVERIFY(ModelValidator::validate(model).isEmpty());
        const ControlCatalogue::Mapping signed_ = ControlCatalogue::effective(model, FindingKind::DnssecSigned);
        QCOMPARE(signed_.controls, QStringList { QStringLiteral("NIST CSF 2.0 PR.DS-01") });
        QVERIFY(signed_.fromModel);
        const ControlCatalogue::Mapping spof = ControlCatalogue::effective(model, FindingKind::SinglePointOfFailure);
        QVERIFY(spof.controls.isEmpty());
        QVERIFY(spof.fromModel);
        QCOMPARE(spof.note, QStringLiteral("covered by the BCP review"));
        for (FindingKind kind : { FindingKind::CommonMode, FindingKind::ScenarioFailure }) {
            const ControlCatalogue::Mapping m = ControlCatalogue::effective(model, kind);
            QCOMPARE(m, ControlCatalogue::builtIn(kind));
            QVERIFY(!m.fromModel);
            QVERIFY(!m.controls.isEmpty());
        }
    }

    void findingKindIdsRoundTrip()
    {
        for (FindingKind kind : allFindingKinds)
            QCOMPARE(findingKindFromId(findingKindId(kind)), std::optional<FindingKind>(kind));
        QCOMPARE(findingKindFromId(u"SPOF"), std::nullopt);
    }

    void roots()
    {
        Model model = smallModel();
        model.settings.roots = { QStringLiteral("127.0.0.1:5300"), QStringLiteral("[::1]:5300"),
            QStringLiteral("192.0.2.53"), QStringLiteral("2001:db8::53") };
        QVERIFY(ModelValidator::validate(model).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelValidator)
#include "tst_modelvalidator.moc"
