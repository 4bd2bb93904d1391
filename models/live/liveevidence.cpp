// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveevidence.h"

#include "dnsmessage.h"
#include "dnsmnemonics.h"

#include <QStringList>

namespace nameplan {

namespace {
QString flagsText(const DnsHeader& header)
{
    QStringList flags;
    const std::pair<bool, const char*> all[] = { { header.qr, "qr" }, { header.aa, "aa" }, { header.tc, "tc" },
        { header.rd, "rd" }, { header.ra, "ra" }, { header.ad, "ad" }, { header.cd, "cd" } };
    for (const auto& [on, name] : all) {
        if (on)
            flags.append(QString::fromLatin1(name));
    }
    return flags.join(QLatin1Char(' '));
}
} // namespace

QString LiveEvidence::questionText() const
{
    return question.name.toString() + QLatin1Char(' ') + QString::fromLatin1(DnsMnemonics::typeName(question.type));
}

QString LiveEvidence::responseSummary() const
{
    if (!result.ok())
        return transportErrorName(result.error);
    const DnsMessage message = DnsMessage::parse(result.response);
    if (!message.isValid())
        return QStringLiteral("malformed: ") + message.error().toString();
    return QStringLiteral("%1 %2 %3/%4/%5%6")
        .arg(DnsMnemonics::rcodeName(message.rcode()), flagsText(message.header))
        .arg(message.answers.size())
        .arg(message.authority.size())
        .arg(message.additional.size())
        .arg(message.edns ? QStringLiteral(" edns") : QString());
}

QJsonObject LiveEvidence::toJson() const
{
    QJsonObject json {
        { QStringLiteral("server"), server.toString() },
        { QStringLiteral("question"), questionText() },
        { QStringLiteral("edns"), ednsSent },
        { QStringLiteral("time"), result.observedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("transport"), transportName() },
        { QStringLiteral("truncatedOverUdp"), result.truncatedOverUdp },
        { QStringLiteral("latencyMicroseconds"), qint64(result.latency.count()) },
        { QStringLiteral("error"), result.ok() ? QString() : transportErrorName(result.error) },
        { QStringLiteral("response"), responseSummary() },
    };
    if (result.ok()) {
        const DnsMessage message = DnsMessage::parse(result.response);
        json.insert(QStringLiteral("rcode"), DnsMnemonics::rcodeName(message.rcode()));
        json.insert(QStringLiteral("flags"), flagsText(message.header));
        json.insert(QStringLiteral("responseBase64"), QString::fromLatin1(result.response.toBase64()));
    }
    return json;
}

} // namespace nameplan
