// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resourcerecord.h"
#include "validatorconfig.h"
#include "verdict.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace nameplan {

// Authenticated denial of existence with NSEC3 (RFC 5155 §8), judged from the NSEC3 records of
// one response. Contract: the records are NSEC3 records of zone whose signatures the caller has
// already found secure. Records with an unknown hash algorithm are ignored (§8.1); iterations
// above config.maxNsec3Iterations make the answer insecure (RFC 9276 §3.2, EDE 27) before any
// hashing.
class Nsec3Proof {
public:
    Nsec3Proof(const DnsName& zone, const QList<ResourceRecord>& nsec3s, const ValidatorConfig& config);

    // §8.4: closest encloser proof, and the wildcard at the closest encloser covered.
    Verdict nxdomain(const DnsName& qname) const;
    // §8.5 (matching NSEC3 lacking qtype and CNAME), §8.6 for DS (opt-out: insecure), §8.7
    // (wildcard NODATA: closest encloser proof plus the wildcard's NSEC3 lacking qtype).
    Verdict nodata(const DnsName& qname, std::uint16_t qtype) const;
    // §8.8: a wildcard answer whose RRSIG has rrsigLabels labels: the next closer name is covered;
    // insecure when the covering NSEC3 has the opt-out flag (§6).
    Verdict wildcardAnswer(const DnsName& qname, int rrsigLabels) const;
    // An insecure delegation (§8.6, RFC 6840 §4.4), the NSEC3 twin of
    // NsecProof::insecureDelegation: insecure when the NSEC3 at the cut shows NS without DS or an
    // opt-out NSEC3 covers it; bogus otherwise, also when the DS is proven absent at a name that
    // is no delegation (no NS bit).
    Verdict insecureDelegation(const DnsName& delegation) const;

private:
    struct Record {
        QByteArray ownerHash;
        QByteArray nextHash;
        bool optOut = false;
        QList<std::uint16_t> types;
    };
    struct Encloser {
        DnsName closest;
        DnsName nextCloser;
        const Record* covering = nullptr;
    };

    std::optional<QByteArray> hash(const DnsName& name) const;
    const Record* matching(const DnsName& name) const;
    const Record* covering(const DnsName& name) const;
    std::optional<Encloser> closestEncloser(const DnsName& qname) const;
    // Set when the records cannot be judged at all (iterations, no usable record).
    std::optional<Verdict> precondition(const DnsName& qname, std::uint16_t qtype) const;
    Verdict make(Verdict::Status status, Verdict::Reason reason, const DnsName& name, std::uint16_t type,
        const QString& message) const;

    DnsName m_zone;
    ValidatorConfig m_config;
    QList<Record> m_records;
    std::uint8_t m_algorithm = 1;
    std::uint16_t m_iterations = 0;
    QByteArray m_salt;
    bool m_overLimit = false;
};

} // namespace nameplan
