// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecchain.h"

#include "dnsmnemonics.h"
#include "nsecfields.h"
#include "typebitmap.h"

namespace nameplan {

namespace {
QString typeList(const QList<std::uint16_t>& types)
{
    QStringList names;
    for (std::uint16_t type : types)
        names.append(QString::fromLatin1(DnsMnemonics::typeName(type)));
    return names.join(QLatin1Char(' '));
}

Verdict problem(const ZoneContents& zone, const DnsName& owner, Verdict::Reason reason, const QString& message)
{
    return Verdict::make(Verdict::Status::Bogus, reason, owner, rrtype::NSEC, zone.origin(), message);
}
} // namespace

QList<Verdict> NsecChain::check(const ZoneContents& zone)
{
    // Every name's NSEC is read in place (NsecFields, TypeBitmap::listsExactly): a zone of
    // 100,000 names would otherwise make as many names and type lists only to compare them.
    QList<Verdict> problems;
    const QList<const ZoneContents::Name*> names = zone.authoritativeNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ZoneContents::Name& name = *names.at(i);
        const RrSet* set = zone.set(name, rrtype::NSEC);
        if (!set) {
            problems.append(problem(zone, name.owner, Verdict::Reason::NsecMissing, QStringLiteral("no NSEC record")));
            continue;
        }
        const auto nsec = set->rdatas.size() == 1 ? NsecFields::fromRdata(set->rdatas.first()) : std::nullopt;
        if (!nsec) {
            problems.append(problem(zone, name.owner, Verdict::Reason::Malformed,
                QStringLiteral("%1 NSEC records, or a malformed one").arg(set->rdatas.size())));
            continue;
        }
        const DnsName& expectedNext = names.at((i + 1) % names.size())->owner;
        if (!expectedNext.equalsWire(nsec->nextName))
            problems.append(problem(zone, name.owner, Verdict::Reason::Bogus,
                QStringLiteral("next name %1, expected %2")
                    .arg(DnsName::fromWire(nsec->nextName)->toString(), expectedNext.toString())));
        const QList<std::uint16_t> expected = zone.expectedTypes(name, rrtype::NSEC);
        if (!TypeBitmap::listsExactly(nsec->typeBitmap, expected))
            problems.append(problem(zone, name.owner, Verdict::Reason::Bogus,
                QStringLiteral("type bitmap [%1], the name has [%2]")
                    .arg(typeList(TypeBitmap::decode(nsec->typeBitmap).value_or(QList<std::uint16_t>())),
                        typeList(expected))));
    }
    return problems;
}

} // namespace nameplan
