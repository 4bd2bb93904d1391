// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "rdatadescriptor.h"
#include "zonetoken.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>

namespace nameplan {

// The parsing half of RDATA presentation format (RdataText prints): each field of the
// descriptor consumes its tokens in order (one each; the "rest" kinds all remaining ones) and
// appends its wire form. Contract: nullopt and *error naming the field and the offending text
// when a token is invalid, a field is missing or tokens are left over.
class RdataFieldParser {
public:
    static std::optional<QByteArray> parse(
        const RdataDescriptor& descriptor, std::span<const ZoneToken> tokens, const DnsName& origin, QString* error);
    // The same onto the end of out (a buffer reused from record to record); false, out left
    // as it was, where parse returns nullopt.
    static bool append(QByteArray& out, const RdataDescriptor& descriptor, std::span<const ZoneToken> tokens,
        const DnsName& origin, QString* error);
};

} // namespace nameplan
