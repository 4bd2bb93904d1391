// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace nameplan {

// Policy and work budgets of the validator (STYLE item 11). Hitting a budget is a visible
// outcome (Verdict::Reason::WorkBudgetExceeded or Nsec3IterationsTooHigh), never a hang.
struct ValidatorConfig {
    // RRSIGs looked at per RRset: an attacker can attach many bogus ones (KeyTrap, CVE-2023-50387).
    int maxRrsigsPerRrset = 8;
    // DNSKEYs tried per RRSIG (key tags collide by design; RFC 4034 §5.3.1 allows several).
    int maxKeysPerSignature = 4;
    // DNSKEYs considered in one DNSKEY RRset.
    int maxDnskeys = 32;
    // RFC 9276 §3.2: validators may treat NSEC3 with more iterations as insecure; 150 is what
    // BIND and Unbound use before returning insecure. Above it no hash is computed at all.
    quint16 maxNsec3Iterations = 150;
    // Accepted clock difference in seconds, on both ends of the RRSIG validity window
    // (RFC 4035 §5.3.1 leaves the tolerance to local policy).
    qint64 clockSkewSeconds = 0;
    // RFC 8624 §3.1 and RFC 3110 §2: RSA moduli under 1024 bits are refused for validation.
    int minRsaBits = 1024;
    // RFC 8624 §3.1 validation column: RSASHA1 (5) and RSASHA1-NSEC3-SHA1 (7) are MUST. Local
    // policy may stop trusting SHA-1 signatures; they then count as unsupported (insecure).
    bool acceptSha1Signatures = true;
};

} // namespace nameplan
