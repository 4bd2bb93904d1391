// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneedit.h"

#include "dnskeydata.h"
#include "rrsigdata.h"
#include "rrtype.h"
#include "zonereader.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace nameplan {

namespace {
// RFC 4034 §3.1: RRSIG RDATA = type covered (2), algorithm (1), labels (1), original TTL (4),
// expiration (4), inception (4), key tag (2), signer's name, signature.
constexpr qsizetype rrsigAlgorithmOffset = 2;
constexpr qsizetype rrsigExpirationOffset = 8;
constexpr qsizetype rrsigKeyTagOffset = 16;
// RFC 4034 §2.1: DNSKEY RDATA = flags (2), protocol (1), algorithm (1), public key.
constexpr qsizetype dnskeyAlgorithmOffset = 3;
// RFC 3110 §2: the public key is an exponent length octet (0 for the three-octet form), the
// exponent, then the modulus.
constexpr qsizetype dnskeyPublicKeyOffset = 4;
}

std::optional<QList<ResourceRecord>> ZoneEdit::read(const QString& path, const DnsName& origin, QString* error)
{
    ZoneReaderOptions options;
    options.origin = origin;
    ZoneReader reader(options);
    if (!reader.readFile(path)) {
        *error = reader.error()->toString();
        return std::nullopt;
    }
    return reader.takeRecords();
}

QString ZoneEdit::write(const QList<ResourceRecord>& records, const QString& path)
{
    QByteArray text;
    for (const ResourceRecord& record : records)
        text += record.toString().toUtf8() + '\n';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return path + QStringLiteral(": ") + file.errorString();
    return {};
}

bool ZoneEdit::isRrsigOver(const ResourceRecord& record, const DnsName& owner, std::uint16_t type)
{
    if (record.type != rrtype::RRSIG || !(record.owner == owner))
        return false;
    const auto rrsig = RrsigData::fromRdata(record.rdata);
    return rrsig && rrsig->typeCovered == type;
}

bool ZoneEdit::tamper(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    for (ResourceRecord& record : records) {
        if (record.owner == owner && record.type == type && !record.rdata.isEmpty()) {
            const qsizetype last = record.rdata.size() - 1;
            record.rdata[last] = char(record.rdata.at(last) ^ 0x01);
            return true;
        }
    }
    return false;
}

void ZoneEdit::retag(ResourceRecord& rrsig)
{
    // Flipping bits of both octets changes the tag whatever it was; no key of a two-key zone has it.
    rrsig.rdata[rrsigKeyTagOffset] = char(rrsig.rdata.at(rrsigKeyTagOffset) ^ 0x5a);
    rrsig.rdata[rrsigKeyTagOffset + 1] = char(rrsig.rdata.at(rrsigKeyTagOffset + 1) ^ 0xa5);
}

bool ZoneEdit::retagRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    bool any = false;
    for (ResourceRecord& record : records) {
        if (isRrsigOver(record, owner, type)) {
            retag(record);
            any = true;
        }
    }
    return any;
}

bool ZoneEdit::addStaleRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type)
{
    QList<ResourceRecord> stale;
    for (const ResourceRecord& record : std::as_const(records)) {
        if (isRrsigOver(record, owner, type)) {
            stale.append(record);
            retag(stale.last());
        }
    }
    records += stale;
    return !stale.isEmpty();
}

qsizetype ZoneEdit::dropRrsigs(
    QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type, std::optional<std::uint16_t> keyTag)
{
    return records.removeIf([&](const ResourceRecord& record) {
        return isRrsigOver(record, owner, type) && (!keyTag || RrsigData::fromRdata(record.rdata)->keyTag == *keyTag);
    });
}

bool ZoneEdit::replaceRrsigs(
    QList<ResourceRecord>& records, const QList<ResourceRecord>& other, const DnsName& owner, std::uint16_t type)
{
    QList<ResourceRecord> older;
    std::copy_if(other.cbegin(), other.cend(), std::back_inserter(older),
        [&](const ResourceRecord& record) { return isRrsigOver(record, owner, type); });
    if (older.isEmpty())
        return false;
    dropRrsigs(records, owner, type);
    records += older;
    return true;
}

bool ZoneEdit::floodRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type, int count)
{
    const auto real = std::find_if(records.cbegin(), records.cend(),
        [&](const ResourceRecord& record) { return isRrsigOver(record, owner, type); });
    if (real == records.cend())
        return false;
    const qsizetype at = std::distance(records.cbegin(), real);
    const ResourceRecord original = *real;
    const auto expiration = qFromBigEndian<quint32>(original.rdata.constData() + rrsigExpirationOffset);
    for (int i = 0; i < count; ++i) {
        ResourceRecord copy = original;
        qToBigEndian<quint32>(expiration - quint32(count - i), copy.rdata.data() + rrsigExpirationOffset);
        records.insert(at + i, copy);
    }
    return true;
}

QList<ResourceRecord> ZoneEdit::forgeRsaKeys(const ResourceRecord& rsaKey, int count, bool sameTag)
{
    const QByteArray& rdata = rsaKey.rdata;
    if (rdata.size() <= dnskeyPublicKeyOffset || rdata.at(dnskeyPublicKeyOffset) == 0)
        return {};
    const qsizetype modulus = dnskeyPublicKeyOffset + 1 + quint8(rdata.at(dnskeyPublicKeyOffset));
    // The first octet is lowered (it is at least 0x80 in a full-length modulus): every forged key
    // sorts before the real one. The last one is never touched, so the modulus stays odd.
    if (modulus >= rdata.size() || quint8(rdata.at(modulus)) == 0)
        return {};
    QList<ResourceRecord> forged;
    for (qsizetype raised = modulus + 2; forged.size() < count && raised < rdata.size() - 1; raised += 2) {
        ResourceRecord key = rsaKey;
        key.rdata[modulus] = char(quint8(rdata.at(modulus)) - 1);
        if (sameTag) {
            if (quint8(rdata.at(raised)) == 0xff)
                continue;
            key.rdata[raised] = char(quint8(rdata.at(raised)) + 1);
        } else {
            key.rdata[modulus + 1] = char(forged.size()); // distinct keys, tags as they fall
        }
        forged.append(key);
    }
    return forged.size() == count ? forged : QList<ResourceRecord> {};
}

const ResourceRecord* ZoneEdit::firstKey(const QList<ResourceRecord>& records, const DnsName& origin, bool sep)
{
    for (const ResourceRecord& record : records) {
        if (record.type != rrtype::DNSKEY || !(record.owner == origin))
            continue;
        const auto key = DnskeyData::fromRdata(record.rdata);
        if (key && key->isSecureEntryPoint() == sep)
            return &record;
    }
    return nullptr;
}

const ResourceRecord* ZoneEdit::ksk(const QList<ResourceRecord>& records, const DnsName& origin)
{
    return firstKey(records, origin, true);
}

const ResourceRecord* ZoneEdit::zsk(const QList<ResourceRecord>& records, const DnsName& origin)
{
    return firstKey(records, origin, false);
}

void ZoneEdit::setAlgorithm(QList<ResourceRecord>& records, std::uint8_t algorithm)
{
    for (ResourceRecord& record : records) {
        if (record.type == rrtype::DNSKEY && record.rdata.size() > dnskeyAlgorithmOffset)
            record.rdata[dnskeyAlgorithmOffset] = char(algorithm);
        if (record.type == rrtype::RRSIG && record.rdata.size() > rrsigAlgorithmOffset)
            record.rdata[rrsigAlgorithmOffset] = char(algorithm);
    }
}

bool ZoneEdit::setRrsigAlgorithm(
    QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type, std::uint8_t algorithm)
{
    bool any = false;
    for (ResourceRecord& record : records) {
        if (isRrsigOver(record, owner, type)) {
            record.rdata[rrsigAlgorithmOffset] = char(algorithm);
            any = true;
        }
    }
    return any;
}

} // namespace nameplan
