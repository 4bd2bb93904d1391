// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsname.h"
#include "dnsseckey.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace nameplan {

struct ValidatorConfig;

// The DNSKEYs of one zone, each parsed and imported into OpenSSL once (issue 5: "keys built
// once per DNSKEY") and then shared read-only by every thread that verifies signatures.
class ZoneKeySet {
public:
    struct Key {
        QByteArray rdata; // the whole DNSKEY RDATA, for DS digests
        std::uint16_t flags = 0;
        std::uint8_t protocol = 0;
        std::uint8_t algorithm = 0;
        std::uint16_t keyTag = 0;
        DnssecKey key;
    };

    ZoneKeySet() = default;
    // Contract: rdatas are DNSKEY RDATAs of zone's apex; malformed ones are skipped and only the
    // first config.maxDnskeys are kept (truncated() then says so).
    ZoneKeySet(const DnsName& zone, const QList<QByteArray>& rdatas, const ValidatorConfig& config);

    const DnsName& zone() const { return m_zone; }
    const QList<Key>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    bool truncated() const { return m_truncated; }
    // Indices of the keys an RRSIG with this algorithm and key tag may have been made with
    // (RFC 4035 §5.3.1: tag and algorithm match; the zone-key bit is checked by the caller).
    QList<int> candidates(std::uint8_t algorithm, std::uint16_t keyTag) const;
    // A set holding only key index i: used when a DNSKEY set must be signed by the DS's key.
    ZoneKeySet only(int index) const;

private:
    DnsName m_zone;
    QList<Key> m_keys;
    bool m_truncated = false;
};

} // namespace nameplan
