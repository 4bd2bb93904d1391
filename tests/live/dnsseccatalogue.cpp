// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsseccatalogue.h"

#include "dnskeydata.h"
#include "programrun.h"
#include "referencevalidator.h"
#include "rrtype.h"
#include "validatorconfig.h"
#include "zoneedit.h"

#include <QFile>

namespace nameplan {

namespace {
constexpr std::uint8_t privateDnsAlgorithm = 253; // RFC 4034 A.1: no validator can know it
const QString unsupportedDigestType = QStringLiteral("3"); // GOST R 34.11-94: not in Nameplan's 1, 2, 4
// Past ValidatorConfig's work budgets, so that each flood entry hits its budget.
constexpr ValidatorConfig budgets;
constexpr int floodedRrsigs = 20;
static_assert(floodedRrsigs > budgets.maxRrsigsPerRrset);
constexpr int collidingKeys = 2 * budgets.maxKeysPerSignature;
constexpr int floodedKeys = budgets.maxDnskeys + 8;
// dnssec-dsfromkey writes "owner IN DS tag algorithm digest-type DIGEST".
constexpr qsizetype dsFieldCount = 7;
constexpr qsizetype dsDigestTypeField = 5;

ZoneSigner::Spec spec(ZoneSigner::Tool tool, const QString& algorithm, bool nsec3, int rsaBits = 1024)
{
    ZoneSigner::Spec spec;
    spec.tool = tool;
    spec.algorithm = algorithm;
    spec.nsec3 = nsec3;
    spec.rsaBits = rsaBits;
    return spec;
}

ZoneSigner::Spec window(int inceptionDays, int expirationDays)
{
    ZoneSigner::Spec spec;
    spec.tool = ZoneSigner::Tool::Ldns; // dnssec-signzone refuses to write signatures it cannot verify
    spec.inception = QDateTime::currentDateTimeUtc().addDays(inceptionDays);
    spec.expiration = QDateTime::currentDateTimeUtc().addDays(expirationDays);
    return spec;
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}
} // namespace

QList<DnssecCatalogue::Entry> DnssecCatalogue::entries()
{
    using T = ZoneSigner::Tool;
    using Z = ZoneFault;
    using A = Anchor;
    const QString secure = QStringLiteral("secure");
    const QString bogus = QStringLiteral("bogus");
    const QString insecure = QStringLiteral("insecure");
    const QString indeterminate = QStringLiteral("indeterminate");
    const ZoneSigner::Spec rsaBind = spec(T::Bind, QStringLiteral("RSASHA256"), false);
    ZoneSigner::Spec optOut = spec(T::Ldns, QStringLiteral("ECDSAP256SHA256"), true);
    optOut.optOut = true;
    optOut.nsec3SaltHex = QStringLiteral("cafe");
    ZoneSigner::Spec ed25519Nsec3 = spec(T::Ldns, QStringLiteral("ED25519"), true);
    ZoneSigner::Spec ecdsaNsec3 = spec(T::Ldns, QStringLiteral("ECDSAP256SHA256"), true);
    ZoneSigner::Spec ldnsEcdsa = spec(T::Ldns, QStringLiteral("ECDSAP256SHA256"), false);
    return {
        // Every algorithm of issue 5 item 1 that dnssec-keygen and ldns-keygen make (all of them).
        { QStringLiteral("ok-rsasha1"), spec(T::Bind, QStringLiteral("RSASHA1"), false), Z::None, A::DsSha256, secure,
            -1, secure },
        { QStringLiteral("ok-rsasha1-nsec3"), spec(T::Bind, QStringLiteral("RSASHA1"), true), Z::None, A::DsSha256,
            secure, -1, secure },
        { QStringLiteral("ok-rsasha256"), spec(T::Ldns, QStringLiteral("RSASHA256"), true, 2048), Z::None, A::DsSha256,
            secure, -1, secure },
        { QStringLiteral("ok-rsasha512"), spec(T::Ldns, QStringLiteral("RSASHA512"), false), Z::None, A::DsSha256,
            secure, -1, secure },
        { QStringLiteral("ok-ecdsap256"), spec(T::Bind, QStringLiteral("ECDSAP256SHA256"), false), Z::None, A::DsSha256,
            secure, -1, secure },
        { QStringLiteral("ok-ecdsap256-nsec3-optout"), optOut, Z::None, A::DsSha256, secure, -1, secure },
        { QStringLiteral("ok-ecdsap384"), spec(T::Bind, QStringLiteral("ECDSAP384SHA384"), true), Z::None, A::DsSha256,
            secure, -1, secure },
        { QStringLiteral("ok-ed25519"), spec(T::Ldns, QStringLiteral("ED25519"), false), Z::None, A::DsSha256, secure,
            -1, secure },
        { QStringLiteral("ok-ed448"), spec(T::Bind, QStringLiteral("ED448"), true), Z::None, A::DsSha256, secure, -1,
            secure },
        // The other anchor forms: DS digests SHA-1 (RFC 4034 §5) and SHA-384 (RFC 6605 §2), a DNSKEY.
        { QStringLiteral("ds-sha1"), ldnsEcdsa, Z::None, A::DsSha1, secure, -1, secure },
        { QStringLiteral("ds-sha384"), ldnsEcdsa, Z::None, A::DsSha384, secure, -1, secure },
        { QStringLiteral("dnskey-anchor"), ldnsEcdsa, Z::None, A::Dnskey, secure, -1, secure },
        // RFC 4509 §3: with a SHA-256 DS for the key, its SHA-1 DS is ignored (no downgrade).
        { QStringLiteral("ds-sha1-downgrade"), ldnsEcdsa, Z::None, A::DsSha1Downgrade, bogus, 9, bogus },
        // Canonical form (RFC 4034 §6.2, RFC 4035 §5.3.2): owner case, a CNAME target's case, wildcards.
        { QStringLiteral("mixed-case"), ldnsEcdsa, Z::None, A::DsSha256, secure, -1, secure,
            { { QStringLiteral("WwW"), QStringLiteral("A"), QStringLiteral("192.0.2.10") } } },
        { QStringLiteral("cname"), spec(T::Bind, QStringLiteral("ED25519"), false), Z::None, A::DsSha256, secure, -1,
            secure,
            { { QStringLiteral("www"), QStringLiteral("CNAME"), QStringLiteral("TaRgEt") },
                { QStringLiteral("TaRgEt"), QStringLiteral("A"), QStringLiteral("192.0.2.10") } } },
        { QStringLiteral("wildcard"), ecdsaNsec3, Z::None, A::DsSha256, secure, -1, secure,
            { { QStringLiteral("*"), QStringLiteral("A"), QStringLiteral("192.0.2.10") } } },
        // What a key rollover leaves behind: any one DS and any one RRSIG that holds suffices
        // (RFC 4035 §5.2, RFC 6840 §5.4).
        { QStringLiteral("ds-rollover"), ldnsEcdsa, Z::None, A::DsRollover, secure, -1, secure },
        { QStringLiteral("stale-rrsig"), ldnsEcdsa, Z::StaleAnswerRrsig, A::DsSha256, secure, -1, secure },
        // Broken after signing or through the anchor.
        { QStringLiteral("expired"), window(-10, -1), Z::None, A::DsSha256, bogus, 7, bogus },
        { QStringLiteral("not-yet-valid"), window(1, 30), Z::None, A::DsSha256, bogus, 8, bogus },
        { QStringLiteral("dnskey-expired"), spec(T::Bind, QStringLiteral("ECDSAP256SHA256"), false),
            Z::DnskeyRrsigsExpired, A::DsSha256, bogus, 7, bogus },
        { QStringLiteral("answer-expired"), spec(T::Bind, QStringLiteral("ED25519"), true), Z::AnswerRrsigsExpired,
            A::DsSha256, bogus, 7, bogus },
        { QStringLiteral("tampered"), ed25519Nsec3, Z::TamperedAnswer, A::DsSha256, bogus, 6, bogus },
        { QStringLiteral("ds-no-key"), ldnsEcdsa, Z::None, A::DsDigestMatchesNoKey, bogus, 9, bogus },
        { QStringLiteral("rrsig-tag-no-key"), ldnsEcdsa, Z::AnswerRrsigTagMatchesNoKey, A::DsSha256, bogus, 9, bogus },
        { QStringLiteral("dnskey-zsk-only"), ldnsEcdsa, Z::DnskeySignedByZskOnly, A::DsSha256, bogus, 10, bogus },
        { QStringLiteral("rrsig-missing"), ecdsaNsec3, Z::AnswerRrsigMissing, A::DsSha256, bogus, 10, bogus },
        { QStringLiteral("unsigned-copy"), ldnsEcdsa, Z::Unsigned, A::DsSha256, bogus, 9, bogus },
        // The keys are secure with a supported algorithm, so an answer signed only with another
        // one has no valid signature: bogus, or an attacker could downgrade any answer to
        // insecure by relabelling its RRSIGs (RFC 4035 §5.2, RFC 6840 §5.11).
        { QStringLiteral("answer-private-algorithm"), ldnsEcdsa, Z::AnswerRrsigPrivateAlgorithm, A::DsSha256, bogus, 10,
            bogus },
        // No usable anchor: insecure, not bogus (RFC 4035 §5.2, RFC 6840 §5.2, as Unbound does);
        // delv does not apply this to a configured anchor (docs/dnssec.md).
        { QStringLiteral("private-algorithm"), ldnsEcdsa, Z::PrivateAlgorithm, A::DsSha256, insecure, 1, bogus },
        { QStringLiteral("unsupported-digest"), ldnsEcdsa, Z::None, A::DsUnsupportedDigest, insecure, 2, bogus },
        // RFC 8624 §3.1, RFC 3110 §2: Nameplan's policy refuses RSA moduli under 1024
        // bits (ValidatorConfig::minRsaBits); delv validates them.
        { QStringLiteral("rsa-512"), spec(T::Ldns, QStringLiteral("RSASHA256"), false, 512), Z::None, A::DsSha256,
            insecure, 1, secure },
        // KeyTrap (CVE-2023-50387): each flood past a budget of ValidatorConfig ends in bounded
        // time. Nameplan says indeterminate where a budget stopped it before it knew; delv gives
        // up at the first failed signature (docs/dnssec.md).
        { QStringLiteral("rrsig-flood"), ldnsEcdsa, Z::RrsigFlood, A::DsSha256, indeterminate, 0, bogus },
        { QStringLiteral("key-tag-collision"), rsaBind, Z::KeyTagCollisions, A::DsSha256, indeterminate, 0, bogus },
        { QStringLiteral("dnskey-flood"), rsaBind, Z::DnskeyFlood, A::DsSha256, indeterminate, 0, secure },
    };
}

bool DnssecCatalogue::applyZoneFault(
    ZoneFault fault, QList<ResourceRecord>& records, const DnsName& origin, const QList<ResourceRecord>& expiredCopy)
{
    const DnsName www = *DnsName::fromText("www", origin);
    switch (fault) {
    case ZoneFault::None:
    case ZoneFault::Unsigned:
    case ZoneFault::KeyTagCollisions: // made while signing (signWithForgedKeys)
    case ZoneFault::DnskeyFlood:
        return true;
    case ZoneFault::RrsigFlood:
        return ZoneEdit::floodRrsigs(records, www, rrtype::A, floodedRrsigs);
    case ZoneFault::TamperedAnswer:
        return ZoneEdit::tamper(records, www, rrtype::A);
    case ZoneFault::AnswerRrsigTagMatchesNoKey:
        return ZoneEdit::retagRrsigs(records, www, rrtype::A);
    case ZoneFault::StaleAnswerRrsig:
        return ZoneEdit::addStaleRrsigs(records, www, rrtype::A);
    case ZoneFault::DnskeySignedByZskOnly: {
        const ResourceRecord* ksk = ZoneEdit::ksk(records, origin);
        return ksk && ZoneEdit::dropRrsigs(records, origin, rrtype::DNSKEY, DnskeyData::keyTag(ksk->rdata)) > 0;
    }
    case ZoneFault::AnswerRrsigMissing:
        return ZoneEdit::dropRrsigs(records, www, rrtype::A) > 0;
    case ZoneFault::DnskeyRrsigsExpired:
        return ZoneEdit::replaceRrsigs(records, expiredCopy, origin, rrtype::DNSKEY);
    case ZoneFault::AnswerRrsigsExpired:
        return ZoneEdit::replaceRrsigs(records, expiredCopy, www, rrtype::A);
    case ZoneFault::PrivateAlgorithm:
        ZoneEdit::setAlgorithm(records, privateDnsAlgorithm);
        return true;
    case ZoneFault::AnswerRrsigPrivateAlgorithm:
        return ZoneEdit::setRrsigAlgorithm(records, www, rrtype::A, privateDnsAlgorithm);
    }
    return false;
}

DnssecCatalogue::Files DnssecCatalogue::prepare(const Entry& entry, QString* error)
{
    const QString origin = zone(entry);
    ZoneFile zone(origin, 2026112901);
    zone.addNameServer(QStringLiteral("ns1"), m_nsd->endpoint().address);
    zone.addNameServer(QStringLiteral("ns2"), m_knot->endpoint().address);
    for (const QStringList& record : entry.records)
        zone.add(record[0], record[1], record[2]);
    const QString file = m_lab.writeZone(zone, entry.label + QStringLiteral(".zone"));
    if (file.isEmpty()) {
        *error = m_lab.lastError();
        return {};
    }
    const QString keys = m_lab.directory() + QStringLiteral("/keys-") + entry.label;
    const ZoneSigner::Result signature = ZoneSigner::sign(file, origin, keys, entry.spec);
    if (!signature.ok()) {
        *error = entry.label + QStringLiteral(": ") + signature.error;
        return {};
    }
    if (entry.zoneFault == ZoneFault::None)
        return { signature.signedFile, signature.signedFile };
    if (entry.zoneFault == ZoneFault::Unsigned)
        return { signature.signedFile, file };
    if (entry.zoneFault == ZoneFault::KeyTagCollisions || entry.zoneFault == ZoneFault::DnskeyFlood)
        return { signature.signedFile, signWithForgedKeys(entry, file, signature.signedFile, keys, error) };
    const DnsName apex = *DnsName::fromText(origin.toUtf8());
    auto records = ZoneEdit::read(signature.signedFile, apex, error);
    if (!records)
        return {};
    const auto older = expiredCopy(entry, file, keys, error);
    if (!older)
        return {};
    if (!applyZoneFault(entry.zoneFault, *records, apex, *older)) {
        *error = entry.label + QStringLiteral(": the fault found nothing to break");
        return {};
    }
    const QString broken = file + QStringLiteral(".broken");
    *error = ZoneEdit::write(*records, broken);
    return { signature.signedFile, error->isEmpty() ? broken : QString() };
}

QString DnssecCatalogue::signWithForgedKeys(
    const Entry& entry, const QString& file, const QString& signedFile, const QString& keys, QString* error) const
{
    const DnsName apex = *DnsName::fromText(zone(entry).toUtf8());
    const auto signedRecords = ZoneEdit::read(signedFile, apex, error);
    auto records = ZoneEdit::read(file, apex, error);
    if (!signedRecords || !records)
        return {};
    const ResourceRecord* zsk = ZoneEdit::zsk(*signedRecords, apex);
    const bool collide = entry.zoneFault == ZoneFault::KeyTagCollisions;
    const QList<ResourceRecord> forged
        = zsk ? ZoneEdit::forgeRsaKeys(*zsk, collide ? collidingKeys : floodedKeys, collide) : QList<ResourceRecord> {};
    if (forged.isEmpty()) {
        *error = entry.label + QStringLiteral(": no RSA ZSK to forge keys from");
        return {};
    }
    *records += forged;
    const QString withKeys = file + QStringLiteral(".forged");
    const QString served = file + QStringLiteral(".broken");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    *error = ZoneEdit::write(*records, withKeys);
    if (error->isEmpty())
        *error = ZoneSigner::resign(withKeys, zone(entry), keys, now.addSecs(-3600), now.addDays(30), served);
    return error->isEmpty() ? served : QString();
}

std::optional<QList<ResourceRecord>> DnssecCatalogue::expiredCopy(
    const Entry& entry, const QString& file, const QString& keys, QString* error) const
{
    if (entry.zoneFault != ZoneFault::DnskeyRrsigsExpired && entry.zoneFault != ZoneFault::AnswerRrsigsExpired)
        return QList<ResourceRecord> {};
    const QString expired = file + QStringLiteral(".expired");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    *error = ZoneSigner::resign(file, zone(entry), keys, now.addDays(-10), now.addDays(-1), expired);
    if (!error->isEmpty())
        return std::nullopt;
    return ZoneEdit::read(expired, *DnsName::fromText(zone(entry).toUtf8()), error);
}

QString DnssecCatalogue::anchor(const Entry& entry, const QString& keyFile, QString* error) const
{
    if (entry.anchor == Anchor::Dnskey) {
        const DnsName apex = *DnsName::fromText(zone(entry).toUtf8());
        const auto records = ZoneEdit::read(keyFile, apex, error);
        const ResourceRecord* ksk = records ? ZoneEdit::ksk(*records, apex) : nullptr;
        if (!ksk && error->isEmpty())
            *error = entry.label + QStringLiteral(": no KSK served");
        return ksk ? ksk->toString() + QLatin1Char('\n') : QString();
    }
    auto line = [](const QStringList& fields) -> QString { return fields.join(QLatin1Char(' ')) + QLatin1Char('\n'); };
    auto flipped = [](QStringList fields) {
        QString& hex = fields.last();
        hex.back() = hex.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        return fields;
    };
    QStringList sha256 = dsFields(entry, keyFile, QStringLiteral("SHA-256"), error);
    if (sha256.isEmpty())
        return {};
    QString text;
    switch (entry.anchor) {
    case Anchor::DsSha256:
    case Anchor::Dnskey:
        text = line(sha256);
        break;
    case Anchor::DsSha1:
        text = line(dsFields(entry, keyFile, QStringLiteral("SHA-1"), error));
        break;
    case Anchor::DsSha384:
        text = line(dsFields(entry, keyFile, QStringLiteral("SHA-384"), error));
        break;
    case Anchor::DsDigestMatchesNoKey:
        text = line(flipped(sha256));
        break;
    case Anchor::DsRollover:
        text = line(flipped(sha256)) + line(sha256);
        break;
    case Anchor::DsUnsupportedDigest:
        sha256[dsDigestTypeField] = unsupportedDigestType;
        text = line(sha256);
        break;
    case Anchor::DsSha1Downgrade:
        text = line(dsFields(entry, keyFile, QStringLiteral("SHA-1"), error)) + line(flipped(sha256));
        break;
    }
    return error->isEmpty() ? text : QString();
}

QStringList DnssecCatalogue::dsFields(
    const Entry& entry, const QString& keyFile, const QString& digest, QString* error) const
{
    const ProgramRun ds = ProgramRun::run(QStringLiteral("dnssec-dsfromkey"),
        { QStringLiteral("-a"), digest, QStringLiteral("-f"), keyFile, zone(entry) });
    const QStringList fields = QString::fromUtf8(ds.out).simplified().split(QLatin1Char(' '));
    if (ds.exitCode != 0 || fields.size() != dsFieldCount || fields.at(2) != QStringLiteral("DS")) {
        *error = entry.label + QStringLiteral(": dnssec-dsfromkey: ") + QString::fromUtf8(ds.out + ds.err);
        return {};
    }
    return fields;
}

QString DnssecCatalogue::delvAnchorFile(const Entry& entry) const
{
    return m_lab.directory() + QStringLiteral("/") + entry.label + QStringLiteral(".delv");
}

bool DnssecCatalogue::start(QString* error)
{
    m_nsd = m_lab.addNsd(QStringLiteral("nsd"));
    m_knot = m_lab.addKnot(QStringLiteral("knot"));
    m_anchorFile = m_lab.directory() + QStringLiteral("/catalogue.ds");
    for (LabServer* server : servers()) {
        m_resolvers.append(m_lab.addUnboundResolver(QStringLiteral("unbound-") + server->name()));
        m_resolvers.last()->setTrustAnchorFile(m_anchorFile);
    }
    QString anchors;
    for (const Entry& entry : entries()) {
        const Files files = prepare(entry, error);
        if (files.served.isEmpty())
            return false;
        // The keys as served (after an algorithm change, too); an unsigned copy serves none.
        const QString ds
            = anchor(entry, entry.zoneFault == ZoneFault::Unsigned ? files.signedZone : files.served, error);
        if (ds.isEmpty())
            return false;
        // One delv file per zone: each answer is judged by its own zone's anchor alone.
        if (!writeText(delvAnchorFile(entry), ReferenceValidator::delvAnchors(ds))) {
            *error = QStringLiteral("cannot write ") + delvAnchorFile(entry);
            return false;
        }
        anchors += ds;
        m_served.insert(entry.label, files.served);
        for (int s = 0; s < servers().size(); ++s) {
            servers()[s]->addPrimaryZone(zone(entry), files.served);
            if (entry.floodsABudget())
                m_resolvers[s]->addStub(zone(entry), servers()[s]->endpoint());
        }
    }
    if (!writeText(m_anchorFile, anchors)) {
        *error = QStringLiteral("cannot write ") + m_anchorFile;
        return false;
    }
    if (!m_lab.startAll()) {
        *error = m_lab.lastError();
        return false;
    }
    return true;
}

} // namespace nameplan
