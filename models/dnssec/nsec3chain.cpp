// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3chain.h"

#include "binarytext.h"
#include "dnsmnemonics.h"
#include "nsec3data.h"
#include "nsec3fields.h"
#include "nsec3hash.h"
#include "nsec3ring.h"
#include "typebitmap.h"
#include "zonenameset.h"

#include <vector>

namespace nameplan {

namespace {
using Name = ZoneContents::Name;

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

bool isHashedOwnerOnly(const ZoneContents& zone, const Name& name)
{
    return name.sets.size() == 1 && zone.set(name, rrtype::NSEC3);
}

int indexOf(const ZoneContents& zone, const Name& name)
{
    return int(&name - zone.names().constData());
}

using Record = Nsec3Ring::Record;

// The NSEC3 records of the zone; malformed owners and NSEC3 RRsets are reported and left out.
Nsec3Ring ring(const ZoneContents& zone, QList<Verdict>& problems)
{
    std::vector<Record> result;
    result.reserve(size_t(zone.names().size() / 2));
    const int hashedLabels = zone.origin().labelCount() + 1;
    for (const Name& name : zone.names()) {
        const RrSet* set = zone.set(name, rrtype::NSEC3);
        if (!set)
            continue;
        Record record;
        record.name = &name;
        const qsizetype size = name.owner.labelCount() == hashedLabels
            ? BinaryText::decodeBase32Hex(name.owner.label(0), record.octets.data())
            : -1;
        if (size < 0 || set->rdatas.size() != 1) {
            problems.append(problem(zone, name.owner, Verdict::Reason::Malformed,
                QStringLiteral("an NSEC3 owner must be one base32hex label above the apex, with one NSEC3")));
            continue;
        }
        record.size = std::uint8_t(size);
        record.rdata = set->rdatas.first();
        result.push_back(record);
    }
    return Nsec3Ring(std::move(result));
}

// Reads every record, marks those with the NSEC3PARAM's parameters valid and checks that each
// points to the next (RFC 5155 §7.1). True when any valid record has the opt-out flag.
bool linkChain(const ZoneContents& zone, const Nsec3Data& param, Nsec3Ring& chain, QList<Verdict>& problems)
{
    bool optOut = false;
    for (size_t i = 0; i < chain.records().size(); ++i) {
        Record& record = chain.records()[i];
        const auto fields = Nsec3Fields::fromRdata(record.rdata);
        if (!fields || fields->hashAlgorithm != param.hashAlgorithm || fields->iterations != param.iterations
            || fields->salt != QByteArrayView(param.salt)) {
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 parameters differ from the NSEC3PARAM (RFC 5155 §7.1)")));
            continue;
        }
        record.valid = true;
        record.optOut = fields->flags & Nsec3Data::optOutFlag;
        record.setTypeBitmap(fields->typeBitmap);
        optOut = optOut || record.optOut;
        if (fields->nextHashedOwner != chain.next(i).hash())
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("next hashed owner does not point to the following NSEC3")));
    }
    return optOut;
}

// Adds the zone name at index and its ancestors up to the apex (RFC 5155 §7.1 item 2: those
// without data are empty non-terminals) and calls added(name as spelled, its entry or nullptr)
// for each that was not there. A name already there came with its ancestors: the walk up stops
// at it. The apex is spelled as the tail of the name, so no name is made for it.
template <typename Added>
void addWithAncestors(const ZoneContents& zone, int index, int apexIndex, ZoneNameSet& target, Added&& added)
{
    const Name& entry = zone.names().at(index);
    if (!target.insert(index, entry.owner.wire()))
        return;
    added(entry.owner, &entry);
    if (index == apexIndex)
        return;
    DnsName up = entry.owner;
    for (int level = entry.owner.labelCount() - zone.origin().labelCount() - 1; level > 0; --level) {
        up = up.parent();
        const Name* ancestor = zone.find(up);
        if (!(ancestor ? target.insert(indexOf(zone, *ancestor), up.wire()) : target.insert(up)))
            return;
        added(up, ancestor);
    }
    const Name& apex = zone.names().at(apexIndex);
    const QByteArrayView apexSpelling = entry.owner.wire().last(apex.owner.wire().size());
    if (target.insert(apexIndex, apexSpelling))
        added(apexSpelling == apex.owner.wire() ? apex.owner : *DnsName::fromWire(apexSpelling), &apex);
}

// RFC 5155 §7.1: names that need an NSEC3 ("required") and, with opt-out, insecure delegations
// and the empty non-terminals that lead only to them ("optional", §6). Each required name is
// passed to checkRequired once, as soon as it is found: its owner was just read and is still in
// the cache, which on a large zone makes the check cheaper than collecting first.
template <typename Check>
void collectNames(
    const ZoneContents& zone, bool optOut, ZoneNameSet& required, ZoneNameSet& optional, Check&& checkRequired)
{
    const int apexIndex = indexOf(zone, *zone.find(zone.origin()));
    for (const Name& name : zone.names()) {
        if (name.belowCut || isHashedOwnerOnly(zone, name))
            continue;
        const bool insecureDelegation = name.delegation && !zone.set(name, rrtype::DS);
        if (optOut && insecureDelegation)
            addWithAncestors(zone, indexOf(zone, name), apexIndex, optional, [](const DnsName&, const Name*) {});
        else
            addWithAncestors(zone, indexOf(zone, name), apexIndex, required, checkRequired);
    }
}
} // namespace

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
    Nsec3Ring chain = ring(zone, problems);
    const bool optOut = linkChain(zone, *param, chain, problems);

    ZoneNameSet required(zone);
    ZoneNameSet optional(zone);
    Nsec3Hash::Digest hash {};
    const QByteArrayView hashed(hash.data(), hash.size()); // the last name hashed
    auto hashOf = [&](const DnsName& name) {
        return Nsec3Hash::computeInto(
                   param->hashAlgorithm, name.wire(), param->salt, param->iterations, config.maxNsec3Iterations, hash)
            == Nsec3Hash::Result::Status::Ok;
    };
    // The record at the last name hashed, marked as standing for a name, or nullptr.
    auto claim = [&]() -> Record* {
        Record* record = chain.find(hashed);
        if (record)
            record->accounted = true;
        return record;
    };
    collectNames(zone, optOut, required, optional, [&](const DnsName& name, const Name* entry) {
        if (!hashOf(name)) {
            problems.append(Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::CryptoError, name,
                rrtype::NSEC3, zone.origin(), QStringLiteral("cannot hash the name")));
            return;
        }
        const Record* record = claim();
        if (!record || !record->valid) {
            problems.append(
                problem(zone, name, Verdict::Reason::NsecMissing, QStringLiteral("no NSEC3 for this name")));
            return;
        }
        const QList<std::uint16_t> expected = entry ? zone.expectedTypes(*entry, 0) : QList<std::uint16_t>();
        if (!TypeBitmap::listsExactly(record->typeBitmap(), expected))
            problems.append(problem(zone, name, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 type bitmap [%1], the name has [%2]")
                    .arg(typeList(TypeBitmap::decode(record->typeBitmap()).value_or(QList<std::uint16_t>())),
                        typeList(expected))));
    });
    optional.forEach(
        [&](const DnsName& name, const Name*) {
            if (!hashOf(name))
                return;
            const Record* record = claim();
            // RFC 5155 §6: an opted-out name without an NSEC3 must lie in an opt-out span.
            if ((record && record->valid) || chain.records().empty())
                return;
            const Record& covering = chain.covering(hashed);
            if (!covering.valid || !covering.optOut)
                problems.append(problem(zone, name, Verdict::Reason::NsecMissing,
                    QStringLiteral("unsigned delegation in a span without the opt-out flag")));
        },
        &required);
    for (const Record& record : chain.records()) {
        if (!record.accounted)
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 record that matches no name of the zone")));
    }
    return problems;
}

} // namespace nameplan
