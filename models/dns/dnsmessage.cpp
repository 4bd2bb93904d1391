// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmessage.h"

#include "rdatacodec.h"
#include "wirereader.h"

namespace nameplan {

namespace {
// A record takes at least 11 octets (root owner, type, class, TTL, RDLENGTH), a question 5:
// counts are checked against what the data can hold before anything is reserved.
constexpr qsizetype minimumRecordSize = 11;
} // namespace

DnsMessage DnsMessage::parse(QByteArrayView wire)
{
    DnsMessage message;
    WireReader reader(wire);
    if (wire.size() > maxSize) {
        reader.fail(WireError::Kind::MessageTooLarge, maxSize);
        message.m_error = reader.error();
        return message;
    }
    message.header = DnsHeader::read(reader);
    reader.setSection(WireError::Section::Question);
    for (int i = 0; i < message.header.qdcount && reader.ok(); ++i) {
        DnsQuestion question;
        question.name = DnsName::read(reader, true);
        question.type = reader.u16();
        question.qclass = reader.u16();
        if (reader.ok())
            message.questions.append(question);
    }
    message.readSection(reader, WireError::Section::Answer, message.header.ancount);
    message.readSection(reader, WireError::Section::Authority, message.header.nscount);
    message.readSection(reader, WireError::Section::Additional, message.header.arcount);
    if (reader.ok() && reader.remaining() > 0)
        reader.fail(WireError::Kind::TrailingData);
    message.m_error = reader.error();
    return message;
}

void DnsMessage::readSection(WireReader& reader, WireError::Section section, int count)
{
    reader.setSection(section);
    QList<ResourceRecord>& records = section == WireError::Section::Answer ? answers
        : section == WireError::Section::Authority                         ? authority
                                                                           : additional;
    records.reserve(std::min<qsizetype>(count, reader.remaining() / minimumRecordSize));
    for (int i = 0; i < count && reader.ok(); ++i)
        readRecord(reader, section);
}

void DnsMessage::readRecord(WireReader& reader, WireError::Section section)
{
    const qsizetype start = reader.offset();
    ResourceRecord record;
    record.owner = DnsName::read(reader, true);
    record.type = reader.u16();
    record.rrClass = reader.u16();
    record.ttl = reader.u32();
    const std::uint16_t rdlength = reader.u16();
    if (!reader.ok())
        return;
    if (record.type == rrtype::OPT) {
        const qsizetype rdataStart = reader.offset();
        const QByteArrayView rdata = reader.bytes(rdlength);
        if (!reader.ok())
            return;
        if (section != WireError::Section::Additional || !record.owner.isRoot() || edns) {
            reader.fail(WireError::Kind::BadOpt, start);
            return;
        }
        edns = Edns::fromOpt(record.rrClass, record.ttl, rdata);
        if (!edns)
            reader.fail(WireError::Kind::BadOpt, rdataStart);
        return;
    }
    record.rdata = RdataCodec::readFromMessage(reader, record.type, rdlength);
    if (!reader.ok())
        return;
    QList<ResourceRecord>& records = section == WireError::Section::Answer ? answers
        : section == WireError::Section::Authority                         ? authority
                                                                           : additional;
    records.append(std::move(record));
}

} // namespace nameplan
