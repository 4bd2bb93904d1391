// SPDX-License-Identifier: GPL-3.0-or-later
// Randomized property test: on small random estates, the fault tree (built by
// FaultTreeBuilder, evaluated by ScenarioEvaluator) must agree with a brute-force evaluator
// written here directly from the semantics of issue 3, for every one of the 2^n outage sets
// and every top event. The brute force shares no code with the engine: it walks the model with
// plain recursion and solves the name-server recursion by fixed-point iteration from
// "nothing servable" (the least fixed point), where the engine cuts cycles while building.

#include "faulttreebuilder.h"
#include "idindex.h"
#include "model.h"
#include "scenarioevaluator.h"

#include <QSet>
#include <QTest>

#include <random>

using namespace nameplan;

namespace {

constexpr qint64 day = 86400;

// The semantics, literally, for one outage set and duration.
class BruteForce {
public:
    BruteForce(const Model& model, const QSet<QString>& out, std::optional<qint64> duration)
        : m(model)
        , m_out(out)
        , m_duration(duration)
    {
    }

    bool works(const Service& service, const Population* pop)
    {
        QSet<QString> visiting;
        std::vector<bool> servable = servableZones(pop);
        return serviceWorks(service, pop, servable, visiting);
    }

private:
    template <class T> const T* get(const std::vector<T>& list, const QString& id) const
    {
        for (const T& element : list) {
            if (element.id == id)
                return &element;
        }
        return nullptr;
    }

    bool depsOut(const QStringList& ids) const
    {
        for (const QString& id : ids) {
            const Dependency* d = get(m.dependencies, id);
            if (d && (m_out.contains(id) || depsOut(d->dependencies)))
                return true;
        }
        return false;
    }

    bool regionOut(const QString& id) const
    {
        const Region* r = get(m.regions, id);
        return r && (m_out.contains(id) || depsOut(r->dependencies) || (!r->parent.isEmpty() && regionOut(r->parent)));
    }

    bool allSitesOut(const QStringList& regions) const
    {
        if (regions.isEmpty())
            return false;
        for (const QString& r : regions) {
            if (!regionOut(r))
                return false;
        }
        return true;
    }

    bool planeOut(const QString& provider, const QString& plane) const
    {
        const Provider* p = get(m.providers, provider);
        return p && (m_out.contains(provider + u':' + plane) || depsOut(p->dependencies));
    }

    bool pathDown(const QString& id) const
    {
        const NetworkPath* p = get(m.paths, id);
        if (!p)
            return false;
        bool down = m_out.contains(id) || depsOut(p->dependencies);
        for (const QString& r : p->regions)
            down = down || regionOut(r);
        return down;
    }

    bool authorityDown(const Authority& a) const
    {
        return m_out.contains(a.id) || planeOut(a.provider, QStringLiteral("serving"))
            || (!a.software.isEmpty() && m_out.contains(QStringLiteral("software:") + a.software))
            || depsOut(a.dependencies) || allSitesOut(a.regions);
    }

    bool reachable(const Authority& a, const Population* pop) const
    {
        if (!pop || pop->paths.isEmpty() || a.paths.isEmpty())
            return true;
        for (const QString& p : a.paths) {
            if (pop->paths.contains(p) && !pathDown(p))
                return true;
        }
        return false;
    }

    static bool primary(const Authority& a) { return a.role == u"primary" || a.role == u"hidden-primary"; }

    bool sourceLost(const Authority& a) const
    {
        if (primary(a) || a.transferFrom.isEmpty())
            return false;
        const Authority* source = get(m.authorities, a.transferFrom);
        return planeOut(a.provider, QStringLiteral("control"))
            || (source && (authorityDown(*source) || sourceLost(*source)));
    }

    bool runsOut(std::optional<qint64> timer) const { return !m_duration || (timer && *m_duration > *timer); }

    bool signerOut(const Signer& s) const
    {
        return m_out.contains(s.id) || planeOut(s.provider, QStringLiteral("control")) || depsOut(s.dependencies)
            || allSitesOut(s.regions);
    }

    static bool atOrBelow(const QString& name, const QString& zone)
    {
        return name == zone || name.endsWith(u'.' + zone);
    }

    bool chainServable(const QString& fqdn, const std::vector<bool>& servable) const
    {
        for (size_t z = 0; z < m.zones.size(); ++z) {
            if (atOrBelow(fqdn, m.zones[z].domain) && !servable[z])
                return false;
        }
        return true;
    }

    bool zoneServable(const Zone& z, const Population* pop, const std::vector<bool>& servable) const
    {
        if (depsOut(z.dependencies))
            return false;
        const Signer* s = get(m.signers, z.signer);
        if (s && runsOut(z.signatureValidity) && signerOut(*s))
            return false;
        for (const QString& id : z.authorities) {
            const Authority* a = get(m.authorities, id);
            if (!a || authorityDown(*a) || !reachable(*a, pop))
                continue;
            if (!primary(*a) && runsOut(z.soaExpire) && sourceLost(*a))
                continue;
            const bool glue = atOrBelow(a->hostname, z.domain);
            if (glue || chainServable(a->hostname, servable))
                return true;
        }
        return false;
    }

    std::vector<bool> servableZones(const Population* pop) const
    {
        std::vector<bool> servable(m.zones.size(), false);
        for (bool changed = true; changed;) {
            changed = false;
            for (size_t z = 0; z < m.zones.size(); ++z) {
                if (!servable[z] && zoneServable(m.zones[z], pop, servable)) {
                    servable[z] = true;
                    changed = true;
                }
            }
        }
        return servable;
    }

    bool resolverUp(const Population* pop) const
    {
        if (!pop || pop->resolvers.isEmpty())
            return true;
        for (const QString& id : pop->resolvers) {
            const Resolver* r = get(m.resolvers, id);
            if (r && !m_out.contains(id) && !planeOut(r->provider, QStringLiteral("serving"))
                && !depsOut(r->dependencies) && !allSitesOut(r->regions))
                return true;
        }
        return false;
    }

    bool resolves(
        const Name& n, const Population* pop, const std::vector<bool>& servable, QSet<QString>& visiting) const
    {
        if (visiting.contains(n.id))
            return false; // CNAME loop
        visiting.insert(n.id);
        bool ok = chainServable(n.fqdn, servable) && !depsOut(n.dependencies) && resolverUp(pop);
        if (const Name* target = get(m.names, n.cname))
            ok = ok && resolves(*target, pop, servable, visiting);
        visiting.remove(n.id);
        return ok;
    }

    bool serviceWorks(
        const Service& s, const Population* pop, const std::vector<bool>& servable, QSet<QString>& visiting) const
    {
        if (visiting.contains(s.id))
            return false; // depends on itself
        visiting.insert(s.id);
        bool ok = !depsOut(s.dependencies) && !(pop && depsOut(pop->dependencies));
        QSet<QString> names;
        for (const QString& id : s.names) {
            if (const Name* n = get(m.names, id))
                ok = ok && resolves(*n, pop, servable, names);
        }
        for (const QString& id : s.services) {
            if (const Service* d = get(m.services, id))
                ok = ok && serviceWorks(*d, pop, servable, visiting);
        }
        visiting.remove(s.id);
        return ok;
    }

    const Model& m;
    const QSet<QString>& m_out;
    std::optional<qint64> m_duration;
};

class Generator {
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {
    }

    Model model()
    {
        Model m;
        Region r0;
        r0.id = QStringLiteral("r0");
        Region r1;
        r1.id = QStringLiteral("r1");
        r1.parent = chance(0.5) ? QStringLiteral("r0") : QString();
        m.regions = { r0, r1 };
        for (int i = 0; i < pick(1, 2); ++i) {
            Provider p;
            p.id = QStringLiteral("p%1").arg(i);
            m.providers.push_back(p);
        }
        NetworkPath t0;
        t0.id = QStringLiteral("t0");
        t0.regions = subset(regionIds(), 0.3);
        m.paths = { t0 };
        Dependency d0;
        d0.id = QStringLiteral("d0");
        m.dependencies = { d0 };
        if (chance(0.5))
            m.providers[0].dependencies = { QStringLiteral("d0") };
        Signer s0;
        s0.id = QStringLiteral("sig");
        s0.provider = chance(0.5) ? QStringLiteral("p0") : QString();
        s0.regions = subset(regionIds(), 0.5);
        m.signers = { s0 };
        const QStringList domains { QStringLiteral("example.com"),
            chance(0.5) ? QStringLiteral("sub.example.com") : QStringLiteral("other.net") };
        for (int i = 0; i < 3; ++i)
            m.authorities.push_back(authority(m, i, domains));
        if (chance(0.4)) {
            Resolver res;
            res.id = QStringLiteral("res");
            res.regions = subset(regionIds(), 0.5);
            res.provider = chance(0.5) ? QStringLiteral("p0") : QString();
            m.resolvers = { res };
        }
        for (int i = 0; i < 2; ++i)
            m.zones.push_back(zone(i, domains[i]));
        for (int i = 0; i < 3; ++i) {
            Name n;
            n.id = QStringLiteral("n%1").arg(i);
            n.type = QStringLiteral("A");
            const QStringList fqdns { QStringLiteral("www.") + domains[0], QStringLiteral("api.") + domains[1],
                QStringLiteral("x.unmodelled.org") };
            n.fqdn = fqdns[pick(0, 2)];
            n.cname = chance(0.4) ? QStringLiteral("n%1").arg(pick(0, 2)) : QString();
            m.names.push_back(n);
        }
        Population pop;
        pop.id = QStringLiteral("pop");
        pop.paths = chance(0.7) ? QStringList { QStringLiteral("t0") } : QStringList();
        pop.resolvers = m.resolvers.empty() ? QStringList() : QStringList { QStringLiteral("res") };
        pop.dependencies = chance(0.1) ? QStringList { QStringLiteral("d0") } : QStringList();
        m.populations = { pop };
        for (int i = 0; i < 2; ++i) {
            Service s;
            s.id = QStringLiteral("s%1").arg(i);
            s.names = subset({ QStringLiteral("n0"), QStringLiteral("n1"), QStringLiteral("n2") }, 0.5);
            s.services = chance(0.3) ? QStringList { QStringLiteral("s%1").arg(1 - i) } : QStringList();
            s.populations = chance(0.8) ? QStringList { QStringLiteral("pop") } : QStringList();
            m.services.push_back(s);
        }
        return m;
    }

    std::optional<qint64> duration()
    {
        const std::optional<qint64> choices[] = { std::nullopt, 1 * day, 8 * day, 20 * day };
        return choices[pick(0, 3)];
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    static QStringList regionIds() { return { QStringLiteral("r0"), QStringLiteral("r1") }; }

    QStringList subset(const QStringList& from, double p)
    {
        QStringList result;
        for (const QString& s : from) {
            if (chance(p))
                result.append(s);
        }
        return result;
    }

    Authority authority(const Model& m, int i, const QStringList& domains)
    {
        Authority a;
        a.id = QStringLiteral("a%1").arg(i);
        const QStringList hosts { QStringLiteral("ns%1.").arg(i) + domains[0],
            QStringLiteral("ns%1.").arg(i) + domains[1], QStringLiteral("ns%1.unmodelled.org").arg(i) };
        a.hostname = hosts[pick(0, 2)];
        a.provider = m.providers[size_t(pick(0, int(m.providers.size()) - 1))].id;
        a.regions = subset(regionIds(), 0.6);
        a.paths = subset({ QStringLiteral("t0") }, 0.6);
        a.software = chance(0.5) ? QStringLiteral("x") : QStringLiteral("y");
        a.dependencies = chance(0.2) ? QStringList { QStringLiteral("d0") } : QStringList();
        // Transfer sources point backwards, so chains end at a primary or at a0.
        a.role = i == 0 || chance(0.2) ? QStringLiteral("primary") : QStringLiteral("secondary");
        a.transferFrom = a.role == u"secondary" ? QStringLiteral("a%1").arg(pick(0, i - 1)) : QString();
        return a;
    }

    Zone zone(int i, const QString& domain)
    {
        Zone z;
        z.id = QStringLiteral("z%1").arg(i);
        z.domain = domain;
        while (z.authorities.isEmpty())
            z.authorities = subset({ QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a2") }, 0.5);
        const std::optional<qint64> timers[] = { std::nullopt, 3 * day, 10 * day };
        z.soaExpire = timers[pick(0, 2)];
        z.signatureValidity = timers[pick(0, 2)];
        z.signer = chance(0.5) ? QStringLiteral("sig") : QString();
        z.dependencies = chance(0.15) ? QStringList { QStringLiteral("d0") } : QStringList();
        return z;
    }

    std::mt19937 m_random;
};

} // namespace

class TestAnalysisProperty : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engineMatchesBruteForce_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 150; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void engineMatchesBruteForce()
    {
        QFETCH(unsigned, seed);
        Generator generator(seed);
        const Model model = generator.model();
        const std::optional<qint64> duration = generator.duration();
        const FaultTree tree = FaultTreeBuilder::build(model, duration);
        const int n = int(tree.events.size());
        QVERIFY2(n <= 16, "model too large for 2^n");
        const ScenarioEvaluator evaluator(tree);
        const IdIndex index(model);
        for (quint32 set = 0; set < (quint32(1) << n); ++set) {
            QSet<QString> out;
            std::vector<int> events;
            for (int e = 0; e < n; ++e) {
                if (set & (quint32(1) << e)) {
                    out.insert(tree.events[size_t(e)].id);
                    events.push_back(e);
                }
            }
            const std::vector<bool> failed = evaluator.failedTops(events);
            BruteForce brute(model, out, duration);
            for (size_t t = 0; t < tree.tops.size(); ++t) {
                const FaultTree::TopEvent& top = tree.tops[t];
                const Service& service = model.services[size_t(index.find(top.serviceId)->row)];
                const Population* pop = top.populationId.isEmpty()
                    ? nullptr
                    : &model.populations[size_t(index.find(top.populationId)->row)];
                const bool expected = !brute.works(service, pop);
                if (failed[t] != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("seed %1, top %2/%3, outage {%4}: engine says %5")
                            .arg(seed)
                            .arg(top.serviceId, top.populationId, QStringList(out.begin(), out.end()).join(u','),
                                failed[t] ? QStringLiteral("fails") : QStringLiteral("works"))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisProperty)
#include "tst_analysisproperty.moc"
