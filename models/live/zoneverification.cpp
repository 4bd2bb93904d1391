// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneverification.h"

#include "axfrclient.h"
#include "verifyprogress.h"
#include "zonereader.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace nameplan {

std::optional<DnsName> ZoneVerification::parseOrigin(const QString& text)
{
    QByteArray octets = text.trimmed().toUtf8();
    if (octets.isEmpty())
        return std::nullopt;
    if (!octets.endsWith('.'))
        octets += '.'; // the origin is absolute whether or not it is written with the final dot
    return DnsName::fromText(octets);
}

std::optional<QList<ResourceRecord>> ZoneVerification::load(
    const Source& source, const VerifyProgress& progress, QString& error)
{
    if (source.axfr) {
        AxfrClient::Limits limits;
        limits.stream.idleTimeout = source.timeout;
        AxfrClient::Result transfer
            = AxfrClient::transfer(source.origin, *source.axfr, limits, [&progress] { return progress.isCanceled(); });
        if (!transfer.ok()) {
            error = QStringLiteral("AXFR failed: ") + transfer.error;
            return std::nullopt;
        }
        return std::move(transfer.records);
    }
    ZoneReaderOptions readerOptions;
    readerOptions.origin = source.origin;
    ZoneReader reader(readerOptions);
    if (!reader.readFile(source.file)) {
        error = reader.error()->toString();
        return std::nullopt;
    }
    return reader.takeRecords();
}

ZoneVerification::Outcome ZoneVerification::run(
    const Source& source, ZoneVerifier::Options options, VerifyProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    auto records = load(source, progress, outcome.error);
    if (!records)
        return outcome;
    outcome.signatures = std::count_if(
        records->begin(), records->end(), [](const ResourceRecord& r) { return r.type == rrtype::RRSIG; });
    options.origin = source.origin;
    outcome.result = ZoneVerifier::verify(std::move(*records), options, progress);
    outcome.millis = timer.elapsed();
    return outcome;
}

QJsonObject ZoneVerification::toJson(
    const Source& source, const ZoneVerifier::Result& result, qint64 now, qint64 millis)
{
    QJsonArray problems;
    for (const Verdict& problem : result.problems)
        problems.append(problem.toJson());
    QJsonObject json {
        { QStringLiteral("zone"), source.origin.toString() },
        { QStringLiteral("verified"), result.verified() },
        { QStringLiteral("verdict"), result.overall.toJson() },
        { QStringLiteral("keys"), result.keys.toJson() },
        { QStringLiteral("anchored"), result.anchored },
        { QStringLiteral("denial"), result.denial },
        { QStringLiteral("rrsets"), result.rrsets },
        { QStringLiteral("secureRrsets"), result.secureRrsets },
        { QStringLiteral("problemCount"), result.problemCount },
        { QStringLiteral("problems"), problems },
        { QStringLiteral("now"), now },
        { QStringLiteral("milliseconds"), millis },
    };
    if (source.axfr)
        json.insert(QStringLiteral("axfr"), source.axfr->toString());
    else
        json.insert(QStringLiteral("file"), source.file);
    if (result.validUntil)
        json.insert(QStringLiteral("validUntil"), *result.validUntil);
    return json;
}

} // namespace nameplan
