// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelvalidator.h"

#include "domainnamerules.h"
#include "fieldschema.h"
#include "findingkind.h"
#include "idindex.h"
#include "model.h"

#include <QSet>

#include <functional>

namespace nameplan {

namespace {

// RFC 2181 §8 and RFC 1982: SOA timers are 32-bit values of which only 0..2^31-1 are usable.
constexpr qint64 maximumTimer = 2147483647;

QString pathOf(ElementKind kind, int row)
{
    return elementKindKey(kind) + QStringLiteral("[%1]").arg(row);
}
QString pathOf(ElementKind kind, int row, const QString& key)
{
    return pathOf(kind, row) + u'.' + key;
}
QString pathOf(ElementKind kind, int row, const QString& key, qsizetype index)
{
    return pathOf(kind, row, key) + QStringLiteral("[%1]").arg(index);
}

class Validator {
public:
    explicit Validator(const Model& model)
        : m_model(model)
        , m_index(model)
    {
    }

    Problems run()
    {
        checkIds();
        for (ElementKind kind : allElementKinds) {
            for (int row = 0; row < m_model.count(kind); ++row)
                checkFields(kind, row);
        }
        checkCycles();
        checkAuthorities();
        checkZones();
        checkNames();
        checkScenarios();
        checkSettings();
        checkControlMapping();
        return m_problems;
    }

private:
    void error(const QString& path, const QString& id, const QString& message)
    {
        m_problems.append({ Problem::Severity::Error, path, id, message });
    }
    void warning(const QString& path, const QString& id, const QString& message)
    {
        m_problems.append({ Problem::Severity::Warning, path, id, message });
    }

    void checkIds()
    {
        QHash<QString, QString> firstUse;
        for (ElementKind kind : allElementKinds) {
            for (int row = 0; row < m_model.count(kind); ++row) {
                const QString& id = m_model.element(kind, row).id;
                const QString path = pathOf(kind, row, QStringLiteral("id"));
                if (const QString why = DomainNameRules::checkId(id); !why.isEmpty()) {
                    error(path, id, why);
                    continue;
                }
                const auto it = firstUse.constFind(id);
                if (it != firstUse.cend())
                    error(path, id, QStringLiteral("duplicate id \"%1\" (first used at %2)").arg(id, *it));
                else
                    firstUse.insert(id, pathOf(kind, row));
            }
        }
    }

    // Empty when `id` names an element of the `target` kind, otherwise why not.
    QString referenceProblem(const QString& id, ElementKind target) const
    {
        const IdIndex::Location* location = m_index.find(id);
        if (!location)
            return QStringLiteral("no %1 with id \"%2\"").arg(elementKindNoun(target), id);
        if (location->kind != target)
            return QStringLiteral("\"%1\" is a %2, not a %3")
                .arg(id, elementKindNoun(location->kind), elementKindNoun(target));
        return {};
    }

    void checkFields(ElementKind kind, int row)
    {
        const QString& id = m_model.element(kind, row).id;
        const auto fields = FieldSchema::fields(kind);
        for (size_t f = 0; f < fields.size(); ++f) {
            const FieldSpec& spec = fields[f];
            const QVariant value = FieldSchema::value(m_model, kind, row, int(f));
            if (FieldSchema::isEmpty(value)) {
                if (spec.required && spec.type != FieldType::Id)
                    error(pathOf(kind, row, spec.key), id, QStringLiteral("required, but empty"));
                continue;
            }
            checkValue(kind, row, spec, value);
        }
        checkReliability(kind, row);
    }

    void checkValue(ElementKind kind, int row, const FieldSpec& spec, const QVariant& value)
    {
        const QString& id = m_model.element(kind, row).id;
        // Formatted only when there is a problem: most values are fine.
        const auto path = [&] { return pathOf(kind, row, spec.key); };
        switch (spec.type) {
        case FieldType::Domain:
            if (const QString why = DomainNameRules::checkDomain(value.toString(), kind == ElementKind::Name);
                !why.isEmpty())
                error(path(), id, why);
            break;
        case FieldType::AddressList:
            checkEach(kind, row, spec, value.toStringList(),
                [](const QString& a) { return DomainNameRules::checkAddress(a); });
            break;
        case FieldType::Reference:
            if (const QString why = referenceProblem(value.toString(), spec.target); !why.isEmpty())
                error(path(), id, why);
            break;
        case FieldType::ReferenceList: {
            const QStringList ids = value.toStringList();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (const QString why = referenceProblem(ids[i], spec.target); !why.isEmpty())
                    error(pathOf(kind, row, spec.key, i), id, why);
                if (ids.indexOf(ids[i]) < i)
                    warning(pathOf(kind, row, spec.key, i), id, QStringLiteral("\"%1\" is listed twice").arg(ids[i]));
            }
            break;
        }
        case FieldType::Choice:
            if (!spec.choices.contains(value.toString()))
                error(path(), id,
                    QStringLiteral("\"%1\" is not one of: %2").arg(value.toString(), spec.choices.join(u", ")));
            break;
        case FieldType::Seconds:
            if (value.toLongLong() < 0)
                error(path(), id, QStringLiteral("a duration cannot be negative"));
            break;
        case FieldType::Probability:
            if (!(value.toDouble() >= 0.0 && value.toDouble() <= 1.0))
                error(path(), id, QStringLiteral("a probability lies between 0 and 1"));
            break;
        case FieldType::Hours:
            if (!(value.toDouble() > 0.0))
                error(path(), id, QStringLiteral("a number of hours must be positive"));
            break;
        case FieldType::Id:
        case FieldType::Text:
        case FieldType::Point:
        case FieldType::OutageList:
            break;
        }
    }

    void checkEach(ElementKind kind, int row, const FieldSpec& spec, const QStringList& values,
        const std::function<QString(const QString&)>& check)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (const QString why = check(values[i]); !why.isEmpty())
                error(pathOf(kind, row, spec.key, i), m_model.element(kind, row).id, why);
        }
    }

    void checkReliability(ElementKind kind, int row)
    {
        const ElementBase& e = m_model.element(kind, row);
        if (e.mtbfHours.has_value() != e.mttrHours.has_value())
            error(pathOf(kind, row, e.mtbfHours ? QStringLiteral("mttr_hours") : QStringLiteral("mtbf_hours")), e.id,
                QStringLiteral("MTBF and MTTR are given together"));
        if (e.unavailability && e.mtbfHours)
            warning(pathOf(kind, row, QStringLiteral("unavailability")), e.id,
                QStringLiteral("both unavailability and MTBF/MTTR are given; unavailability is used"));
    }

    // Reports each cycle once, at the element where the walk first closes it.
    void checkCycles()
    {
        checkCyclesOf(ElementKind::Region, QStringLiteral("parent"),
            [this](int row) { return QStringList { m_model.regions[size_t(row)].parent }; });
        checkCyclesOf(ElementKind::Zone, QStringLiteral("parent"),
            [this](int row) { return QStringList { m_model.zones[size_t(row)].parent }; });
        checkCyclesOf(ElementKind::Authority, QStringLiteral("transfer_from"),
            [this](int row) { return QStringList { m_model.authorities[size_t(row)].transferFrom }; });
        checkCyclesOf(ElementKind::Service, QStringLiteral("services"),
            [this](int row) { return m_model.services[size_t(row)].services; });
    }

    void checkCyclesOf(ElementKind kind, const QString& key, const std::function<QStringList(int)>& successors)
    {
        enum class Mark { None, Active, Done };
        QList<Mark> marks(m_model.count(kind), Mark::None);
        QStringList stack;
        std::function<void(int)> visit = [&](int row) {
            marks[row] = Mark::Active;
            stack.append(m_model.element(kind, row).id);
            for (const QString& next : successors(row)) {
                const IdIndex::Location* location = m_index.find(next);
                if (!location || location->kind != kind)
                    continue;
                if (marks[location->row] == Mark::Active) {
                    const QStringList cycle = stack.mid(stack.indexOf(next)) << next;
                    error(pathOf(kind, row, key), stack.last(),
                        QStringLiteral("cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
                } else if (marks[location->row] == Mark::None) {
                    visit(location->row);
                }
            }
            stack.removeLast();
            marks[row] = Mark::Done;
        };
        for (int row = 0; row < m_model.count(kind); ++row) {
            if (marks[row] == Mark::None)
                visit(row);
        }
    }

    void checkAuthorities()
    {
        const ElementKind kind = ElementKind::Authority;
        for (int row = 0; row < m_model.count(kind); ++row) {
            const Authority& a = m_model.authorities[size_t(row)];
            const QString path = pathOf(kind, row, QStringLiteral("transfer_from"));
            if (a.role == u"secondary" && a.transferFrom.isEmpty())
                error(path, a.id, QStringLiteral("a secondary needs the authority it transfers from"));
            if (a.role != u"secondary" && !a.transferFrom.isEmpty())
                warning(path, a.id, QStringLiteral("a %1 does not transfer zones from another authority").arg(a.role));
            if (a.transferFrom == a.id && !a.id.isEmpty())
                error(path, a.id, QStringLiteral("an authority cannot transfer from itself"));
        }
    }

    void checkSoa(int row)
    {
        const Zone& z = m_model.zones[size_t(row)];
        const std::pair<const char*, std::optional<qint64>> timers[] = {
            { "soa_refresh", z.soaRefresh },
            { "soa_retry", z.soaRetry },
            { "soa_expire", z.soaExpire },
            { "soa_minimum", z.soaMinimum },
        };
        for (const auto& [key, value] : timers) {
            if (value && (*value < 1 || *value > maximumTimer))
                error(pathOf(ElementKind::Zone, row, QString::fromLatin1(key)), z.id,
                    QStringLiteral("%1 s is out of range (1 to %2 s, RFC 2181 §8)").arg(*value).arg(maximumTimer));
        }
        // RFC 1912 §2.2: the secondary must be able to retry several times before data expires.
        if (z.soaRefresh && z.soaRetry && z.soaExpire && *z.soaExpire <= *z.soaRefresh + *z.soaRetry)
            warning(pathOf(ElementKind::Zone, row, QStringLiteral("soa_expire")), z.id,
                QStringLiteral("expire (%1 s) should be much larger than refresh + retry (%2 s), RFC 1912 §2.2")
                    .arg(*z.soaExpire)
                    .arg(*z.soaRefresh + *z.soaRetry));
        if (z.soaRefresh && z.soaRetry && *z.soaRetry >= *z.soaRefresh)
            warning(pathOf(ElementKind::Zone, row, QStringLiteral("soa_retry")), z.id,
                QStringLiteral("retry (%1 s) should be shorter than refresh (%2 s), RFC 1912 §2.2")
                    .arg(*z.soaRetry)
                    .arg(*z.soaRefresh));
    }

    void checkZones()
    {
        QHash<QString, QString> domains;
        for (int row = 0; row < m_model.count(ElementKind::Zone); ++row) {
            const Zone& z = m_model.zones[size_t(row)];
            checkSoa(row);
            const QString domain = DomainNameRules::normalized(z.domain);
            const QString path = pathOf(ElementKind::Zone, row, QStringLiteral("domain"));
            if (const auto it = domains.constFind(domain); it != domains.cend() && !domain.isEmpty())
                error(path, z.id, QStringLiteral("zone %1 is modelled twice (also at %2)").arg(z.domain, *it));
            domains.insert(domain, pathOf(ElementKind::Zone, row));
            const IdIndex::Location* parent = m_index.find(z.parent);
            if (!z.parent.isEmpty() && parent && parent->kind == ElementKind::Zone) {
                const Zone& p = m_model.zones[size_t(parent->row)];
                const QString parentDomain = DomainNameRules::normalized(p.domain);
                if (domain == parentDomain || !DomainNameRules::isAtOrBelow(domain, parentDomain))
                    error(pathOf(ElementKind::Zone, row, QStringLiteral("parent")), z.id,
                        QStringLiteral("parent zone \"%1\" (%2) does not contain %3").arg(p.id, p.domain, z.domain));
            }
        }
    }

    // Walks up the labels of each name (O(labels) per name, not O(zones)): large estates
    // have thousands of names and zones.
    void checkNames()
    {
        QSet<QString> zoneDomains;
        for (const Zone& z : m_model.zones)
            zoneDomains.insert(DomainNameRules::normalized(z.domain));
        for (int row = 0; row < m_model.count(ElementKind::Name); ++row) {
            const Name& n = m_model.names[size_t(row)];
            QString suffix = DomainNameRules::normalized(n.fqdn);
            bool covered = zoneDomains.contains(QStringLiteral("."));
            while (!covered && !suffix.isEmpty()) {
                covered = zoneDomains.contains(suffix);
                const qsizetype dot = suffix.indexOf(u'.');
                suffix = dot < 0 ? QString() : suffix.mid(dot + 1);
            }
            if (!covered && !n.fqdn.isEmpty())
                warning(pathOf(ElementKind::Name, row, QStringLiteral("fqdn")), n.id,
                    QStringLiteral("no modelled zone contains %1; its resolution is not analysed").arg(n.fqdn));
        }
    }

    // Outage ids are element ids, provider planes ("<provider>:serving", "<provider>:control")
    // and software implementations ("software:<name>").
    QString checkOutageId(const QString& outage) const
    {
        const qsizetype colon = outage.indexOf(u':');
        if (colon < 0)
            return m_index.find(outage) ? QString() : QStringLiteral("no element with id \"%1\"").arg(outage);
        const QString head = outage.left(colon);
        const QString tail = outage.mid(colon + 1);
        if (head == u"software") {
            const bool used = std::any_of(m_model.authorities.begin(), m_model.authorities.end(),
                [&](const Authority& a) { return a.software == tail; });
            return used ? QString() : QStringLiteral("no authority runs software \"%1\"").arg(tail);
        }
        if (tail != u"serving" && tail != u"control")
            return QStringLiteral("\"%1\": a provider plane is \"serving\" or \"control\"").arg(outage);
        return m_index.contains(head, ElementKind::Provider) ? QString()
                                                             : QStringLiteral("no provider with id \"%1\"").arg(head);
    }

    void checkScenarios()
    {
        for (int row = 0; row < m_model.count(ElementKind::Scenario); ++row) {
            const Scenario& s = m_model.scenarios[size_t(row)];
            for (qsizetype i = 0; i < s.outages.size(); ++i) {
                if (const QString why = checkOutageId(s.outages[i]); !why.isEmpty())
                    error(pathOf(ElementKind::Scenario, row, QStringLiteral("outages"), i), s.id, why);
            }
        }
    }

    void checkSettings()
    {
        const ModelSettings& s = m_model.settings;
        if (s.port && (*s.port < 1 || *s.port > 65535))
            error(QStringLiteral("settings.port"), {}, QStringLiteral("%1 is not a port number").arg(*s.port));
        for (qsizetype i = 0; i < s.roots.size(); ++i) {
            QString address = s.roots[i];
            // "IP", "IPv4:PORT" or "[IPv6]:PORT"
            if (address.startsWith(u'[') && address.contains(u"]:"))
                address = address.mid(1, address.indexOf(u']') - 1);
            else if (address.count(u':') == 1)
                address = address.left(address.indexOf(u':'));
            if (const QString why = DomainNameRules::checkAddress(address); !why.isEmpty())
                error(QStringLiteral("settings.roots[%1]").arg(i), {}, why);
        }
    }

    void checkControlMapping()
    {
        QHash<QString, QString> firstUse;
        for (size_t row = 0; row < m_model.controlMapping.size(); ++row) {
            const ControlMappingEntry& entry = m_model.controlMapping[row];
            const QString entryPath = QStringLiteral("control_mapping[%1]").arg(row);
            const QString path = entryPath + QStringLiteral(".finding");
            if (!findingKindFromId(entry.finding))
                error(path, {},
                    QStringLiteral("\"%1\" is not a finding of the report; the findings are: %2")
                        .arg(entry.finding, findingKindIdList()));
            else if (const auto it = firstUse.constFind(entry.finding); it != firstUse.cend())
                error(path, {}, QStringLiteral("\"%1\" is mapped twice (first at %2)").arg(entry.finding, *it));
            else
                firstUse.insert(entry.finding, entryPath);
            for (qsizetype i = 0; i < entry.controls.size(); ++i) {
                const QString controlPath = entryPath + QStringLiteral(".controls[%1]").arg(i);
                if (entry.controls[i].trimmed().isEmpty())
                    error(controlPath, {}, QStringLiteral("a control cannot be empty"));
                else if (entry.controls.indexOf(entry.controls[i]) < i)
                    warning(controlPath, {}, QStringLiteral("\"%1\" is listed twice").arg(entry.controls[i]));
            }
        }
    }

    const Model& m_model;
    IdIndex m_index;
    Problems m_problems;
};

} // namespace

Problems ModelValidator::validate(const Model& model)
{
    return Validator(model).run();
}

} // namespace nameplan
