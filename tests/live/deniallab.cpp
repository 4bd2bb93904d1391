// SPDX-License-Identifier: GPL-3.0-or-later
#include "deniallab.h"

#include "binarytext.h"
#include "dnsname.h"
#include "nsec3hash.h"
#include "programrun.h"
#include "referencevalidator.h"

#include <QFile>

namespace nameplan {

namespace {
constexpr quint32 serial = 2024070101;
const QByteArray nsec3Salt = QByteArrayLiteral("\xab\xcd");

// ldns-read-zone lines, lower-cased: owner, TTL, class, type, RDATA fields.
QString typeOf(const QStringList& fields)
{
    return fields.size() > 3 ? fields[3] : QString();
}

bool isRrsigOver(const QStringList& fields, const QString& type)
{
    return typeOf(fields) == QStringLiteral("rrsig") && fields.size() > 4 && fields[4] == type;
}

// The first label of name's NSEC3 owner in the nsec3.test. chain (iterations 0), lower case.
QString nsec3Label(const QString& name)
{
    const auto owner = DnsName::fromText(name.toUtf8());
    const Nsec3Hash::Result hash
        = owner ? Nsec3Hash::compute(Nsec3Hash::sha1, owner->wire(), nsec3Salt, 0, 0) : Nsec3Hash::Result {};
    QByteArray text;
    BinaryText::appendBase32Hex(text, hash.hash);
    return QString::fromLatin1(text).toLower();
}
} // namespace

bool DenialLab::writeText(const QString& fileName, const QString& text) const
{
    QFile file(m_lab.directory() + QLatin1Char('/') + fileName);
    const QByteArray bytes = text.toUtf8();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool DenialLab::serveWithout(
    LabServer* server, const QString& origin, const QString& signedFile, const LineFilter& drop, QString* error) const
{
    const ProgramRun run = ProgramRun::run(QStringLiteral("ldns-read-zone"), { signedFile });
    if (run.exitCode != 0) {
        *error = QStringLiteral("ldns-read-zone: ") + QString::fromUtf8(run.out + run.err);
        return false;
    }
    QStringList kept;
    for (const QString& line : QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        // Lower case: ldns-read-zone prints NSEC3 owners in upper case.
        if (!line.startsWith(QLatin1Char(';')) && !drop(line.simplified().toLower().split(QLatin1Char(' '))))
            kept << line;
    }
    const QString fileName = server->name() + QStringLiteral(".zone");
    if (!writeText(fileName, kept.join(QLatin1Char('\n')) + QLatin1Char('\n'))) {
        *error = QStringLiteral("cannot write ") + fileName;
        return false;
    }
    server->addPrimaryZone(origin, m_lab.directory() + QLatin1Char('/') + fileName);
    return true;
}

QString DenialLab::unsignedName(const QString& origin)
{
    return origin + QStringLiteral("unsigned");
}

QString DenialLab::keyDirectory(const QString& origin) const
{
    return m_lab.directory() + QStringLiteral("/keys-") + origin;
}

QString DenialLab::signZone(const ZoneFile& zone, const ZoneSigner::Spec& spec, QString* error)
{
    const QString file = m_lab.writeZone(zone, unsignedName(zone.origin()));
    if (file.isEmpty()) {
        *error = m_lab.lastError();
        return {};
    }
    const ZoneSigner::Result signedZone = ZoneSigner::sign(file, zone.origin(), keyDirectory(zone.origin()), spec);
    if (!signedZone.ok()) {
        *error = signedZone.error;
        return {};
    }
    m_dsRecords += signedZone.dsRecords + QLatin1Char('\n');
    return signedZone.signedFile;
}

bool DenialLab::signNsec(QString* error)
{
    NsdServer* good = m_lab.addNsd(QStringLiteral("nsec-good"));
    KnotServer* stripped = m_lab.addKnot(QStringLiteral("nsec-stripped"));
    NsdServer* unsignedProof = m_lab.addNsd(QStringLiteral("nsec-rrsig-removed"));
    NsdServer* wrongSpan = m_lab.addNsd(QStringLiteral("nsec-wrong-span"));
    NsdServer* staleBitmap = m_lab.addNsd(QStringLiteral("nsec-stale-bitmap"));
    m_nsec = { QStringLiteral("nsec.test."), { good, stripped, unsignedProof, wrongSpan, staleBitmap } };
    ZoneFile zone(m_nsec.origin, serial);
    zone.addNameServer(QStringLiteral("ns1"), good->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.10"));
    zone.add(QStringLiteral("*.wild"), QStringLiteral("TXT"), QStringLiteral("\"wild\""));
    for (const QString& name : { QStringLiteral("a"), QStringLiteral("bb"), QStringLiteral("c") })
        zone.add(name, QStringLiteral("A"), QStringLiteral("192.0.2.11"));
    zone.add(QStringLiteral("a"), QStringLiteral("MX"), QStringLiteral("10 www"));
    const QString file = signZone(zone, ZoneSigner::Spec {}, error);
    if (file.isEmpty())
        return false;
    // Without "bb" the NSEC at "a" ends at "bb", before wrongSpanName(): still validly signed.
    const QString removed = QStringLiteral("bb.") + m_nsec.origin;
    // Without the MX at "a" the NSEC there still lists MX: a NODATA its own proof contradicts.
    const QString mxOwner = QStringLiteral("a.") + m_nsec.origin;
    good->addPrimaryZone(m_nsec.origin, file);
    return serveWithout(
               stripped, m_nsec.origin, file,
               [](const QStringList& f) {
                   return typeOf(f) == QStringLiteral("nsec") || isRrsigOver(f, QStringLiteral("nsec"));
               },
               error)
        && serveWithout(
            unsignedProof, m_nsec.origin, file,
            [](const QStringList& f) { return isRrsigOver(f, QStringLiteral("nsec")); }, error)
        && serveWithout(
            wrongSpan, m_nsec.origin, file, [&removed](const QStringList& f) { return f.value(0) == removed; }, error)
        && serveWithout(
            staleBitmap, m_nsec.origin, file,
            [&mxOwner](const QStringList& f) {
                return f.value(0) == mxOwner
                    && (typeOf(f) == QStringLiteral("mx") || isRrsigOver(f, QStringLiteral("mx")));
            },
            error);
}

bool DenialLab::punchNsec3Hole(LabServer* server, const QString& signedFile, QString* error)
{
    const QString gone = QStringLiteral("gone.") + m_nsec3.origin;
    const QString goneHash = nsec3Label(gone);
    const QString hashedOwner = goneHash + QLatin1Char('.') + m_nsec3.origin;
    QString next;
    const bool served = serveWithout(
        server, m_nsec3.origin, signedFile,
        [&](const QStringList& f) {
            if (f.value(0) == hashedOwner && typeOf(f) == QStringLiteral("nsec3"))
                next = f.value(8);
            return f.value(0) == gone || f.value(0) == hashedOwner;
        },
        error);
    if (!served)
        return false;
    if (next.isEmpty()) {
        *error = QStringLiteral("no NSEC3 at ") + hashedOwner;
        return false;
    }
    // The NSEC3 before the hole now ends at the removed hash: names hashing between it and
    // `next` are covered by nothing the server has.
    const bool wraps = next < goneHash;
    for (int i = 0; i < 1000; ++i) {
        const QString candidate = QStringLiteral("q%1.").arg(i) + m_nsec3.origin;
        const QString hash = nsec3Label(candidate);
        if (wraps ? (hash > goneHash || hash < next) : (hash > goneHash && hash < next)) {
            m_nsec3GapName = candidate;
            return true;
        }
    }
    *error = QStringLiteral("no name hashes into the hole after ") + goneHash;
    return false;
}

bool DenialLab::signNsec3(QString* error)
{
    KnotServer* good = m_lab.addKnot(QStringLiteral("nsec3-good"));
    NsdServer* hole = m_lab.addNsd(QStringLiteral("nsec3-hole"));
    // NSD: Knot 3.2 crashes on its first query when the NSEC3PARAM is left without a chain.
    NsdServer* stripped = m_lab.addNsd(QStringLiteral("nsec3-stripped"));
    m_child = m_lab.addNsd(QStringLiteral("unsigned-child"));
    m_nsec3 = { QStringLiteral("nsec3.test."), { good, hole, stripped } };
    ZoneFile zone(m_nsec3.origin, serial);
    zone.addNameServer(QStringLiteral("ns1"), good->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.20"));
    zone.add(QStringLiteral("*.wild"), QStringLiteral("TXT"), QStringLiteral("\"wild\""));
    for (const QString& name :
        { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("gone") })
        zone.add(name, QStringLiteral("A"), QStringLiteral("192.0.2.21"));
    zone.add(QStringLiteral("insecure"), QStringLiteral("NS"), QStringLiteral("ns.insecure"));
    zone.add(QStringLiteral("ns.insecure"), QStringLiteral("A"), m_child->endpoint().address);
    ZoneFile child(QStringLiteral("insecure.") + m_nsec3.origin, serial);
    child.addNameServer(QStringLiteral("ns"), m_child->endpoint().address);
    child.add(QStringLiteral("host"), QStringLiteral("A"), QStringLiteral("192.0.2.30"));
    const QString childFile = m_lab.writeZone(child, QStringLiteral("child.zone"));
    if (childFile.isEmpty()) {
        *error = m_lab.lastError();
        return false;
    }
    // dnssec-signzone -A: the unsigned delegation gets no NSEC3 of its own; an opt-out span covers it.
    ZoneSigner::Spec spec;
    spec.nsec3 = true;
    spec.nsec3SaltHex = QStringLiteral("abcd");
    spec.optOut = true;
    const QString file = signZone(zone, spec, error);
    if (file.isEmpty())
        return false;
    good->addPrimaryZone(m_nsec3.origin, file);
    m_child->addPrimaryZone(child.origin(), childFile);
    return punchNsec3Hole(hole, file, error)
        && serveWithout(
            stripped, m_nsec3.origin, file,
            [](const QStringList& f) {
                return typeOf(f) == QStringLiteral("nsec3") || isRrsigOver(f, QStringLiteral("nsec3"));
            },
            error);
}

bool DenialLab::signIterations(QString* error)
{
    NsdServer* server = m_lab.addNsd(QStringLiteral("nsec3-200-iterations"));
    m_iterations = { QStringLiteral("iterations.test."), { server } };
    ZoneFile zone(m_iterations.origin, serial);
    zone.addNameServer(QStringLiteral("ns1"), server->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.40"));
    // dnssec-signzone refuses more than 150 iterations; ldns-signzone only warns.
    ZoneSigner::Spec spec;
    spec.tool = ZoneSigner::Tool::Ldns;
    spec.nsec3 = true;
    spec.nsec3Iterations = 200;
    spec.nsec3SaltHex = QStringLiteral("abcd");
    const QString file = signZone(zone, spec, error);
    if (file.isEmpty())
        return false;
    server->addPrimaryZone(m_iterations.origin, file);
    return true;
}

bool DenialLab::serveEdited(
    LabServer* server, const QString& origin, const QString& signedFile, const RecordEdit& edit, QString* error) const
{
    auto records = ZoneEdit::read(signedFile, *DnsName::fromText(origin.toUtf8()), error);
    if (!records)
        return false;
    if (!edit(*records)) {
        *error = server->name() + QStringLiteral(": the edit found nothing to break");
        return false;
    }
    const QString fileName = m_lab.directory() + QLatin1Char('/') + server->name() + QStringLiteral(".zone");
    *error = ZoneEdit::write(*records, fileName);
    server->addPrimaryZone(origin, fileName);
    return error->isEmpty();
}

QString DenialLab::signChild(const QString& childOrigin, LabServer* childServer, QString* error)
{
    ZoneFile child(childOrigin, serial);
    child.addNameServer(QStringLiteral("ns"), childServer->endpoint().address);
    child.add(QStringLiteral("host"), QStringLiteral("A"), QStringLiteral("192.0.2.50"));
    const QString childFile = m_lab.writeZone(child, unsignedName(childOrigin));
    // The child's keys are its own; only the parent's DS (not an anchor) vouches for them.
    const ZoneSigner::Result signedChild
        = ZoneSigner::sign(childFile, childOrigin, keyDirectory(childOrigin), ZoneSigner::Spec {});
    const QString ds = signedChild.dsRecords.trimmed();
    if (childFile.isEmpty() || !signedChild.ok() || !ds.contains(QStringLiteral(" DS "))) {
        *error = QStringLiteral("signing the child: ") + m_lab.lastError() + signedChild.error + ds;
        return {};
    }
    childServer->addPrimaryZone(childOrigin, signedChild.signedFile);
    return ds.mid(ds.indexOf(QStringLiteral(" DS ")) + 4);
}

std::optional<QList<ResourceRecord>> DenialLab::expiredCopy(const QString& origin, QString* error) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expiredFile = m_lab.directory() + QLatin1Char('/') + origin + QStringLiteral("expired");
    *error = ZoneSigner::resign(m_lab.directory() + QLatin1Char('/') + unsignedName(origin), origin,
        keyDirectory(origin), now.addDays(-10), now.addDays(-1), expiredFile);
    if (!error->isEmpty())
        return std::nullopt;
    return ZoneEdit::read(expiredFile, *DnsName::fromText(origin.toUtf8()), error);
}

bool DenialLab::signDelegation(QString* error)
{
    KnotServer* good = m_lab.addKnot(QStringLiteral("ds-good"));
    NsdServer* tampered = m_lab.addNsd(QStringLiteral("ds-tampered"));
    NsdServer* unsignedDs = m_lab.addNsd(QStringLiteral("ds-rrsig-removed"));
    NsdServer* expired = m_lab.addNsd(QStringLiteral("ds-rrsig-expired"));
    m_signedChild = m_lab.addNsd(QStringLiteral("signed-child"));
    m_parent = { QStringLiteral("parent.test."), { good, tampered, unsignedDs, expired } };
    const QString ds = signChild(signedChildOrigin(), m_signedChild, error);
    if (ds.isEmpty())
        return false;
    ZoneFile zone(m_parent.origin, serial);
    zone.addNameServer(QStringLiteral("ns1"), good->endpoint().address);
    zone.add(QStringLiteral("www"), QStringLiteral("A"), QStringLiteral("192.0.2.51"));
    zone.add(QStringLiteral("child"), QStringLiteral("NS"), QStringLiteral("ns.child"));
    zone.add(QStringLiteral("ns.child"), QStringLiteral("A"), m_signedChild->endpoint().address);
    zone.add(QStringLiteral("child"), QStringLiteral("DS"), ds);
    const QString file = signZone(zone, ZoneSigner::Spec {}, error);
    if (file.isEmpty())
        return false;
    good->addPrimaryZone(m_parent.origin, file);
    // The DS RRSIG a parent whose signer stopped still serves: the same keys, a window that ended.
    const auto older = expiredCopy(m_parent.origin, error);
    if (!older)
        return false;
    const DnsName cut = *DnsName::fromText(signedChildOrigin().toUtf8());
    return serveEdited(
               tampered, m_parent.origin, file,
               [&cut](QList<ResourceRecord>& records) { return ZoneEdit::tamper(records, cut, rrtype::DS); }, error)
        && serveEdited(
            unsignedDs, m_parent.origin, file,
            [&cut](QList<ResourceRecord>& records) { return ZoneEdit::dropRrsigs(records, cut, rrtype::DS) > 0; },
            error)
        && serveEdited(
            expired, m_parent.origin, file,
            [&](QList<ResourceRecord>& records) { return ZoneEdit::replaceRrsigs(records, *older, cut, rrtype::DS); },
            error);
}

void DenialLab::addResolver(
    LabServer* authority, const QString& origin, const QString& stubChild, LabServer* childServer)
{
    UnboundResolver* resolver = m_lab.addUnboundResolver(QStringLiteral("resolver-") + authority->name());
    resolver->setTrustAnchorFile(m_anchorFile);
    resolver->addStub(origin, authority->endpoint());
    resolver->addStub(stubChild, childServer->endpoint());
    m_resolvers.insert(authority, resolver);
}

bool DenialLab::start(QString* error)
{
    if (!signNsec(error) || !signNsec3(error) || !signIterations(error) || !signDelegation(error))
        return false;
    const QString dir = m_lab.directory();
    m_anchorFile = dir + QStringLiteral("/anchors.ds");
    m_delvAnchorFile = dir + QStringLiteral("/anchors.delv");
    if (!writeText(QStringLiteral("anchors.ds"), m_dsRecords)
        || !writeText(QStringLiteral("anchors.delv"), ReferenceValidator::delvAnchors(m_dsRecords))) {
        *error = QStringLiteral("cannot write the anchors");
        return false;
    }
    for (LabServer* authority : m_nsec3.authorities)
        addResolver(authority, m_nsec3.origin, QStringLiteral("insecure.") + m_nsec3.origin, m_child);
    for (LabServer* authority : m_parent.authorities)
        addResolver(authority, m_parent.origin, signedChildOrigin(), m_signedChild);
    if (!m_lab.startAll()) {
        *error = m_lab.lastError();
        return false;
    }
    return true;
}

} // namespace nameplan
