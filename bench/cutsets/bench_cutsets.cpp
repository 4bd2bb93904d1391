// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal cut sets to order 4 on a generated estate: Nameplan's CutSetFinder against SCRAM 0.16
// on the exported MEF (BDD and ZBDD, the faster counts), in one run; checks that both find
// exactly the same cut sets for every top event and prints the ratio.
#include "cutsetfinder.h"
#include "estategenerator.h"
#include "faulttreebuilder.h"
#include "mefexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamReader>

#include <cstdio>
#include <map>
#include <set>

using namespace nameplan;

namespace {

using Family = std::set<std::set<QString>>;

std::map<QString, Family> scramCutSets(const QByteArray& report)
{
    std::map<QString, Family> tops;
    QXmlStreamReader xml(report);
    Family* current = nullptr;
    std::set<QString> product;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"sum-of-products")
            current = &tops[xml.attributes().value(QLatin1StringView("name")).toString()];
        else if (token == QXmlStreamReader::StartElement && xml.name() == u"product")
            product.clear();
        else if (token == QXmlStreamReader::StartElement && xml.name() == u"basic-event" && current)
            product.insert(xml.attributes().value(QLatin1StringView("name")).toString());
        else if (token == QXmlStreamReader::EndElement && xml.name() == u"product")
            current->insert(product);
        else if (token == QXmlStreamReader::EndElement && xml.name() == u"sum-of-products")
            current = nullptr;
    }
    return tops;
}

// Seconds SCRAM takes (wall clock, process start to exit), and its cut sets.
std::pair<double, std::map<QString, Family>> runScram(const QString& mef, const QString& algorithm, const QString& dir)
{
    const QString report = dir + QStringLiteral("/report-") + algorithm.mid(2) + QStringLiteral(".xml");
    QElapsedTimer timer;
    timer.start();
    QProcess scram;
    scram.start(QStringLiteral("scram"),
        { algorithm, QStringLiteral("--limit-order"), QStringLiteral("4"), QStringLiteral("-o"), report, mef });
    if (!scram.waitForFinished(1'800'000) || scram.exitCode() != 0) {
        std::fprintf(stderr, "scram %s failed: %s\n", qPrintable(algorithm), scram.readAllStandardError().constData());
        std::exit(1);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        std::exit(1);
    return { seconds, scramCutSets(file.readAll()) };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Model model = EstateGenerator::generate(96, 240, 20261128);
    const FaultTree tree = FaultTreeBuilder::build(model, 3 * 86400);
    std::printf("estate: %zu authorities, %zu zones, %zu names, %zu services -> %zu components (basic events), "
                "%zu top events, %zu gates\n",
        model.authorities.size(), model.zones.size(), model.names.size(), model.services.size(), tree.events.size(),
        tree.tops.size(), tree.gates.size());

    // Median of 5 runs, on one core and on all of them, so the split of the work shows.
    NoProgress progress;
    CutSetFinder::Result ours;
    const auto medianSeconds = [&](int threads) {
        CutSetFinder::Options options;
        options.maxOrder = 4;
        options.threads = threads;
        std::vector<double> runs;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            ours = CutSetFinder(tree, options).forAllTops(progress);
            runs.push_back(double(timer.nsecsElapsed()) / 1e9);
        }
        std::ranges::sort(runs);
        return runs[runs.size() / 2];
    };
    const double oneCoreSeconds = medianSeconds(1);
    const double nameplanSeconds = medianSeconds(0);
    std::size_t total = 0;
    for (const CutSetFinder::Family& family : ours.families)
        total += family.cutSets.size();

    std::printf("nameplan: %zu minimal cut sets to order 4 in %.3f s (median of 5, %d cores); %.3f s on one core "
                "(%.2fx speed-up)\n",
        total, nameplanSeconds, QThread::idealThreadCount(), oneCoreSeconds, oneCoreSeconds / nameplanSeconds);
    std::fflush(stdout); // SCRAM takes minutes: show our result now

    QTemporaryDir dir;
    const QString mef = dir.filePath(QStringLiteral("estate.xml"));
    if (!MefExporter::save(mef, tree, model.title).isEmpty())
        return 1;
    const auto [bddSeconds, bddSets] = runScram(mef, QStringLiteral("--bdd"), dir.path());
    const auto [zbddSeconds, zbddSets] = runScram(mef, QStringLiteral("--zbdd"), dir.path());

    const MefExporter::Names names = MefExporter::names(tree);
    int mismatches = 0;
    for (std::size_t t = 0; t < tree.tops.size(); ++t) {
        Family family;
        for (const CutSetFinder::CutSet& set : ours.families[t].cutSets) {
            std::set<QString> named;
            for (int e : set)
                named.insert(names.events[std::size_t(e)]);
            family.insert(named);
        }
        const auto bdd = bddSets.find(names.tops[t]);
        const auto zbdd = zbddSets.find(names.tops[t]);
        if (bdd == bddSets.end() || bdd->second != family || zbdd == zbddSets.end() || zbdd->second != family)
            ++mismatches;
    }
    const double scramSeconds = std::min(bddSeconds, zbddSeconds);
    std::printf("scram --bdd: %.3f s; scram --zbdd: %.3f s\n", bddSeconds, zbddSeconds);
    std::printf("identical cut sets: %s (%d of %zu top events differ)\n", mismatches ? "NO" : "yes", mismatches,
        tree.tops.size());
    std::printf("ratio: nameplan is %.1fx faster than the faster SCRAM run\n", scramSeconds / nameplanSeconds);
    return mismatches ? 1 : 0;
}
