// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistencychecks.h"

#include "countednoun.h"
#include "dnsmnemonics.h"
#include "soafields.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <arpa/inet.h>

namespace nameplan {

namespace {
QString hostList(const QStringList& names)
{
    return names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "));
}

// The value most authorities agree on; ties go to the one seen first (the first authority
// listed, usually the primary).
template <typename Value> Value mostCommon(const QList<Value>& values)
{
    Value best = values.first();
    qsizetype bestCount = 0;
    for (const Value& value : values) {
        const qsizetype count = values.count(value);
        if (count > bestCount) {
            best = value;
            bestCount = count;
        }
    }
    return best;
}

// NS targets of the records owned by zone in records, lowercased, sorted: the NS set as a set.
QStringList nsTargets(const QList<ResourceRecord>& records, const DnsName& zone)
{
    QStringList names;
    for (const ResourceRecord& record : records) {
        if (record.type == rrtype::NS && record.owner == zone)
            names.append(DnsName::fromWire(record.rdata).value_or(DnsName()).lowercased().toString());
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

// The names of `names` that `other` does not hold.
QStringList missingFrom(const QStringList& other, const QStringList& names)
{
    QStringList missing;
    for (const QString& name : names) {
        if (!other.contains(name))
            missing.append(name);
    }
    return missing;
}

// Numeric address -> its 4 or 16 octets (empty when not numeric).
QByteArray addressOctets(const QString& address)
{
    QByteArray octets(16, '\0');
    const QByteArray text = address.toLatin1();
    if (inet_pton(AF_INET, text.constData(), octets.data()) == 1)
        return octets.left(4);
    if (inet_pton(AF_INET6, text.constData(), octets.data()) == 1)
        return octets;
    return {};
}

QString addressText(const QByteArray& octets)
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(octets.size() == 4 ? AF_INET : AF_INET6, octets.constData(), text, sizeof text);
    return QString::fromLatin1(text);
}

// A referral to some ancestor of zone (RFC 1034 §4.3.2 step 3b): the server asked is not the
// zone's parent but a server higher up the tree.
bool referralAbove(const DnsMessage& message, const DnsName& zone)
{
    return std::any_of(message.authority.cbegin(), message.authority.cend(), [&zone](const ResourceRecord& record) {
        return record.type == rrtype::NS && !(record.owner == zone) && zone.isSubdomainOf(record.owner);
    });
}

// How long ago the newer serial was made, when the serial scheme tells (the lag in time):
// date serials (YYYYMMDDnn, RFC 1912 §2.2) give the days between their dates; Unix-time
// serials (BIND's serial-update-method unixtime, Knot's serial-policy unixtime: both serials
// between 2001-09-09 and `now`) give seconds. A plain counter tells nothing about time from one
// observation: that needs the time the primary made the serial, which DNS does not carry.
std::optional<QString> serialTimeLag(std::uint32_t older, std::uint32_t newer, const QDateTime& now)
{
    const auto date = [](std::uint32_t serial) {
        return QDate::fromString(QString::number(serial / 100), QStringLiteral("yyyyMMdd"));
    };
    if (date(older).isValid() && date(newer).isValid()) {
        const qint64 days = date(older).daysTo(date(newer));
        return days > 0 ? QStringLiteral("about %1 days by its date").arg(days)
                        : QStringLiteral("the same date, so less than a day");
    }
    const qint64 unixNow = now.toSecsSinceEpoch();
    const auto unixTime = [unixNow](std::uint32_t serial) { return serial >= 1000000000 && serial <= unixNow; };
    if (unixTime(older) && unixTime(newer))
        return QStringLiteral("%1 s by its Unix-time serial").arg(qint64(newer) - qint64(older));
    return std::nullopt;
}

// The answer section as comparable text: rcode, then each record's type and RDATA, sorted
// (RRset order is not significant, RFC 2181 §5).
QString answerSignature(const DnsMessage& message)
{
    QStringList records;
    for (const ResourceRecord& record : message.answers)
        records.append(record.owner.lowercased().toString() + QLatin1Char(' ')
            + ResourceRecord { DnsName(), record.type, record.rrClass, 0, record.rdata }.toString().section(
                QLatin1Char(' '), 2));
    records.sort();
    return QStringLiteral("rcode %1: ").arg(message.rcode()) + records.join(QStringLiteral("; "));
}
} // namespace

void ConsistencyChecks::judge(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    soaSerial(zone, out);
    soaTimers(zone, out);
    nsConsistency(zone, out);
    for (int n = 0; n < zone.target->names.size(); ++n)
        answers(zone, n, out);
    addressDiversity(zone, out);
}

// RFC 1982 §3.2: the newest serial is the one no other serial is greater than; every serving
// authority should have it (RFC 1996 NOTIFY and RFC 1034 §4.3.5 refresh keep them in step).
void ConsistencyChecks::soaSerial(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    QMap<int, SoaFields> serials;
    for (int a = 0; a < zone.authorities.size(); ++a) {
        if (!zone.serves(a))
            continue;
        for (const ResourceRecord& record : zone.soaAnswer(a)->message->answers) {
            if (record.type == rrtype::SOA)
                if (const auto soa = SoaFields::fromRdata(record.rdata))
                    serials.insert(a, *soa);
        }
    }
    if (serials.isEmpty())
        return;
    std::uint32_t newest = serials.first().serial;
    for (const SoaFields& soa : serials) {
        if (SoaFields::compareSerials(newest, soa.serial) == -1)
            newest = soa.serial;
    }
    const QString id = QStringLiteral("soa-serial");
    for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
        const std::uint32_t serial = it.value().serial;
        const auto order = SoaFields::compareSerials(serial, newest);
        const QList<const LiveProbe*> evidence { zone.soaAnswer(it.key()) };
        if (order == 0) {
            out.append(zone.finding(id, LiveSeverity::Ok, it.key(), QStringLiteral("serial %1, the newest").arg(serial),
                QString(), evidence));
            continue;
        }
        QString lag = order
            ? QStringLiteral("%1 behind the newest serial %2")
                  .arg(SoaFields::serialDistance(serial, newest))
                  .arg(newest)
            : QStringLiteral("not comparable with the newest serial %1 (2^31 apart, RFC 1982 §3.2)").arg(newest);
        const QDateTime observed = zone.soaAnswer(it.key())->evidence.result.observedAt;
        if (const auto time = serialTimeLag(serial, newest, observed); order == -1 && time)
            lag += QStringLiteral(" (%1)").arg(*time);
        else if (order == -1)
            lag += QStringLiteral(" (no time: the serial is a counter)");
        out.append(
            zone.finding(id, LiveSeverity::Error, it.key(), QStringLiteral("serial %1 is %2").arg(serial).arg(lag),
                QStringLiteral("This copy is stale: check its transfers from the primary (ACLs, NOTIFY, SOA refresh)."),
                evidence));
    }
}

// RFC 1912 §2.2: refresh 1200..43200 s, retry below refresh, expire 2..4 weeks and far above
// refresh + retry; RFC 2308 §5: a negative-caching TTL (SOA minimum) of 1..3 hours.
void ConsistencyChecks::soaTimers(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    const LiveProbe* probe = nullptr;
    std::optional<SoaFields> soa;
    for (int a = 0; a < zone.authorities.size() && !soa; ++a) {
        if (!zone.serves(a))
            continue;
        probe = zone.soaAnswer(a);
        for (const ResourceRecord& record : probe->message->answers) {
            if (record.type == rrtype::SOA && !soa)
                soa = SoaFields::fromRdata(record.rdata);
        }
    }
    if (!soa)
        return;
    struct Rule {
        bool broken;
        LiveSeverity severity;
        QString text;
    };
    const Rule rules[] = {
        { soa->retry >= soa->refresh, LiveSeverity::Error,
            QStringLiteral("retry %1 is not below refresh %2").arg(soa->retry).arg(soa->refresh) },
        { quint64(soa->expire) <= quint64(soa->refresh) + soa->retry, LiveSeverity::Error,
            QStringLiteral("expire %1 is not above refresh + retry").arg(soa->expire) },
        { soa->refresh < 1200 || soa->refresh > 43200, LiveSeverity::Warning,
            QStringLiteral("refresh %1 is outside 1200..43200 s").arg(soa->refresh) },
        { soa->expire < 1209600 || soa->expire > 2419200, LiveSeverity::Warning,
            QStringLiteral("expire %1 is outside 2..4 weeks (1209600..2419200 s)").arg(soa->expire) },
        { soa->minimum < 3600 || soa->minimum > 10800, LiveSeverity::Info,
            QStringLiteral("minimum (negative TTL) %1 is outside 1..3 hours").arg(soa->minimum) },
    };
    const QString id = QStringLiteral("soa-timers");
    bool any = false;
    for (const Rule& rule : rules) {
        if (!rule.broken)
            continue;
        any = true;
        out.append(zone.finding(id, rule.severity, -1, rule.text,
            QStringLiteral("Set the SOA timers as RFC 1912 §2.2 and RFC 2308 §5 suggest."), { probe }));
    }
    if (!any)
        out.append(zone.finding(id, LiveSeverity::Ok, -1,
            QStringLiteral("refresh %1, retry %2, expire %3, minimum %4 follow RFC 1912 §2.2")
                .arg(soa->refresh)
                .arg(soa->retry)
                .arg(soa->expire)
                .arg(soa->minimum),
            QString(), { probe }));
}

// RFC 1034 §4.2.2 and RFC 2181 §6.1: the NS RRset at the apex must be the same on every
// authority and should equal the delegation in the parent.
void ConsistencyChecks::nsConsistency(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    QList<int> serving;
    QList<QStringList> sets;
    for (int a = 0; a < zone.authorities.size(); ++a) {
        const LiveProbe* probe = zone.authorities[a].ns;
        if (zone.serves(a) && probe->message) {
            serving.append(a);
            sets.append(nsTargets(probe->message->answers, zone.target->zone));
        }
    }
    if (sets.isEmpty())
        return;
    const QString id = QStringLiteral("ns-consistency");
    const QStringList reference = mostCommon(sets);
    for (qsizetype i = 0; i < serving.size(); ++i) {
        const int a = serving[i];
        if (sets[i] == reference)
            out.append(zone.finding(id, LiveSeverity::Ok, a,
                QStringLiteral("apex NS set agrees (%1 names)").arg(reference.size()), QString(),
                { zone.authorities[a].ns }));
        else
            out.append(zone.finding(id, LiveSeverity::Error, a,
                QStringLiteral("apex NS set %1 differs from %2 that most authorities give")
                    .arg(hostList(sets[i]), hostList(reference)),
                QStringLiteral("Make every authority serve the same NS RRset (RFC 2181 §6.1)."),
                { zone.authorities[a].ns }));
    }
    QSet<QString> asked;
    for (const LiveAuthority& authority : zone.target->authorities) {
        const auto name = DnsName::fromText(authority.name.toUtf8());
        if (!authority.name.isEmpty() && name)
            asked.insert(name->lowercased().toString());
    }
    for (const QString& host : reference) {
        if (!asked.isEmpty() && !asked.contains(host))
            out.append(zone.finding(id, LiveSeverity::Warning, -1,
                QStringLiteral("%1 is in the apex NS set but was not among the authorities checked").arg(host),
                QStringLiteral("Add it to the model (or to --ns) so that it is checked, or remove it from the zone."),
                {}));
    }
    for (const QString& host : std::as_const(asked)) {
        if (!reference.contains(host))
            out.append(zone.finding(id, LiveSeverity::Warning, -1,
                QStringLiteral("%1 was checked but is not in the apex NS set %2").arg(host, hostList(reference)),
                QStringLiteral("Add it to the zone's NS RRset or stop counting on it."), {}));
    }
    parentDelegation(zone, reference, out);
}

void ConsistencyChecks::parentDelegation(const ZoneEvidence& zone, const QStringList& childNs, QList<LiveFinding>& out)
{
    const QString id = QStringLiteral("ns-consistency");
    for (const LiveProbe* parent : zone.parents) {
        const QString server = parent->evidence.server.toString();
        if (!parent->message) {
            out.append(zone.finding(id, LiveSeverity::Warning, -1,
                QStringLiteral("parent server %1 gave no usable answer (%2)")
                    .arg(server, parent->evidence.responseSummary()),
                QStringLiteral("Check the parent servers given (--roots or the model's roots)."), { parent }));
            continue;
        }
        QStringList delegated = nsTargets(parent->message->authority, zone.target->zone);
        if (delegated.isEmpty()) // a parent that also serves the child answers from the apex
            delegated = nsTargets(parent->message->answers, zone.target->zone);
        if (delegated.isEmpty() && referralAbove(*parent->message, zone.target->zone)) {
            out.append(zone.finding(id, LiveSeverity::Info, -1,
                QStringLiteral("%1 refers to a zone above the parent; following referrals from the roots is not "
                               "available yet, so the delegation was not compared")
                    .arg(server),
                QStringLiteral("Give the parent zone's servers as --roots."), { parent }));
            continue;
        }
        if (delegated == childNs)
            out.append(zone.finding(id, LiveSeverity::Ok, -1,
                QStringLiteral("parent %1 delegates to the same %2 names as the apex").arg(server).arg(childNs.size()),
                QString(), { parent }));
        else
            out.append(zone.finding(id, LiveSeverity::Error, -1,
                QStringLiteral("parent %1 delegates to %2; the apex lists %3 (only at the parent: %4; only at the "
                               "apex: %5)")
                    .arg(server, hostList(delegated), hostList(childNs), hostList(missingFrom(childNs, delegated)),
                        hostList(missingFrom(delegated, childNs))),
                QStringLiteral("Make the delegation at the parent equal the apex NS RRset (RFC 1034 §4.2.2)."),
                { parent }));
        glue(zone, parent, out);
    }
}

// RFC 1034 §4.2.1: the parent must carry address records (glue) for name servers inside the
// delegated zone, and they must be the servers' real addresses.
void ConsistencyChecks::glue(const ZoneEvidence& zone, const LiveProbe* parent, QList<LiveFinding>& out)
{
    const QString id = QStringLiteral("glue");
    const DnsName& apex = zone.target->zone;
    const QList<ResourceRecord> referral
        = parent->message->authority.isEmpty() ? parent->message->answers : parent->message->authority;
    for (const QString& host : nsTargets(referral, apex)) {
        const DnsName name = *DnsName::fromText(host.toUtf8());
        if (!name.isSubdomainOf(apex))
            continue; // out of bailiwick: resolved on its own, no glue expected
        QSet<QString> glueAddresses;
        for (const ResourceRecord& record : parent->message->additional) {
            if ((record.type == rrtype::A || record.type == rrtype::AAAA) && record.owner == name)
                glueAddresses.insert(addressText(record.rdata));
        }
        QSet<QString> known;
        for (const LiveAuthority& authority : zone.target->authorities) {
            const auto authorityName = DnsName::fromText(authority.name.toUtf8());
            if (authorityName && *authorityName == name)
                known.insert(addressText(addressOctets(authority.endpoint.address)));
        }
        if (known.isEmpty())
            continue; // nothing to compare the glue with
        QStringList glueList = glueAddresses.values(), knownList = known.values();
        glueList.sort();
        knownList.sort();
        const bool same = glueAddresses == known;
        out.append(zone.finding(id, same ? LiveSeverity::Ok : LiveSeverity::Error, -1,
            QStringLiteral("glue for %1 at %2: %3; the authority's addresses: %4")
                .arg(host, parent->evidence.server.toString(), hostList(glueList), hostList(knownList)),
            same ? QString() : QStringLiteral("Update the glue at the parent (registrar) to the server's addresses."),
            { parent }));
    }
}

// Every serving authority should give the same answer to every requested name (RFC 2181 §5:
// the RRset is the unit; order and TTL aside).
void ConsistencyChecks::answers(const ZoneEvidence& zone, int name, QList<LiveFinding>& out)
{
    const DnsQuestion& question = zone.target->names[name];
    const QString id = QStringLiteral("answers-consistent");
    QList<int> answered;
    QList<QString> signatures;
    for (int a = 0; a < zone.authorities.size(); ++a) {
        if (!zone.serves(a))
            continue;
        const LiveProbe* probe = zone.authorities[a].names[name];
        if (!probe->message) {
            out.append(zone.finding(id, LiveSeverity::Error, a,
                QStringLiteral("no answer for %1: %2%3")
                    .arg(probe->evidence.questionText(), probe->evidence.responseSummary(),
                        probe->evidence.result.truncatedOverUdp ? QStringLiteral(" (after a truncated UDP answer)")
                                                                : QString()),
                QStringLiteral("Every authority must answer every name of the zone, over UDP and TCP."), { probe }));
            continue;
        }
        answered.append(a);
        signatures.append(answerSignature(*probe->message));
    }
    if (signatures.isEmpty())
        return;
    const QString reference = mostCommon(signatures);
    int agreeing = 0;
    for (qsizetype i = 0; i < answered.size(); ++i) {
        if (signatures[i] == reference) {
            ++agreeing;
            continue;
        }
        const int a = answered[i];
        out.append(zone.finding(id, LiveSeverity::Error, a,
            QStringLiteral("%1 answers [%2]; most authorities answer [%3]")
                .arg(zone.authorities[a].names[name]->evidence.questionText(), signatures[i], reference),
            QStringLiteral("Bring this copy of the zone in step with the primary."),
            { zone.authorities[a].names[name] }));
    }
    QList<const LiveProbe*> evidence;
    for (int a : answered)
        evidence.append(zone.authorities[a].names[name]);
    out.append(zone.finding(id, agreeing == answered.size() ? LiveSeverity::Ok : LiveSeverity::Info, -1,
        QStringLiteral("%1: %2 of %3 authorities answer [%4]")
            .arg(question.name.toString() + QLatin1Char(' ')
                + QString::fromLatin1(DnsMnemonics::typeName(question.type)))
            .arg(agreeing)
            .arg(answered.size())
            .arg(reference),
        QString(), evidence));
}

// RFC 2182 §3.1: secondaries should be placed so that no single network failure takes every
// authority down; distinct /24 (IPv4) and /48 (IPv6) prefixes are the usual proxy.
void ConsistencyChecks::addressDiversity(const ZoneEvidence& zone, QList<LiveFinding>& out)
{
    QSet<QString> addresses;
    QSet<QString> prefixes;
    for (const LiveAuthority& authority : zone.target->authorities) {
        const QByteArray octets = addressOctets(authority.endpoint.address);
        if (octets.isEmpty())
            continue;
        addresses.insert(authority.endpoint.address);
        QByteArray prefix = octets.left(octets.size() == 4 ? 3 : 6);
        prefix.resize(octets.size(), '\0');
        prefixes.insert(addressText(prefix) + (octets.size() == 4 ? QStringLiteral("/24") : QStringLiteral("/48")));
    }
    if (addresses.isEmpty())
        return;
    QStringList prefixList = prefixes.values();
    prefixList.sort();
    const bool diverse = prefixes.size() > 1;
    out.append(zone.finding(QStringLiteral("address-diversity"), diverse ? LiveSeverity::Ok : LiveSeverity::Warning, -1,
        QStringLiteral("%1 in %2: %3")
            .arg(countedNoun(addresses.size(), QStringLiteral("address"), QStringLiteral("addresses")),
                countedNoun(prefixes.size(), QStringLiteral("prefix"), QStringLiteral("prefixes")),
                prefixList.join(QStringLiteral(", "))),
        diverse ? QString()
                : QStringLiteral("Place authorities in different networks so that one outage cannot take all "
                                 "of them (RFC 2182 §3.1)."),
        {}));
}

// RFC 2182 §3.1 asks for name servers in different networks; distinct prefixes are a weak
// proxy, distinct origin ASNs a better one: one operator's routing incident cannot take them all.
void ConsistencyChecks::asnDiversity(const ZoneEvidence& zone, const IpToAsnTable& table, QList<LiveFinding>& out)
{
    const QString id = QStringLiteral("asn-diversity");
    QMap<quint32, QStringList> byAsn;
    QMap<quint32, QString> descriptions;
    QStringList unlisted;
    for (const LiveAuthority& authority : zone.target->authorities) {
        const QString& address = authority.endpoint.address;
        if (const IpToAsnTable::Entry* entry = table.find(address)) {
            if (!byAsn[entry->asn].contains(address))
                byAsn[entry->asn].append(address);
            descriptions.insert(entry->asn, entry->description);
        } else if (!unlisted.contains(address)) {
            unlisted.append(address);
        }
    }
    if (!unlisted.isEmpty())
        out.append(zone.finding(id, LiveSeverity::Info, -1,
            QStringLiteral("not in the ASN table (unrouted or unknown): %1").arg(unlisted.join(QStringLiteral(", "))),
            QString(), {}));
    if (byAsn.isEmpty())
        return;
    QStringList parts;
    for (auto it = byAsn.cbegin(); it != byAsn.cend(); ++it)
        parts.append(QStringLiteral("AS%1 %2 (%3)")
                         .arg(it.key())
                         .arg(descriptions.value(it.key()), it.value().join(QStringLiteral(", "))));
    const bool diverse = byAsn.size() > 1;
    out.append(zone.finding(id, diverse ? LiveSeverity::Ok : LiveSeverity::Warning, -1,
        QStringLiteral("%1: %2").arg(
            countedNoun(byAsn.size(), QStringLiteral("distinct ASN")), parts.join(QStringLiteral("; "))),
        diverse ? QString()
                : QStringLiteral("Add an authority announced by another autonomous system, so that one network's "
                                 "outage cannot take every authority (RFC 2182 §3.1)."),
        {}));
}

} // namespace nameplan
