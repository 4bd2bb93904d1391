// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3chain.h"

#include "binarytext.h"
#include "dnsmnemonics.h"
#include "nsec3data.h"
#include "nsec3hash.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nameplan {

namespace {
Verdict problem(const ZoneContents& zone, const DnsName& owner, Verdict::Reason reason, const QString& message)
{
    return Verdict::make(Verdict::Status::Bogus, reason, owner, rrtype::NSEC3, zone.origin(), message);
}

QString typeList(const QList<std::uint16_t>& types)
{
    QStringList names;
    for (std::uint16_t type : types)
        names.append(QString::fromLatin1(DnsMnemonics::typeName(type)));
    return names.join(QLatin1Char(' '));
}

bool isHashedOwnerOnly(const ZoneContents& zone, const ZoneContents::Name& name)
{
    return name.sets.size() == 1 && zone.sets().at(name.sets.first()).type == rrtype::NSEC3;
}

// RFC 5155 §7.1: names that need an NSEC3 ("required") and, with opt-out, insecure delegations
// and the empty non-terminals that lead only to them ("optional", §6). Ancestors of required
// names up to the apex are empty non-terminals when they hold no data (RFC 5155 §7.1 item 2).
void collectNames(const ZoneContents& zone, bool optOut, QSet<DnsName>& required, QSet<DnsName>& optional)
{
    required.reserve(zone.names().size());
    for (const ZoneContents::Name& name : zone.names()) {
        if (name.belowCut || isHashedOwnerOnly(zone, name))
            continue;
        const bool insecureDelegation = name.delegation && !zone.set(name.owner, rrtype::DS);
        QSet<DnsName>& target = optOut && insecureDelegation ? optional : required;
        // A name already there came with its ancestors: the walk up can stop at it.
        for (DnsName up = name.owner; up.labelCount() >= zone.origin().labelCount(); up = up.parent()) {
            if (target.contains(up))
                break;
            target.insert(up);
            if (up == zone.origin())
                break;
        }
    }
    for (const DnsName& name : std::as_const(required))
        optional.remove(name);
}
} // namespace

QList<Nsec3Chain::Record> Nsec3Chain::records(const ZoneContents& zone, QList<Verdict>& problems)
{
    QList<Record> result;
    result.reserve(zone.names().size() / 2);
    for (const ZoneContents::Name& name : zone.names()) {
        const auto nsec3 = std::find_if(name.sets.begin(), name.sets.end(),
            [&zone](int index) { return zone.sets().at(index).type == rrtype::NSEC3; });
        if (nsec3 == name.sets.end())
            continue;
        const RrSet* set = &zone.sets().at(*nsec3);
        const auto hash = name.owner.labelCount() == zone.origin().labelCount() + 1
            ? BinaryText::fromBase32Hex(name.owner.label(0))
            : std::nullopt;
        if (!hash || set->rdatas.size() != 1) {
            problems.append(problem(zone, name.owner, Verdict::Reason::Malformed,
                QStringLiteral("an NSEC3 owner must be one base32hex label above the apex, with one NSEC3")));
            continue;
        }
        result.append(Record { *hash, name.owner, set->rdatas.first() });
    }
    std::sort(result.begin(), result.end(), [](const Record& a, const Record& b) { return a.hash < b.hash; });
    return result;
}

QList<Verdict> Nsec3Chain::check(const ZoneContents& zone, const ValidatorConfig& config)
{
    QList<Verdict> problems;
    const RrSet* paramSet = zone.set(zone.origin(), rrtype::NSEC3PARAM);
    const auto param = paramSet ? Nsec3Data::fromParamRdata(paramSet->rdatas.first()) : std::nullopt;
    if (!param) {
        problems.append(problem(zone, zone.origin(), Verdict::Reason::NsecMissing, QStringLiteral("no NSEC3PARAM")));
        return problems;
    }
    if (param->iterations > config.maxNsec3Iterations) {
        problems.append(Verdict::make(Verdict::Status::Insecure, Verdict::Reason::Nsec3IterationsTooHigh, zone.origin(),
            rrtype::NSEC3PARAM, zone.origin(),
            QStringLiteral("%1 iterations, limit %2 (RFC 9276)")
                .arg(param->iterations)
                .arg(config.maxNsec3Iterations)));
        return problems;
    }
    const QList<Record> chain = records(zone, problems);
    bool optOut = false;
    QHash<QByteArray, Nsec3Data> byHash;
    byHash.reserve(chain.size());
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const auto data = Nsec3Data::fromRdata(chain.at(i).rdata);
        if (!data || data->hashAlgorithm != param->hashAlgorithm || data->iterations != param->iterations
            || data->salt != param->salt) {
            problems.append(problem(zone, chain.at(i).owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 parameters differ from the NSEC3PARAM (RFC 5155 §7.1)")));
            continue;
        }
        optOut = optOut || data->isOptOut();
        const QByteArray& expectedNext = chain.at((i + 1) % chain.size()).hash;
        if (data->nextHashedOwner != expectedNext)
            problems.append(problem(zone, chain.at(i).owner, Verdict::Reason::Bogus,
                QStringLiteral("next hashed owner does not point to the following NSEC3")));
        byHash.insert(chain.at(i).hash, *data);
    }

    QSet<DnsName> required;
    QSet<DnsName> optional;
    collectNames(zone, optOut, required, optional);
    QSet<QByteArray> accounted;
    accounted.reserve(required.size() + optional.size());
    auto hashOf = [&](const DnsName& name) {
        return Nsec3Hash::compute(
            param->hashAlgorithm, name.wire(), param->salt, param->iterations, config.maxNsec3Iterations);
    };
    for (const DnsName& name : std::as_const(required)) {
        const Nsec3Hash::Result hash = hashOf(name);
        if (hash.status != Nsec3Hash::Result::Status::Ok) {
            problems.append(Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::CryptoError, name,
                rrtype::NSEC3, zone.origin(), QStringLiteral("cannot hash the name")));
            continue;
        }
        accounted.insert(hash.hash);
        const auto it = byHash.constFind(hash.hash);
        if (it == byHash.constEnd()) {
            problems.append(
                problem(zone, name, Verdict::Reason::NsecMissing, QStringLiteral("no NSEC3 for this name")));
            continue;
        }
        const ZoneContents::Name* entry = zone.find(name);
        const QList<std::uint16_t> expected = entry ? zone.expectedTypes(*entry, 0) : QList<std::uint16_t>();
        if (it->types != expected)
            problems.append(problem(zone, name, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 type bitmap [%1], the name has [%2]")
                    .arg(typeList(it->types), typeList(expected))));
    }
    for (const DnsName& name : std::as_const(optional)) {
        const Nsec3Hash::Result hash = hashOf(name);
        if (hash.status == Nsec3Hash::Result::Status::Ok)
            accounted.insert(hash.hash);
        // RFC 5155 §6: an opted-out name without an NSEC3 must lie in an opt-out span.
        if (hash.status != Nsec3Hash::Result::Status::Ok || byHash.contains(hash.hash) || chain.isEmpty())
            continue;
        auto after = std::upper_bound(
            chain.begin(), chain.end(), hash.hash, [](const QByteArray& h, const Record& r) { return h < r.hash; });
        const Record& covering = after == chain.begin() ? chain.last() : *(after - 1);
        if (!byHash.value(covering.hash).isOptOut())
            problems.append(problem(zone, name, Verdict::Reason::NsecMissing,
                QStringLiteral("unsigned delegation in a span without the opt-out flag")));
    }
    for (const Record& record : chain) {
        if (!accounted.contains(record.hash))
            problems.append(problem(zone, record.owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 record that matches no name of the zone")));
    }
    return problems;
}

} // namespace nameplan
