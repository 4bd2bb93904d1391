// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// Why an iterative resolution stopped without a result: a kind for code and a message that
// names the name, the server or the bound concerned.
struct ResolveError {
    enum class Kind {
        None,
        NoServerAnswered, // every server of a zone failed (timeout, refused, lame, malformed)
        NotDelegated, // the zone asked for is no zone cut: the parent answers NXDOMAIN or NODATA
        DelegationTooDeep, // more referrals than ResolverConfig::maxDelegationDepth
        CnameChainTooLong, // more CNAMEs than maxCnameChain
        CnameLoop, // a CNAME leads back to a name already in the chain
        QueryBudgetExceeded, // more queries than maxQueries
        NsSetTooLarge, // a referral lists more name servers than maxNsSetSize
        DependencyLoop, // name-server names that need each other's zones (no glue anywhere)
        NestingTooDeep, // name-server look-ups nested deeper than maxNesting
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    // "cname-loop", ...: the stable spelling for JSON and tests.
    static QString kindName(Kind kind);
};

} // namespace nameplan
