// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsecchain.h"

#include "dnsmnemonics.h"
#include "nsecdata.h"

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
    QList<Verdict> problems;
    const QList<const ZoneContents::Name*> names = zone.authoritativeNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ZoneContents::Name& name = *names.at(i);
        const RrSet* set = zone.set(name.owner, rrtype::NSEC);
        if (!set) {
            problems.append(problem(zone, name.owner, Verdict::Reason::NsecMissing, QStringLiteral("no NSEC record")));
            continue;
        }
        const auto nsec = set->rdatas.size() == 1 ? NsecData::fromRdata(set->rdatas.first()) : std::nullopt;
        if (!nsec) {
            problems.append(problem(zone, name.owner, Verdict::Reason::Malformed,
                QStringLiteral("%1 NSEC records, or a malformed one").arg(set->rdatas.size())));
            continue;
        }
        const DnsName& expectedNext = names.at((i + 1) % names.size())->owner;
        if (!(nsec->nextName == expectedNext))
            problems.append(problem(zone, name.owner, Verdict::Reason::Bogus,
                QStringLiteral("next name %1, expected %2").arg(nsec->nextName.toString(), expectedNext.toString())));
        const QList<std::uint16_t> expected = zone.expectedTypes(name, rrtype::NSEC);
        if (nsec->types != expected)
            problems.append(problem(zone, name.owner, Verdict::Reason::Bogus,
                QStringLiteral("type bitmap [%1], the name has [%2]").arg(typeList(nsec->types), typeList(expected))));
    }
    return problems;
}

} // namespace nameplan
