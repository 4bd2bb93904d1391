// SPDX-License-Identifier: GPL-3.0-or-later
#include "observedvalidity.h"

#include "dnsname.h"

namespace nameplan {

QList<ObservedValidity::Change> ObservedValidity::changes(const Model& model, const LiveReport& report)
{
    const QList<QPair<DnsName, qint64>> observed = report.remainingValidity();
    QList<Change> result;
    for (const Zone& zone : model.zones) {
        const std::optional<DnsName> domain = DnsName::fromText(zone.domain.toUtf8(), DnsName());
        if (!domain)
            continue;
        for (const auto& [name, seconds] : observed) {
            if (name == *domain && zone.signatureValidity != seconds)
                result.append({ zone.id, zone.signatureValidity, seconds });
        }
    }
    return result;
}

void ObservedValidity::apply(Model& model, const QList<Change>& changes, bool undo)
{
    for (const Change& change : changes) {
        for (Zone& zone : model.zones) {
            if (zone.id == change.zoneId)
                zone.signatureValidity = undo ? change.before : change.after;
        }
    }
}

} // namespace nameplan
