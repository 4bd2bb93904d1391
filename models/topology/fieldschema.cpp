// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldschema.h"

#include "model.h"

#include <functional>
#include <variant>

namespace nameplan {

namespace {

template <class T>
using Member = std::variant<QString T::*, QStringList T::*, std::optional<qint64> T::*, std::optional<double> T::*,
    std::optional<QPointF> T::*>;

template <class T> struct Binding {
    FieldSpec spec;
    Member<T> member;
};

QVariant toVariant(const QString& v)
{
    return v;
}
QVariant toVariant(const QStringList& v)
{
    return v;
}
template <class V> QVariant toVariant(const std::optional<V>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

void fromVariant(const QVariant& in, QString& out)
{
    out = in.toString();
}
void fromVariant(const QVariant& in, QStringList& out)
{
    out = in.toStringList();
}
template <class V> void fromVariant(const QVariant& in, std::optional<V>& out)
{
    if (in.isValid())
        out = in.value<V>();
    else
        out.reset();
}

FieldSpec spec(const char* key, const char* label, FieldType type, bool required = false)
{
    return FieldSpec { QString::fromLatin1(key), QString::fromLatin1(label), type, ElementKind::Region, required, {} };
}

FieldSpec ref(const char* key, const char* label, FieldType type, ElementKind target, bool required = false)
{
    return FieldSpec { QString::fromLatin1(key), QString::fromLatin1(label), type, target, required, {} };
}

FieldSpec choice(const char* key, const char* label, const QStringList& choices, bool required)
{
    return FieldSpec { QString::fromLatin1(key), QString::fromLatin1(label), FieldType::Choice, ElementKind::Region,
        required, choices };
}

// Fields every kind has, split so that the identifying ones come first in files and tables
// and the annotations last.
template <class T> std::vector<Binding<T>> withCommonFields(std::vector<Binding<T>> specific)
{
    std::vector<Binding<T>> all {
        { spec("id", "Id", FieldType::Id, true), &T::id },
        { spec("name", "Name", FieldType::Text), &T::name },
    };
    all.insert(all.end(), specific.begin(), specific.end());
    const std::vector<Binding<T>> trailing {
        { ref("dependencies", "Shared dependencies", FieldType::ReferenceList, ElementKind::Dependency),
            &T::dependencies },
        { spec("unavailability", "Unavailability", FieldType::Probability), &T::unavailability },
        { spec("mtbf_hours", "MTBF (h)", FieldType::Hours), &T::mtbfHours },
        { spec("mttr_hours", "MTTR (h)", FieldType::Hours), &T::mttrHours },
        { spec("notes", "Notes", FieldType::Text), &T::notes },
        { spec("position", "Position", FieldType::Point), &T::position },
    };
    all.insert(all.end(), trailing.begin(), trailing.end());
    return all;
}

template <class T> std::vector<Binding<T>> bindings();

template <> std::vector<Binding<Region>> bindings()
{
    return withCommonFields<Region>({
        { ref("parent", "Parent region", FieldType::Reference, ElementKind::Region), &Region::parent },
    });
}

template <> std::vector<Binding<Provider>> bindings()
{
    return withCommonFields<Provider>({});
}

template <> std::vector<Binding<NetworkPath>> bindings()
{
    return withCommonFields<NetworkPath>({
        { ref("regions", "Runs through", FieldType::ReferenceList, ElementKind::Region), &NetworkPath::regions },
    });
}

template <> std::vector<Binding<Dependency>> bindings()
{
    return withCommonFields<Dependency>({
        { spec("category", "Category", FieldType::Text), &Dependency::category },
    });
}

template <> std::vector<Binding<Signer>> bindings()
{
    return withCommonFields<Signer>({
        { ref("provider", "Provider", FieldType::Reference, ElementKind::Provider), &Signer::provider },
        { ref("regions", "Regions", FieldType::ReferenceList, ElementKind::Region), &Signer::regions },
    });
}

template <> std::vector<Binding<Authority>> bindings()
{
    return withCommonFields<Authority>({
        { spec("hostname", "Host name", FieldType::Domain, true), &Authority::hostname },
        { spec("addresses", "Addresses", FieldType::AddressList), &Authority::addresses },
        { ref("provider", "Provider", FieldType::Reference, ElementKind::Provider, true), &Authority::provider },
        { ref("regions", "Site regions", FieldType::ReferenceList, ElementKind::Region, true), &Authority::regions },
        { ref("paths", "Network paths", FieldType::ReferenceList, ElementKind::Path), &Authority::paths },
        { spec("software", "Software", FieldType::Text), &Authority::software },
        { choice("role", "Role", FieldSchema::authorityRoles(), true), &Authority::role },
        { ref("transfer_from", "Transfers from", FieldType::Reference, ElementKind::Authority),
            &Authority::transferFrom },
    });
}

template <> std::vector<Binding<Resolver>> bindings()
{
    return withCommonFields<Resolver>({
        { spec("addresses", "Addresses", FieldType::AddressList), &Resolver::addresses },
        { ref("provider", "Provider", FieldType::Reference, ElementKind::Provider), &Resolver::provider },
        { ref("regions", "Regions", FieldType::ReferenceList, ElementKind::Region), &Resolver::regions },
        { ref("paths", "Network paths", FieldType::ReferenceList, ElementKind::Path), &Resolver::paths },
    });
}

template <> std::vector<Binding<Zone>> bindings()
{
    return withCommonFields<Zone>({
        { spec("domain", "Domain", FieldType::Domain, true), &Zone::domain },
        { ref("authorities", "Authorities", FieldType::ReferenceList, ElementKind::Authority, true),
            &Zone::authorities },
        { ref("parent", "Parent zone", FieldType::Reference, ElementKind::Zone), &Zone::parent },
        { ref("signer", "Signer", FieldType::Reference, ElementKind::Signer), &Zone::signer },
        { spec("soa_refresh", "SOA refresh", FieldType::Seconds), &Zone::soaRefresh },
        { spec("soa_retry", "SOA retry", FieldType::Seconds), &Zone::soaRetry },
        { spec("soa_expire", "SOA expire", FieldType::Seconds), &Zone::soaExpire },
        { spec("soa_minimum", "SOA minimum", FieldType::Seconds), &Zone::soaMinimum },
        { spec("signature_validity", "Signature validity left", FieldType::Seconds), &Zone::signatureValidity },
    });
}

template <> std::vector<Binding<Name>> bindings()
{
    return withCommonFields<Name>({
        { spec("fqdn", "Domain name", FieldType::Domain, true), &Name::fqdn },
        { choice("type", "Type", FieldSchema::recordTypes(), true), &Name::type },
        { ref("cname", "CNAME to", FieldType::Reference, ElementKind::Name), &Name::cname },
    });
}

template <> std::vector<Binding<Service>> bindings()
{
    return withCommonFields<Service>({
        { ref("names", "Names", FieldType::ReferenceList, ElementKind::Name), &Service::names },
        { ref("services", "Depends on", FieldType::ReferenceList, ElementKind::Service), &Service::services },
        { choice("criticality", "Criticality", FieldSchema::criticalities(), false), &Service::criticality },
        { ref("populations", "Client populations", FieldType::ReferenceList, ElementKind::Population),
            &Service::populations },
    });
}

template <> std::vector<Binding<Population>> bindings()
{
    return withCommonFields<Population>({
        { ref("region", "Region", FieldType::Reference, ElementKind::Region), &Population::region },
        { ref("paths", "Network paths", FieldType::ReferenceList, ElementKind::Path), &Population::paths },
        { ref("resolvers", "Resolvers", FieldType::ReferenceList, ElementKind::Resolver), &Population::resolvers },
    });
}

template <> std::vector<Binding<Scenario>> bindings()
{
    return withCommonFields<Scenario>({
        { spec("outages", "Outages", FieldType::OutageList), &Scenario::outages },
        { spec("duration", "Duration", FieldType::Seconds), &Scenario::duration },
    });
}

template <class T> const std::vector<Binding<T>>& cachedBindings()
{
    static const std::vector<Binding<T>> cache = bindings<T>();
    return cache;
}

template <class T> std::vector<FieldSpec> specsOf()
{
    std::vector<FieldSpec> specs;
    for (const Binding<T>& b : cachedBindings<T>())
        specs.push_back(b.spec);
    return specs;
}

const std::vector<FieldSpec>& specsFor(ElementKind kind)
{
    static const auto table = [] {
        std::array<std::vector<FieldSpec>, elementKindCount> t;
        Model empty;
        for (ElementKind k : allElementKinds) {
            t[size_t(k)] = empty.visitList(k, [](const auto& list) {
                using T = typename std::decay_t<decltype(list)>::value_type;
                return specsOf<T>();
            });
        }
        return t;
    }();
    return table[size_t(kind)];
}

} // namespace

std::span<const FieldSpec> FieldSchema::fields(ElementKind kind)
{
    return specsFor(kind);
}

int FieldSchema::indexOf(ElementKind kind, QStringView key)
{
    const auto& specs = specsFor(kind);
    for (size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].key == key)
            return int(i);
    }
    return -1;
}

QVariant FieldSchema::value(const Model& model, ElementKind kind, int row, int field)
{
    return model.visitList(kind, [&](const auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const T& element = list.at(size_t(row));
        return std::visit(
            [&](auto member) { return toVariant(element.*member); }, cachedBindings<T>().at(size_t(field)).member);
    });
}

void FieldSchema::setValue(Model& model, ElementKind kind, int row, int field, const QVariant& value)
{
    model.visitList(kind, [&](auto& list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        T& element = list.at(size_t(row));
        std::visit(
            [&](auto member) { fromVariant(value, element.*member); }, cachedBindings<T>().at(size_t(field)).member);
    });
}

bool FieldSchema::isEmpty(const QVariant& value)
{
    if (!value.isValid())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().isEmpty();
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().isEmpty();
    return false;
}

const QStringList& FieldSchema::authorityRoles()
{
    static const QStringList roles { QStringLiteral("primary"), QStringLiteral("hidden-primary"),
        QStringLiteral("secondary") };
    return roles;
}

const QStringList& FieldSchema::criticalities()
{
    static const QStringList levels { QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
        QStringLiteral("low") };
    return levels;
}

const QStringList& FieldSchema::recordTypes()
{
    static const QStringList types { QStringLiteral("A"), QStringLiteral("AAAA"), QStringLiteral("CNAME"),
        QStringLiteral("MX"), QStringLiteral("TXT"), QStringLiteral("SRV"), QStringLiteral("NS"), QStringLiteral("SOA"),
        QStringLiteral("CAA"), QStringLiteral("PTR"), QStringLiteral("DS"), QStringLiteral("DNSKEY"),
        QStringLiteral("HTTPS"), QStringLiteral("SVCB"), QStringLiteral("TLSA") };
    return types;
}

} // namespace nameplan
