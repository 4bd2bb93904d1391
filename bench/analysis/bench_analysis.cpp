// SPDX-License-Identifier: GPL-3.0-or-later
// Outage analysis speed (issue 3): one scenario evaluation on the large example and on a
// generated estate, and every combination of up to two outages over 1,000 components. Peers
// in the same run: the same work one scenario at a time (no bit-parallel words), and on one
// core instead of all.

#include "combinationsearch.h"
#include "faulttreebuilder.h"
#include "modelfile.h"
#include "scenarioevaluator.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace nameplan;

namespace {

double medianMicros(std::vector<qint64>& nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return double(nanos[nanos.size() / 2]) / 1000.0;
}

QString id(const char* prefix, int i)
{
    return QString::fromLatin1(prefix) + QString::number(i);
}

// A deterministic estate: `cells` regions with paths, two providers per cell pair, four
// authorities per zone spread over providers and cells, names and services on top.
Model generate(int cells, int zones, int services, std::mt19937& random)
{
    Model m;
    auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    for (int c = 0; c < cells; ++c) {
        Region r;
        r.id = id("region-", c);
        m.regions.push_back(r);
        NetworkPath p;
        p.id = id("path-", c);
        p.regions = { r.id };
        m.paths.push_back(p);
        Dependency d;
        d.id = id("dep-", c);
        m.dependencies.push_back(d);
    }
    for (int p = 0; p < cells / 2 + 1; ++p) {
        Provider provider;
        provider.id = id("provider-", p);
        m.providers.push_back(provider);
    }
    for (int s = 0; s < cells / 4 + 1; ++s) {
        Signer signer;
        signer.id = id("signer-", s);
        signer.provider = m.providers[size_t(pick(int(m.providers.size())))].id;
        m.signers.push_back(signer);
    }
    Population pop;
    pop.id = QStringLiteral("clients");
    for (const NetworkPath& p : m.paths)
        pop.paths.append(p.id);
    m.populations.push_back(pop);
    for (int z = 0; z < zones; ++z) {
        Zone zone;
        zone.id = id("zone-", z);
        zone.domain = id("z", z) + QStringLiteral(".example");
        zone.soaExpire = 7 * 86400;
        zone.signatureValidity = 14 * 86400;
        zone.signer = m.signers[size_t(pick(int(m.signers.size())))].id;
        for (int k = 0; k < 4; ++k) {
            Authority a;
            a.id = id("ns-", z * 4 + k);
            // Every second zone names its servers in the previous zone (out of bailiwick).
            a.hostname = id("ns", k) + u'.' + (z % 2 && z > 0 ? m.zones.back().domain : zone.domain);
            const int cell = pick(cells);
            a.regions = { id("region-", cell) };
            a.paths = { id("path-", cell) };
            a.provider = m.providers[size_t(pick(int(m.providers.size())))].id;
            a.software = k % 2 ? QStringLiteral("nsd") : QStringLiteral("knot");
            a.role = k == 0 ? QStringLiteral("hidden-primary") : QStringLiteral("secondary");
            a.transferFrom = k == 0 ? QString() : id("ns-", z * 4);
            a.dependencies = { id("dep-", pick(cells)) };
            zone.authorities.append(a.id);
            m.authorities.push_back(a);
        }
        m.zones.push_back(zone);
    }
    for (int s = 0; s < services; ++s) {
        Name n;
        n.id = id("name-", s);
        n.fqdn = id("host", s) + u'.' + m.zones[size_t(pick(zones))].domain;
        n.type = QStringLiteral("A");
        m.names.push_back(n);
        Service service;
        service.id = id("service-", s);
        service.names = { n.id };
        if (s > 0 && pick(3) == 0)
            service.services = { id("service-", pick(s)) };
        service.populations = { pop.id };
        m.services.push_back(service);
    }
    return m;
}

void benchScenario(const char* what, const Model& model, std::mt19937& random)
{
    QElapsedTimer timer;
    timer.start();
    const FaultTree tree = FaultTreeBuilder::build(model, 3 * 86400);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const ScenarioEvaluator evaluator(tree);
    std::vector<qint64> nanos;
    for (int i = 0; i < 2001; ++i) {
        const std::vector<int> outage { int(random() % tree.events.size()), int(random() % tree.events.size()) };
        timer.restart();
        const std::vector<bool> failed = evaluator.failedTops(outage);
        nanos.push_back(timer.nsecsElapsed() + (failed.empty() ? 1 : 0));
    }
    std::printf("%s: %zu components, %zu top events, %zu gates; build %.2f ms; one scenario: median %.1f us\n", what,
        tree.events.size(), tree.tops.size(), tree.gates.size(), buildMs, medianMicros(nanos));
}

// The peer of the bit-parallel search: each pair evaluated on its own.
double pairsOneAtATimeSeconds(const FaultTree& tree, int candidates, int sampledFirst)
{
    const ScenarioEvaluator evaluator(tree);
    std::vector<ScenarioEvaluator::Word> values = evaluator.blankValues();
    QElapsedTimer timer;
    timer.start();
    qint64 pairs = 0;
    for (int i = 0; i < sampledFirst; ++i) {
        values[size_t(i)] = 1;
        for (int j = i + 1; j < candidates; ++j, ++pairs) {
            values[size_t(j)] = 1;
            evaluator.evaluate(values);
            values[size_t(j)] = 0;
        }
        values[size_t(i)] = 0;
    }
    const qint64 allPairs = qint64(candidates) * (candidates - 1) / 2;
    return double(timer.nsecsElapsed()) / 1e9 * double(allPairs) / double(pairs);
}

void benchPairs(std::mt19937& random)
{
    const Model model = generate(60, 200, 400, random);
    const FaultTree tree = FaultTreeBuilder::build(model, std::nullopt);
    const int candidates = std::min(1000, int(tree.events.size()));
    CombinationSearch::Options options;
    options.candidates.resize(size_t(candidates));
    std::iota(options.candidates.begin(), options.candidates.end(), 0);
    options.maxOrder = 2;
    NoProgress progress;
    QElapsedTimer timer;
    double seconds[2] = {};
    CombinationSearch::Result result;
    for (int threads : { 1, 2 }) {
        options.threads = threads;
        timer.start();
        result = CombinationSearch::run(tree, options, progress);
        seconds[threads - 1] = double(timer.nsecsElapsed()) / 1e9;
    }
    const double scalar = pairsOneAtATimeSeconds(tree, candidates, 20);
    std::printf("order <= 2 over %d components (%lld combinations, %zu top events, %zu gates):\n", candidates,
        result.combinations, tree.tops.size(), tree.gates.size());
    std::printf("  bit-parallel, 2 threads: %.3f s\n  bit-parallel, 1 thread:  %.3f s (%.2fx)\n", seconds[1],
        seconds[0], seconds[0] / seconds[1]);
    std::printf("  one scenario at a time, 1 thread (extrapolated from 20 first elements): %.2f s (%.1fx)\n", scalar,
        scalar / seconds[1]);
    std::printf("  single points of failure: %zu\n", result.spofs.size());
}

} // namespace

int main(int argc, char** argv)
{
    std::mt19937 random(20261128);
    const QString example = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/global-enterprise.nameplan.json");
    const ModelFile::LoadResult loaded = ModelFile::load(example);
    if (loaded.usable())
        benchScenario("global-enterprise example", loaded.model, random);
    benchScenario("generated estate", generate(40, 80, 200, random), random);
    benchPairs(random);
    return 0;
}
