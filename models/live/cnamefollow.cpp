// SPDX-License-Identifier: GPL-3.0-or-later
#include "cnamefollow.h"

#include "modeltargets.h"
#include "rrtype.h"

namespace nameplan {

void CnameFollow::discover(IterativeResolver& resolver, LiveZoneTarget& target, const TrustAnchorSet& anchors)
{
    for (int n = 0; n < target.names.size(); ++n) {
        const DnsQuestion& asked = target.names[n];
        if (asked.type == rrtype::CNAME)
            continue; // the CNAME is the answer itself (RFC 1034 §3.6.2)
        const Resolution resolution = resolver.resolve(asked.name, asked.type);
        LiveCnameLink link;
        link.name = n;
        link.hop = 0;
        for (const ResourceRecord& cname : resolution.cnames) {
            ++link.hop;
            link.owner = cname.owner;
            link.target = { DnsName::fromWire(cname.rdata).value_or(DnsName()), asked.type, asked.qclass };
            link.holder = LiveZoneTarget {};
            hold(resolver, target, link, anchors);
            target.cnames.append(link);
            if (!link.error.isEmpty())
                break;
        }
        // A failure on the chain (not one of the name's own zone) cuts it after the last link.
        const bool onChain = !resolution.cnames.isEmpty() || resolution.error.kind == ResolveError::Kind::CnameLoop
            || resolution.error.kind == ResolveError::Kind::CnameChainTooLong;
        if (resolution.ok() || !onChain || !link.error.isEmpty())
            continue;
        ++link.hop;
        link.owner = resolution.cnames.isEmpty() ? asked.name : link.target.name;
        link.target = { DnsName(), asked.type, asked.qclass };
        link.holder = LiveZoneTarget {};
        link.error
            = QStringLiteral("the CNAME chain of %1 is cut: %2").arg(asked.name.toString(), resolution.error.message);
        target.cnames.append(link);
    }
}

void CnameFollow::hold(
    IterativeResolver& resolver, const LiveZoneTarget& target, LiveCnameLink& link, const TrustAnchorSet& anchors)
{
    LiveZoneTarget& holder = link.holder;
    for (DnsName candidate = link.target.name;; candidate = candidate.parent()) {
        if (candidate == target.zone) { // the checked zone's own authorities answer for it
            holder.zone = target.zone;
            holder.authorities = target.authorities;
            holder.walk = target.walk;
            holder.chainPath = target.chainPath;
            holder.chainPathError = target.chainPathError;
            return;
        }
        const ZoneAuthorities found = resolver.findAuthorities(candidate);
        if (found.ok()) {
            holder.zone = candidate;
            ModelTargets::walk(resolver, holder, true, anchors);
            return;
        }
        if (found.error.kind != ResolveError::Kind::NotDelegated || candidate.isRoot()) {
            link.error = QStringLiteral("the zone holding %1 could not be walked to: %2")
                             .arg(link.target.name.toString(), found.error.message);
            return;
        }
    }
}

} // namespace nameplan
