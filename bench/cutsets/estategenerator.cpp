// SPDX-License-Identifier: GPL-3.0-or-later
#include "estategenerator.h"

#include <random>

namespace nameplan {

namespace {

QString id(const char* prefix, int i)
{
    return QString::fromLatin1(prefix) + QString::number(i);
}

class Builder {
public:
    explicit Builder(quint32 seed)
        : m_random(seed)
    {
    }

    int pick(int n) { return int(m_random() % unsigned(n)); }
    double chance(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_random); }

    void infrastructure()
    {
        const int continents = 4, perContinent = 4;
        for (int c = 0; c < continents; ++c) {
            m.regions.push_back(element<Region>(id("continent-", c), 1e-5, 2e-5));
            for (int r = 0; r < perContinent; ++r) {
                Region region = element<Region>(id("region-", c * perContinent + r), 1e-4, 5e-4);
                region.parent = id("continent-", c);
                m.regions.push_back(region);
                NetworkPath path = element<NetworkPath>(id("transit-", c * perContinent + r), 2e-4, 1e-3);
                path.regions = { region.id };
                m.paths.push_back(path);
            }
        }
        NetworkPath backbone = element<NetworkPath>(QStringLiteral("backbone"), 5e-4, 8e-4);
        backbone.regions = { QStringLiteral("region-0"), QStringLiteral("region-4"), QStringLiteral("region-8") };
        m.paths.push_back(backbone);
        for (int p = 0; p < 5; ++p)
            m.providers.push_back(element<Provider>(id("provider-", p), 1e-4, 3e-4));
        for (int d = 0; d < 8; ++d)
            m.dependencies.push_back(element<Dependency>(id("dependency-", d), 1e-5, 3e-4));
        for (int s = 0; s < 2; ++s) {
            Signer signer = element<Signer>(id("signer-", s), 5e-4, 1e-3);
            signer.provider = QStringLiteral("provider-0");
            signer.regions = { id("region-", s * 4) };
            m.signers.push_back(signer);
        }
        for (int p = 0; p < 3; ++p) {
            Population population = element<Population>(id("population-", p), 0, 0);
            population.unavailability.reset();
            population.region = id("region-", p * 4);
            for (const NetworkPath& path : m.paths)
                population.paths.append(path.id);
            m.populations.push_back(population);
        }
    }

    // Zones in families of eight under one apex; each family has a hidden primary and each
    // zone three to five secondaries.
    void zones(int count)
    {
        static const char* software[] = { "bind", "knot", "nsd", "powerdns", "bind" };
        for (int z = 0; z < count; ++z) {
            Zone zone = element<Zone>(id("zone-", z), 0, 0);
            zone.unavailability.reset();
            const int apex = z - z % 8;
            zone.domain = z == apex ? QString(id("corp", z) + QStringLiteral(".example"))
                                    : QString(id("sub", z) + u'.' + m.zones[std::size_t(apex)].domain);
            zone.parent = z == apex ? QString() : m.zones[std::size_t(apex)].id;
            zone.soaExpire = 7 * 86400;
            zone.signatureValidity = 10 * 86400;
            zone.signer = z % 3 ? id("signer-", z % 2) : QString();
            if (z == apex)
                m_primary = authority(id("hp-", z), zone.domain, 0, software[0], QStringLiteral("hidden-primary"), {});
            for (int k = 0, n = 3 + pick(3); k < n; ++k) {
                const int provider = pick(5);
                const QString host = z % 2 ? m.zones[std::size_t(apex)].domain : zone.domain; // some out of bailiwick
                const QString a = authority(QStringLiteral("ns-%1-%2").arg(z).arg(k), host, provider,
                    software[provider], QStringLiteral("secondary"), m_primary);
                zone.authorities.append(a);
            }
            m.zones.push_back(zone);
        }
    }

    void services(int count)
    {
        for (int s = 0; s < count; ++s) {
            Service service = element<Service>(id("service-", s), 0, 0);
            service.unavailability.reset();
            for (int n = 0, names = 1 + pick(3); n < names; ++n) {
                Name name = element<Name>(QStringLiteral("name-%1-%2").arg(s).arg(n), 0, 0);
                name.unavailability.reset();
                name.fqdn = id("host", s) + u'.' + m.zones[std::size_t(pick(int(m.zones.size())))].domain;
                name.type = QStringLiteral("A");
                if (!m.names.empty() && pick(5) == 0)
                    name.cname = m.names[std::size_t(pick(int(m.names.size())))].id;
                service.names.append(name.id);
                m.names.push_back(name);
            }
            if (s > 0 && pick(3) == 0)
                service.services = { id("service-", pick(s)) };
            service.criticality = s % 4 ? QStringLiteral("high") : QStringLiteral("critical");
            service.populations = { id("population-", pick(3)) };
            if (pick(4) == 0)
                service.populations.append(id("population-", pick(3)));
            service.populations.removeDuplicates();
            m.services.push_back(service);
        }
    }

    Model m;

private:
    template <class T> T element(const QString& elementId, double low, double high)
    {
        T t;
        t.id = elementId;
        t.name = elementId;
        t.unavailability = chance(low, high);
        return t;
    }

    QString authority(const QString& authorityId, const QString& domain, int provider, const char* software,
        const QString& role, const QString& transferFrom)
    {
        Authority a = element<Authority>(authorityId, 1e-4, 1e-3);
        a.hostname = authorityId + u'.' + domain;
        a.provider = id("provider-", provider);
        const int region = pick(16);
        a.regions = { id("region-", region) };
        if (provider == 1) // the anycast provider: up while any site region is up
            a.regions.append(id("region-", (region + 5) % 16));
        for (const QString& r : a.regions)
            a.paths.append(QStringLiteral("transit-") + r.mid(7));
        a.software = QString::fromLatin1(software);
        a.role = role;
        a.transferFrom = transferFrom;
        if (pick(3) == 0)
            a.dependencies = { id("dependency-", pick(8)) };
        m.authorities.push_back(a);
        return a.id;
    }

    std::mt19937 m_random;
    QString m_primary;
};

} // namespace

Model EstateGenerator::generate(int zoneCount, int serviceCount, quint32 seed)
{
    Builder builder(seed);
    builder.m.title = QStringLiteral("Generated estate for the cut-set benchmark");
    builder.infrastructure();
    builder.zones(zoneCount);
    builder.services(serviceCount);
    return builder.m;
}

} // namespace nameplan
