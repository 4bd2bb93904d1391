// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QString>

namespace nameplan {

// The established validators the live DNSSEC verdicts are cross-checked against (issue 5 item
// 6), each answer mapped to Verdict::statusName(): "secure", "insecure" or "bogus"; anything else
// comes back as the program's output, so that a failed comparison shows what it said.
class ReferenceValidator {
public:
    // delv's trust-anchors clause for DS and DNSKEY records in presentation form ("z. TTL IN DS
    // tag alg digest hex", "z. TTL IN DNSKEY flags protocol alg base64"), one static-ds or
    // static-key per record.
    static QString delvAnchors(const QString& dsRecords);
    // BIND's delv asking server directly (+tcp) with the anchors file for anchorZone (+root):
    // "fully validated" (answers and negative answers) is secure, "unsigned answer" insecure,
    // a failed resolution or validation bogus.
    static QString delv(const QString& anchorFile, const QString& anchorZone, const ServerEndpoint& server,
        const QString& name, const QString& type);
    // A validating resolver (UnboundResolver) asked with dig: SERVFAIL is bogus, an answer with
    // the AD bit (RFC 4035 §3.2.3) secure, any other answer insecure.
    static QString resolver(const ServerEndpoint& resolver, const QString& name, const QString& type);
};

} // namespace nameplan
