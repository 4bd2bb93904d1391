// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolveerror.h"

namespace nameplan {

QString ResolveError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NoServerAnswered:
        return QStringLiteral("no-server-answered");
    case Kind::NotDelegated:
        return QStringLiteral("not-delegated");
    case Kind::DelegationTooDeep:
        return QStringLiteral("delegation-too-deep");
    case Kind::CnameChainTooLong:
        return QStringLiteral("cname-chain-too-long");
    case Kind::CnameLoop:
        return QStringLiteral("cname-loop");
    case Kind::QueryBudgetExceeded:
        return QStringLiteral("query-budget-exceeded");
    case Kind::NsSetTooLarge:
        return QStringLiteral("ns-set-too-large");
    case Kind::DependencyLoop:
        return QStringLiteral("dependency-loop");
    case Kind::NestingTooDeep:
        return QStringLiteral("nesting-too-deep");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

} // namespace nameplan
