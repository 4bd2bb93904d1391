// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QString>

namespace nameplan {

// BIND's validator, delv, as the established reference the live DNSSEC tests cross-check
// Nameplan's verdicts against: asked directly of one lab server (+root at the zone, TCP),
// with the same trust anchor Nameplan gets.
class DelvValidator {
public:
    // delv's trust-anchors clause for DS and DNSKEY records in presentation form
    // ("z. TTL IN DS tag alg digest hex", "z. TTL IN DNSKEY flags protocol alg base64").
    static QString trustAnchors(const QString& dsRecords);
    // delv's verdict on name/type from server: "secure" (fully validated), "insecure" (unsigned
    // answer), "bogus" (resolution or validation failed), otherwise delv's whole output.
    static QString status(const ServerEndpoint& server, const QString& anchorFile, const QString& zone,
        const QString& name, const QString& type);
};

} // namespace nameplan
