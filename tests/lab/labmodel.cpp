// SPDX-License-Identifier: GPL-3.0-or-later
#include "labmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace nameplan {

namespace {

QJsonArray list(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

// `more` with the element's own id on top.
QJsonObject element(const QString& id, const QJsonObject& more)
{
    QJsonObject e = more;
    e.insert(QStringLiteral("id"), id);
    return e;
}

} // namespace

LabModel::LabModel(const QString& title, const ServerEndpoint& root)
    : m_model { { QStringLiteral("schema"), 1 }, { QStringLiteral("title"), title },
        { QStringLiteral("settings"),
            QJsonObject {
                { QStringLiteral("port"), root.port }, { QStringLiteral("roots"), list({ root.address }) } } } }
{
}

void LabModel::setTrustAnchors(const QStringList& records)
{
    QJsonObject settings = m_model.value(QStringLiteral("settings")).toObject();
    settings.insert(QStringLiteral("trust_anchors"), list(records));
    m_model.insert(QStringLiteral("settings"), settings);
}

void LabModel::addLoopbackSite()
{
    addRegion(loopbackRegion);
    addProvider(labProvider);
}

void LabModel::addRegion(const QString& id, const QJsonObject& more)
{
    add(QStringLiteral("regions"), element(id, more));
}

void LabModel::addProvider(const QString& id, const QJsonObject& more)
{
    add(QStringLiteral("providers"), element(id, more));
}

void LabModel::addAuthority(const QString& id, const QString& hostname, const QString& address, const QString& provider,
    const QString& region, const QJsonObject& more)
{
    QJsonObject authority = element(id, more);
    authority.insert(QStringLiteral("hostname"), hostname);
    authority.insert(QStringLiteral("addresses"), list({ address }));
    authority.insert(QStringLiteral("provider"), provider);
    authority.insert(QStringLiteral("regions"), list({ region }));
    const QStringList earlier = authorityIds();
    authority.insert(
        QStringLiteral("role"), earlier.isEmpty() ? QStringLiteral("primary") : QStringLiteral("secondary"));
    if (!earlier.isEmpty())
        authority.insert(QStringLiteral("transfer_from"), earlier.first());
    add(QStringLiteral("authorities"), authority);
}

void LabModel::addZone(
    const QString& id, const QString& domain, const QStringList& authorities, const QJsonObject& more)
{
    QJsonObject zone = element(id, more);
    zone.insert(QStringLiteral("domain"), domain);
    zone.insert(QStringLiteral("authorities"), list(authorities));
    add(QStringLiteral("zones"), zone);
}

void LabModel::addName(const QString& id, const QString& fqdn, const QJsonObject& more)
{
    QJsonObject name = element(id, more);
    name.insert(QStringLiteral("fqdn"), fqdn);
    name.insert(QStringLiteral("type"), QStringLiteral("A"));
    add(QStringLiteral("names"), name);
}

void LabModel::addPopulation(const QString& id, const QString& region, const QStringList& paths)
{
    QJsonObject population { { QStringLiteral("id"), id }, { QStringLiteral("region"), region } };
    if (!paths.isEmpty())
        population.insert(QStringLiteral("paths"), list(paths));
    add(QStringLiteral("populations"), population);
}

void LabModel::addService(
    const QString& id, const QStringList& names, const QString& criticality, const QStringList& populations)
{
    add(QStringLiteral("services"),
        QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("names"), list(names) },
            { QStringLiteral("criticality"), criticality }, { QStringLiteral("populations"), list(populations) } });
}

void LabModel::addScenario(
    const QString& id, const QString& name, const QStringList& outages, std::optional<int> durationSeconds)
{
    QJsonObject scenario { { QStringLiteral("id"), id }, { QStringLiteral("name"), name },
        { QStringLiteral("outages"), list(outages) } };
    if (durationSeconds)
        scenario.insert(QStringLiteral("duration"), *durationSeconds);
    add(QStringLiteral("scenarios"), scenario);
}

void LabModel::add(const QString& section, const QJsonObject& element)
{
    QJsonArray elements = m_model.value(section).toArray();
    elements.append(element);
    m_model.insert(section, elements);
}

QStringList LabModel::authorityIds() const
{
    QStringList ids;
    for (const QJsonValue& authority : m_model.value(QStringLiteral("authorities")).toArray())
        ids.append(authority[QStringLiteral("id")].toString());
    return ids;
}

QByteArray LabModel::toJson() const
{
    return QJsonDocument(m_model).toJson();
}

QString LabModel::write(const QString& path) const
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(toJson()) < 0)
        return {};
    return path;
}

} // namespace nameplan
