// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3chain.h"

#include "binarytext.h"
#include "dnsmnemonics.h"
#include "nsec3data.h"
#include "nsec3fields.h"
#include "nsec3hash.h"
#include "typebitmap.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
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

// The first set of this type at name, or nullptr: a scan of the name's few sets, cheaper than
// ZoneContents::set's lookup of the owner for a name already at hand.
const RrSet* setAt(const ZoneContents& zone, const Name& name, std::uint16_t type)
{
    const auto it = std::find_if(
        name.sets.begin(), name.sets.end(), [&zone, type](int index) { return zone.sets().at(index).type == type; });
    return it == name.sets.end() ? nullptr : &zone.sets().at(*it);
}

bool isHashedOwnerOnly(const ZoneContents& zone, const Name& name)
{
    return name.sets.size() == 1 && setAt(zone, name, rrtype::NSEC3);
}

int indexOf(const ZoneContents& zone, const Name& name)
{
    return int(&name - zone.names().constData());
}

// One NSEC3 of the zone. The owner hash is held inline (a label of at most 63 base32hex
// characters decodes to at most 39 octets), so that sorting and searching the chain of a large
// zone reads no memory but the records themselves.
struct Record {
    std::array<char, 40> octets {};
    std::uint8_t size = 0;
    const Name* name = nullptr; // the hashed owner
    QByteArrayView rdata;
    QByteArrayView typeBitmap; // valid records only
    bool valid = false; // RDATA well formed, with the NSEC3PARAM's parameters
    bool optOut = false;
    bool accounted = false; // a name of the zone hashes to it

    QByteArrayView hash() const { return { octets.data(), size }; }
};

// The NSEC3 records of the zone sorted by hash (RFC 5155 §7.1: the order of the chain);
// malformed owners and NSEC3 RRsets are reported and left out.
std::vector<Record> records(const ZoneContents& zone, QList<Verdict>& problems)
{
    std::vector<Record> result;
    result.reserve(size_t(zone.names().size() / 2));
    const int hashedLabels = zone.origin().labelCount() + 1;
    for (const Name& name : zone.names()) {
        const RrSet* set = setAt(zone, name, rrtype::NSEC3);
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
    std::sort(result.begin(), result.end(), [](const Record& a, const Record& b) { return a.hash() < b.hash(); });
    return result;
}

// The record whose owner hash is hash, or nullptr.
Record* recordOf(std::vector<Record>& chain, QByteArrayView hash)
{
    const auto it = std::lower_bound(
        chain.begin(), chain.end(), hash, [](const Record& r, QByteArrayView h) { return r.hash() < h; });
    return it != chain.end() && it->hash() == hash ? &*it : nullptr;
}

// Reads every record, marks those with the NSEC3PARAM's parameters valid and checks that each
// points to the next (RFC 5155 §7.1). True when any valid record has the opt-out flag.
bool linkChain(const ZoneContents& zone, const Nsec3Data& param, std::vector<Record>& chain, QList<Verdict>& problems)
{
    bool optOut = false;
    for (size_t i = 0; i < chain.size(); ++i) {
        Record& record = chain[i];
        const auto fields = Nsec3Fields::fromRdata(record.rdata);
        if (!fields || fields->hashAlgorithm != param.hashAlgorithm || fields->iterations != param.iterations
            || fields->salt != QByteArrayView(param.salt)) {
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 parameters differ from the NSEC3PARAM (RFC 5155 §7.1)")));
            continue;
        }
        record.valid = true;
        record.optOut = fields->flags & Nsec3Data::optOutFlag;
        record.typeBitmap = fields->typeBitmap;
        optOut = optOut || record.optOut;
        if (fields->nextHashedOwner != chain[(i + 1) % chain.size()].hash())
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("next hashed owner does not point to the following NSEC3")));
    }
    return optOut;
}

// A set of names with QSet<DnsName>'s meaning (ASCII case-insensitive, each name kept as first
// spelled), where the zone's own names are flags by index: the usual name then costs neither
// a copy nor a hash lookup. Other names are empty non-terminals.
class NameSet {
public:
    explicit NameSet(const ZoneContents& zone)
        : m_zone(zone)
        , m_inZone(size_t(zone.names().size()), false)
    {
    }

    // Adds the zone name at index as spelled by the wire form spelling; false when it was there.
    bool insert(int index, QByteArrayView spelling)
    {
        if (m_inZone[size_t(index)])
            return false;
        m_inZone[size_t(index)] = true;
        if (spelling != m_zone.names().at(index).owner.wire())
            m_respelled.insert(index, *DnsName::fromWire(spelling));
        return true;
    }
    bool insert(const DnsName& emptyNonTerminal)
    {
        const qsizetype before = m_others.size();
        m_others.insert(emptyNonTerminal);
        return m_others.size() != before;
    }

    // Calls visit(name, its entry or nullptr) for each name that is not in except.
    template <typename Visit> void forEach(Visit&& visit, const NameSet* except = nullptr) const
    {
        for (size_t i = 0; i < m_inZone.size(); ++i) {
            if (!m_inZone[i] || (except && except->m_inZone[i]))
                continue;
            const Name& entry = m_zone.names().at(qsizetype(i));
            const auto respelled = m_respelled.constFind(int(i));
            visit(respelled == m_respelled.constEnd() ? entry.owner : *respelled, &entry);
        }
        for (const DnsName& name : m_others) {
            if (!except || !except->m_others.contains(name))
                visit(name, nullptr);
        }
    }

private:
    const ZoneContents& m_zone;
    std::vector<bool> m_inZone;
    QHash<int, DnsName> m_respelled; // zone names first added in another case
    QSet<DnsName> m_others;
};

// Adds the zone name at index and its ancestors up to the apex (RFC 5155 §7.1 item 2: those
// without data are empty non-terminals). A name already there came with its ancestors: the walk
// up stops at it. The apex is spelled as the tail of the name, so no name is made for it.
void addWithAncestors(const ZoneContents& zone, int index, int apexIndex, NameSet& target)
{
    const DnsName& owner = zone.names().at(index).owner;
    if (!target.insert(index, owner.wire()) || index == apexIndex)
        return;
    DnsName up = owner;
    for (int level = owner.labelCount() - zone.origin().labelCount() - 1; level > 0; --level) {
        up = up.parent();
        const Name* entry = zone.find(up);
        if (!(entry ? target.insert(indexOf(zone, *entry), up.wire()) : target.insert(up)))
            return;
    }
    target.insert(apexIndex, owner.wire().last(zone.origin().wire().size()));
}

// RFC 5155 §7.1: names that need an NSEC3 ("required") and, with opt-out, insecure delegations
// and the empty non-terminals that lead only to them ("optional", §6), once each.
void collectNames(const ZoneContents& zone, bool optOut, NameSet& required, NameSet& optional)
{
    const int apexIndex = indexOf(zone, *zone.find(zone.origin()));
    for (const Name& name : zone.names()) {
        if (name.belowCut || isHashedOwnerOnly(zone, name))
            continue;
        const bool insecureDelegation = name.delegation && !setAt(zone, name, rrtype::DS);
        addWithAncestors(zone, indexOf(zone, name), apexIndex, optOut && insecureDelegation ? optional : required);
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
    std::vector<Record> chain = records(zone, problems);
    const bool optOut = linkChain(zone, *param, chain, problems);

    NameSet required(zone);
    NameSet optional(zone);
    collectNames(zone, optOut, required, optional);
    auto hashOf = [&](const DnsName& name) {
        return Nsec3Hash::compute(
            param->hashAlgorithm, name.wire(), param->salt, param->iterations, config.maxNsec3Iterations);
    };
    required.forEach([&](const DnsName& name, const Name* entry) {
        const Nsec3Hash::Result hash = hashOf(name);
        if (hash.status != Nsec3Hash::Result::Status::Ok) {
            problems.append(Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::CryptoError, name,
                rrtype::NSEC3, zone.origin(), QStringLiteral("cannot hash the name")));
            return;
        }
        Record* record = recordOf(chain, hash.hash);
        if (record)
            record->accounted = true;
        if (!record || !record->valid) {
            problems.append(
                problem(zone, name, Verdict::Reason::NsecMissing, QStringLiteral("no NSEC3 for this name")));
            return;
        }
        const QList<std::uint16_t> expected = entry ? zone.expectedTypes(*entry, 0) : QList<std::uint16_t>();
        if (!TypeBitmap::listsExactly(record->typeBitmap, expected))
            problems.append(problem(zone, name, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 type bitmap [%1], the name has [%2]")
                    .arg(typeList(TypeBitmap::decode(record->typeBitmap).value_or(QList<std::uint16_t>())),
                        typeList(expected))));
    });
    optional.forEach(
        [&](const DnsName& name, const Name*) {
            const Nsec3Hash::Result hash = hashOf(name);
            if (hash.status != Nsec3Hash::Result::Status::Ok)
                return;
            Record* record = recordOf(chain, hash.hash);
            if (record)
                record->accounted = true;
            // RFC 5155 §6: an opted-out name without an NSEC3 must lie in an opt-out span.
            if ((record && record->valid) || chain.empty())
                return;
            auto after = std::upper_bound(chain.begin(), chain.end(), QByteArrayView(hash.hash),
                [](QByteArrayView h, const Record& r) { return h < r.hash(); });
            const Record& covering = after == chain.begin() ? chain.back() : *(after - 1);
            if (!covering.valid || !covering.optOut)
                problems.append(problem(zone, name, Verdict::Reason::NsecMissing,
                    QStringLiteral("unsigned delegation in a span without the opt-out flag")));
        },
        &required);
    for (const Record& record : chain) {
        if (!record.accounted)
            problems.append(problem(zone, record.name->owner, Verdict::Reason::Bogus,
                QStringLiteral("NSEC3 record that matches no name of the zone")));
    }
    return problems;
}

} // namespace nameplan
