// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillresult.h"

#include "countednoun.h"

#include <QJsonArray>

#include <algorithm>

namespace nameplan {

namespace {

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString populationText(const QString& population)
{
    return population.isEmpty() ? QString() : QStringLiteral(" for ") + population;
}

QJsonObject queryJson(const DrillResult::Query& query)
{
    return { { QStringLiteral("authority"), query.authority }, { QStringLiteral("server"), query.server },
        { QStringLiteral("question"), query.question }, { QStringLiteral("outcome"), query.outcome },
        { QStringLiteral("time"), stamp(query.observedAt) } };
}

QJsonObject stepJson(const DrillResult::ZoneStep& step)
{
    return { { QStringLiteral("zone"), step.zoneId }, { QStringLiteral("domain"), step.domain },
        { QStringLiteral("survivors"), QJsonArray::fromStringList(step.survivors) },
        { QStringLiteral("casualties"), QJsonArray::fromStringList(step.casualties) } };
}

QJsonObject nameJson(const DrillResult::NameCheck& check)
{
    QJsonArray chain;
    for (const DrillResult::ZoneStep& step : check.chain)
        chain.append(stepJson(step));
    QJsonArray queries;
    for (const DrillResult::Query& query : check.queries)
        queries.append(queryJson(query));
    return { { QStringLiteral("name"), check.nameId }, { QStringLiteral("fqdn"), check.fqdn },
        { QStringLiteral("type"), check.type }, { QStringLiteral("population"), check.populationId },
        { QStringLiteral("predicted_resolves"), check.predictedResolves },
        { QStringLiteral("prediction"), check.predictionText }, { QStringLiteral("live_resolves"), check.liveResolves },
        { QStringLiteral("live"), check.liveText }, { QStringLiteral("dnssec"), check.dnssec },
        { QStringLiteral("dnssec_reason"), check.dnssecReason }, { QStringLiteral("dnssec_detail"), check.dnssecText },
        { QStringLiteral("observable"), check.observable }, { QStringLiteral("agrees"), check.agrees() },
        { QStringLiteral("chain"), chain }, { QStringLiteral("queries"), queries } };
}

QJsonObject serviceJson(const DrillResult::ServiceCheck& check)
{
    return { { QStringLiteral("service"), check.serviceId }, { QStringLiteral("service_name"), check.serviceName },
        { QStringLiteral("population"), check.populationId },
        { QStringLiteral("predicted_works"), check.predictedWorks },
        { QStringLiteral("prediction"), check.predictionText }, { QStringLiteral("live_works"), check.liveWorks },
        { QStringLiteral("failing_names"), QJsonArray::fromStringList(check.failingNames) },
        { QStringLiteral("observable"), check.observable }, { QStringLiteral("agrees"), check.agrees() } };
}

QString verdictWord(bool good, const char* yes, const char* no)
{
    return QString::fromLatin1(good ? yes : no);
}

} // namespace

bool DrillResult::NameCheck::explainsDnssec() const
{
    return dnssec != u"secure" && dnssec != u"not checked" && !dnssecText.isEmpty();
}

QString DrillResult::Disagreement::kindName(Kind kind)
{
    return kind == Kind::ModelSurvivesRealityFails ? QStringLiteral("model-survives-reality-fails")
                                                   : QStringLiteral("model-fails-reality-resolves");
}

bool DrillResult::agrees() const
{
    return observableDisagreements() == 0;
}

int DrillResult::observableDisagreements() const
{
    return int(std::count_if(disagreements.begin(), disagreements.end(),
        [](const Disagreement& disagreement) { return disagreement.observable; }));
}

QJsonObject DrillResult::toJson() const
{
    QJsonArray nameArray;
    for (const NameCheck& check : names)
        nameArray.append(nameJson(check));
    QJsonArray serviceArray;
    for (const ServiceCheck& check : services)
        serviceArray.append(serviceJson(check));
    QJsonArray disagreementArray;
    for (const Disagreement& disagreement : disagreements)
        disagreementArray.append(QJsonObject { { QStringLiteral("kind"), Disagreement::kindName(disagreement.kind) },
            { QStringLiteral("subject"), disagreement.subject },
            { QStringLiteral("population"), disagreement.populationId },
            { QStringLiteral("detail"), disagreement.detail },
            { QStringLiteral("observable"), disagreement.observable } });
    return { { QStringLiteral("model"), modelPath }, { QStringLiteral("model_sha256"), modelSha256 },
        { QStringLiteral("outages"), QJsonArray::fromStringList(outages) },
        { QStringLiteral("duration_seconds"), durationSeconds ? QJsonValue(double(*durationSeconds)) : QJsonValue() },
        { QStringLiteral("started"), stamp(started) }, { QStringLiteral("finished"), stamp(finished) },
        { QStringLiteral("agrees"), agrees() }, { QStringLiteral("names"), nameArray },
        { QStringLiteral("services"), serviceArray }, { QStringLiteral("disagreements"), disagreementArray } };
}

QString DrillResult::toText() const
{
    QString text = QStringLiteral("Drill of %1 under %2, started %3, finished %4\n")
                       .arg(modelPath, outages.isEmpty() ? QStringLiteral("no outage") : outages.join(u','),
                           stamp(started), stamp(finished));
    for (const NameCheck& check : names) {
        text += QStringLiteral("%1 %2/%3%4: model %5, reality %6 (DNSSEC %7)\n")
                    .arg(check.agrees() ? QStringLiteral("  ok  ") : QStringLiteral("DIFFER"), check.fqdn, check.type,
                        populationText(check.populationId), verdictWord(check.predictedResolves, "resolves", "fails"),
                        verdictWord(check.liveResolves, "resolves", "fails"), check.dnssec);
        for (const ZoneStep& step : check.chain)
            text += QStringLiteral("         zone %1: asked %2; left out %3\n")
                        .arg(step.domain,
                            step.survivors.isEmpty() ? QStringLiteral("nobody")
                                                     : step.survivors.join(QStringLiteral(", ")),
                            step.casualties.isEmpty() ? QStringLiteral("nobody")
                                                      : step.casualties.join(QStringLiteral(", ")));
        if (!check.liveText.isEmpty())
            text += QStringLiteral("         live: %1\n").arg(check.liveText);
        if (check.explainsDnssec() && !check.liveText.contains(check.dnssecText)) // a bogus one is said there
            text += QStringLiteral("         dnssec: %1\n").arg(check.dnssecText);
        if (!check.predictionText.isEmpty())
            text += QStringLiteral("         model: %1\n").arg(check.predictionText);
    }
    for (const ServiceCheck& check : services)
        text += QStringLiteral("%1 service %2%3: model %4, reality %5\n")
                    .arg(check.agrees() ? QStringLiteral("  ok  ") : QStringLiteral("DIFFER"), check.serviceName,
                        populationText(check.populationId), verdictWord(check.predictedWorks, "works", "fails"),
                        verdictWord(check.liveWorks, "works", "fails"));
    text += countedNoun(qsizetype(disagreements.size()), QStringLiteral("disagreement"));
    if (int(disagreements.size()) != observableDisagreements())
        text += QStringLiteral(", %1 of them not observable by a drill")
                    .arg(int(disagreements.size()) - observableDisagreements());
    text += QStringLiteral(": %1\n").arg(
        agrees() ? QStringLiteral("model and reality agree") : QStringLiteral("model and reality DISAGREE"));
    for (const Disagreement& disagreement : disagreements)
        text += QStringLiteral("  %1: %2%3: %4\n")
                    .arg(Disagreement::kindName(disagreement.kind), disagreement.subject,
                        populationText(disagreement.populationId), disagreement.detail);
    return text;
}

} // namespace nameplan
