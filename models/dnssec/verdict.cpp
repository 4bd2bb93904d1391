// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdict.h"

#include "dnsmnemonics.h"

#include <array>

namespace nameplan {

namespace {
struct ReasonInfo {
    Verdict::Reason reason;
    const char* name;
    int ede; // -1: none
};

// RFC 8914 §4 and the IANA "Extended DNS Error Codes" registry (27 from RFC 9276 §3.2).
constexpr std::array reasonTable {
    ReasonInfo { Verdict::Reason::None, "none", -1 },
    ReasonInfo { Verdict::Reason::UnsupportedDnskeyAlgorithm, "unsupported-dnskey-algorithm", 1 },
    ReasonInfo { Verdict::Reason::UnsupportedDsDigest, "unsupported-ds-digest", 2 },
    ReasonInfo { Verdict::Reason::Bogus, "dnssec-bogus", 6 },
    ReasonInfo { Verdict::Reason::SignatureExpired, "signature-expired", 7 },
    ReasonInfo { Verdict::Reason::SignatureNotYetValid, "signature-not-yet-valid", 8 },
    ReasonInfo { Verdict::Reason::DnskeyMissing, "dnskey-missing", 9 },
    ReasonInfo { Verdict::Reason::RrsigsMissing, "rrsigs-missing", 10 },
    ReasonInfo { Verdict::Reason::NoZoneKeyBitSet, "no-zone-key-bit-set", 11 },
    ReasonInfo { Verdict::Reason::NsecMissing, "nsec-missing", 12 },
    ReasonInfo { Verdict::Reason::Nsec3IterationsTooHigh, "nsec3-iterations-too-high", 27 },
    ReasonInfo { Verdict::Reason::AlgorithmPolicy, "algorithm-policy", 1 },
    ReasonInfo { Verdict::Reason::NoTrustAnchor, "no-trust-anchor", 5 },
    ReasonInfo { Verdict::Reason::UnsignedZone, "unsigned-zone", -1 },
    ReasonInfo { Verdict::Reason::InsecureDelegation, "insecure-delegation", -1 },
    ReasonInfo { Verdict::Reason::WorkBudgetExceeded, "work-budget-exceeded", 0 },
    ReasonInfo { Verdict::Reason::CryptoError, "crypto-error", 0 },
    ReasonInfo { Verdict::Reason::Malformed, "malformed", 6 },
    ReasonInfo { Verdict::Reason::Canceled, "canceled", 0 },
    ReasonInfo { Verdict::Reason::NoReachableAuthority, "no-reachable-authority", 22 },
};

const ReasonInfo& info(Verdict::Reason reason)
{
    return reasonTable.at(static_cast<std::size_t>(reason));
}
} // namespace

Verdict Verdict::secure(const DnsName& owner, std::uint16_t type, const DnsName& zone)
{
    return make(Status::Secure, Reason::None, owner, type, zone, {});
}

Verdict Verdict::make(
    Status status, Reason reason, const DnsName& owner, std::uint16_t type, const DnsName& zone, const QString& message)
{
    Verdict v;
    v.status = status;
    v.reason = reason;
    v.owner = owner;
    v.type = type;
    v.zone = zone;
    v.message = message;
    return v;
}

std::optional<std::uint16_t> Verdict::edeCode() const
{
    const int code = info(reason).ede;
    if (code < 0)
        return std::nullopt;
    return static_cast<std::uint16_t>(code);
}

const Verdict& Verdict::worse(const Verdict& a, const Verdict& b)
{
    return b.status > a.status ? b : a;
}

QString Verdict::statusName(Status status)
{
    switch (status) {
    case Status::Secure:
        return QStringLiteral("secure");
    case Status::Insecure:
        return QStringLiteral("insecure");
    case Status::Indeterminate:
        return QStringLiteral("indeterminate");
    case Status::Bogus:
        return QStringLiteral("bogus");
    }
    return {};
}

QString Verdict::reasonName(Reason reason)
{
    return QLatin1StringView(info(reason).name);
}

QJsonObject Verdict::toJson() const
{
    QJsonObject json {
        { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("reason"), reasonName(reason) },
        { QStringLiteral("owner"), owner.toString() },
        { QStringLiteral("zone"), zone.toString() },
        { QStringLiteral("authority"), authority },
        { QStringLiteral("message"), message },
    };
    if (type != 0)
        json.insert(QStringLiteral("type"), QString::fromLatin1(DnsMnemonics::typeName(type)));
    if (const auto code = edeCode())
        json.insert(QStringLiteral("ede"), *code);
    if (validUntil)
        json.insert(QStringLiteral("validUntil"), *validUntil);
    return json;
}

QString Verdict::toString() const
{
    QString text = statusName(status);
    if (reason != Reason::None) {
        text += QStringLiteral(" (") + reasonName(reason);
        if (const auto code = edeCode())
            text += QStringLiteral(", EDE %1").arg(*code);
        text += QLatin1Char(')');
    }
    text += QLatin1Char(' ') + owner.toString();
    if (type != 0)
        text += QLatin1Char(' ') + QString::fromLatin1(DnsMnemonics::typeName(type));
    if (!authority.isEmpty())
        text += QStringLiteral(" @") + authority;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

} // namespace nameplan
