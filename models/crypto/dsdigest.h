// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace nameplan {

// DS record digests (RFC 4034 §5.1.4): digest = hash(DNSKEY owner name | DNSKEY RDATA), the
// owner in canonical wire form (uncompressed, lower case; RFC 4034 §6.2).
class DsDigest {
public:
    // Digest type numbers (IANA "DS RR Type Digest Algorithms").
    static constexpr quint8 sha1 = 1; // RFC 4034 §5.1.4
    static constexpr quint8 sha256 = 2; // RFC 4509 §2.1
    static constexpr quint8 sha384 = 4; // RFC 6605 §3

    // True for the digest types this facade computes (1, 2, 4). Others (3, GOST) make a DS
    // unusable, which RFC 4035 §5.2 and RFC 6840 §5.2 treat as insecure, not bogus.
    static bool isSupported(quint8 digestType);

    // The digest for this DNSKEY, or nullopt for an unsupported type or a crypto failure.
    // Contract: ownerWire is an uncompressed wire-format name (length-prefixed labels ending in
    // the root label); upper-case ASCII letters in it are lowered here, so callers may pass the
    // name as received. dnskeyRdata is the full RDATA (flags, protocol, algorithm, key).
    static std::optional<QByteArray> compute(quint8 digestType, QByteArrayView ownerWire, QByteArrayView dnskeyRdata);
};

// An uncompressed wire-format name with ASCII letters lowered (RFC 4034 §6.2). Safe to apply to
// the whole buffer: label length octets are at most 63, below 'A' (65), so only label content
// changes. Shared by DS digests and NSEC3 hashing.
QByteArray canonicalNameWire(QByteArrayView nameWire);
// The same into out, which has room for nameWire.size() octets.
void canonicalNameWireInto(QByteArrayView nameWire, char* out);

} // namespace nameplan
