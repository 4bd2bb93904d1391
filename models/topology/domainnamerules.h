// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// Text-level checks of what an architect types into a model: domain names (RFC 1035
// §2.3.4 lengths, RFC 2181 §11 allows any octet but zones in practice use letters, digits,
// hyphen and underscore), IP address literals and element ids. The DNS codec has its own
// wire-level name type; the model stays independent of it.
class DomainNameRules {
public:
    // Empty when the name is acceptable, otherwise why not. A trailing dot is allowed; a
    // leading "*" label is allowed when wildcardAllowed.
    static QString checkDomain(const QString& name, bool wildcardAllowed = false);
    static QString checkAddress(const QString& address);
    static QString checkId(const QString& id);

    // Lower-cased, without the trailing dot: the form names are compared in.
    static QString normalized(const QString& name);
    // Whether `name` equals `ancestor` or lies below it (both normalized).
    static bool isAtOrBelow(const QString& name, const QString& ancestor);
};

} // namespace nameplan
