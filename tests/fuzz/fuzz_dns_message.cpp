// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the message parser and everything derived from parsed records: presentation of every
// record, canonical form, RRset grouping, typed DNSSEC fields. Invariants checked (abort on
// violation): a valid message's records print and re-parse to text that prints the same, and
// the canonical form of valid RDATA is still valid RDATA of the same length.
#include "canonicalform.h"
#include "dnskeydata.h"
#include "dnsmessage.h"
#include "dsdata.h"
#include "nsec3data.h"
#include "nsecdata.h"
#include "rdatacodec.h"
#include "rdatatext.h"
#include "rrset.h"
#include "rrsigdata.h"
#include "zonelexer.h"

#include <cstdint>
#include <cstdlib>

using namespace nameplan;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

void typedFields(const ResourceRecord& rr)
{
    switch (rr.type) {
    case rrtype::RRSIG:
        if (const auto d = RrsigData::fromRdata(rr.rdata))
            check(!d->signedPrefix().isEmpty());
        break;
    case rrtype::DNSKEY:
    case rrtype::CDNSKEY:
        DnskeyData::keyTag(rr.rdata);
        DnskeyData::fromRdata(rr.rdata);
        break;
    case rrtype::DS:
    case rrtype::CDS:
        DsData::fromRdata(rr.rdata);
        break;
    case rrtype::NSEC:
        NsecData::fromRdata(rr.rdata);
        break;
    case rrtype::NSEC3:
        if (const auto d = Nsec3Data::fromRdata(rr.rdata))
            d->nextHashedOwnerBase32();
        break;
    case rrtype::NSEC3PARAM:
        Nsec3Data::fromParamRdata(rr.rdata);
        break;
    default:
        break;
    }
}

void presentation(const ResourceRecord& rr)
{
    QByteArray text;
    RdataText::appendText(text, rr.type, rr.rdata);
    rr.toString();
    ZoneLexer lexer(text);
    ZoneLexer::Entry entry;
    lexer.next(entry);
    QString error;
    const auto reparsed = RdataText::fromText(rr.type, entry.tokens, DnsName(), &error);
    check(reparsed.has_value());
    QByteArray again;
    RdataText::appendText(again, rr.type, *reparsed);
    check(again == text);
}

void records(const QList<ResourceRecord>& list)
{
    for (const ResourceRecord& rr : list) {
        check(RdataCodec::isValid(rr.type, rr.rdata));
        presentation(rr);
        typedFields(rr);
        const QByteArray canonical = CanonicalForm::rdata(rr.type, rr.rdata);
        check(canonical.size() == rr.rdata.size() && RdataCodec::isValid(rr.type, canonical));
        CanonicalForm::recordWire(rr, rr.ttl);
    }
    for (const RrSet& set : RrSet::group(list))
        CanonicalForm::rrsetWire(set, set.ttl);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const DnsMessage message = DnsMessage::parse(QByteArrayView(data, static_cast<qsizetype>(size)));
    message.error().toString();
    records(message.answers);
    records(message.authority);
    records(message.additional);
    if (message.edns)
        message.edns->extendedErrors();
    return 0;
}
