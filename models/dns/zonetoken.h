// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace nameplan {

// One token of presentation text (RFC 1035 §5.1): a run of non-blank characters, or the
// contents of a "quoted string" (quotes removed). Escapes (\X, \DDD) are left in place for
// the consumer to decode, since a name and a character-string decode them differently.
struct ZoneToken {
    QByteArrayView text;
    bool quoted = false;
};

} // namespace nameplan
