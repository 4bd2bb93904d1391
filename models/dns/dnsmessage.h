// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsheader.h"
#include "dnsquestion.h"
#include "edns.h"
#include "resourcerecord.h"
#include "wireerror.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace nameplan {

// A parsed DNS message (RFC 1035 §4.1). Parsing never throws and never reads out of bounds:
// it stops at the first problem and error() names it (kind, section, offset); the fields
// parsed before it stay available as evidence. The OPT pseudo-RR is not kept among the
// additional records: its content is in edns (RFC 6891 §6.1.1).
class DnsMessage {
public:
    static constexpr qsizetype maxSize = 65535;
    static constexpr int maxCompressionPointers = 64;

    DnsHeader header;
    QList<DnsQuestion> questions;
    QList<ResourceRecord> answers;
    QList<ResourceRecord> authority;
    QList<ResourceRecord> additional;
    std::optional<Edns> edns;

    // Contract: any octets in, a message out; error().isError() when they are not a valid
    // message. Checks: sizes (at most 65535 octets), every count against the data present,
    // names (RFC 1035 §4.1.4 compression, backward pointers only, at most
    // DnsName::maxPointers per name, 63/255 limits), RDATA against its type's description,
    // OPT only once, only in the additional section and owned by the root, with options that
    // fit (RFC 6891 §6.1.1), and no octets after the last record.
    static DnsMessage parse(QByteArrayView wire);

    const WireError& error() const { return m_error; }
    bool isValid() const { return !m_error.isError(); }
    // The 12-bit RCODE: header bits plus the OPT extension (RFC 6891 §6.1.3).
    int rcode() const { return header.rcode | (edns ? edns->extendedRcode << 4 : 0); }

private:
    void readSection(WireReader& reader, WireError::Section section, int count);
    void readRecord(WireReader& reader, WireError::Section section);

    WireError m_error;
};

} // namespace nameplan
