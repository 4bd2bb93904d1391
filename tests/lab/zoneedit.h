// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace nameplan {

// Breaks a signed lab zone on purpose, after signing, the way a faulty signer, a careless
// operator or an attacker would: what the broken-zone catalogues serve and verify. Works on
// the records of a zone file as ZoneReader reads them (either signer's output), so the same
// fault can be served by a lab server or handed to a whole-zone verifier.
class ZoneEdit {
public:
    // The records of a zone file; nullopt with *error when it cannot be read.
    static std::optional<QList<ResourceRecord>> read(const QString& path, const DnsName& origin, QString* error);
    // Writes one record per line in presentation form; empty on success, otherwise why not.
    static QString write(const QList<ResourceRecord>& records, const QString& path);

    // Changes the last RDATA octet of the first owner/type record (signatures then fail).
    static bool tamper(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type);
    // Rewrites the key tag of every RRSIG over owner/type so that it names no key.
    static bool retagRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type);
    // Adds, next to every RRSIG over owner/type, a copy whose key tag names no key: what a
    // signer leaves behind after a key rollover (RFC 6840 §5.4: any one valid RRSIG suffices).
    static bool addStaleRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type);
    // Removes the RRSIGs over owner/type (only those by keyTag when given); how many went.
    static qsizetype dropRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type,
        std::optional<std::uint16_t> keyTag = std::nullopt);
    // Replaces the RRSIGs over owner/type with those other (the same zone signed over another
    // window, by the same keys) has: one RRset's signatures left behind by an older signing.
    static bool replaceRrsigs(
        QList<ResourceRecord>& records, const QList<ResourceRecord>& other, const DnsName& owner, std::uint16_t type);
    // The KeyTrap flood (CVE-2023-50387): adds count copies of the RRSIG over owner/type, each
    // expiring a second before the next, so that every copy names the real key, looks current and
    // costs a signature check that fails. They go before the real one in the file and in
    // canonical order (RFC 4034 §6.3), so that a server sends them first whichever order it keeps.
    static bool floodRrsigs(QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type, int count);
    // count DNSKEYs forged from rsaKey (RFC 3110 form, one-octet exponent length): same flags
    // and algorithm, a modulus no one has the private key for, each sorting before rsaKey
    // (RFC 4034 §6.3). With sameTag each also has rsaKey's key tag, by construction: one modulus
    // octet lowered and another of the same parity raised leave the RFC 4034 Appendix B
    // checksum as it was. Empty when rsaKey is not of that form or too short.
    static QList<ResourceRecord> forgeRsaKeys(const ResourceRecord& rsaKey, int count, bool sameTag);
    // The first DNSKEY with the SEP flag (the KSK) at origin, or null.
    static const ResourceRecord* ksk(const QList<ResourceRecord>& records, const DnsName& origin);
    // The first DNSKEY without it (the ZSK), or null.
    static const ResourceRecord* zsk(const QList<ResourceRecord>& records, const DnsName& origin);
    // Sets the algorithm field of every DNSKEY and RRSIG (RFC 4034 §2.1.3, §3.1.2).
    static void setAlgorithm(QList<ResourceRecord>& records, std::uint8_t algorithm);
    // Sets the algorithm field of the RRSIGs over owner/type only: a downgrade attempt.
    static bool setRrsigAlgorithm(
        QList<ResourceRecord>& records, const DnsName& owner, std::uint16_t type, std::uint8_t algorithm);

    static bool isRrsigOver(const ResourceRecord& record, const DnsName& owner, std::uint16_t type);

private:
    static void retag(ResourceRecord& rrsig);
    static const ResourceRecord* firstKey(const QList<ResourceRecord>& records, const DnsName& origin, bool sep);
};

} // namespace nameplan
