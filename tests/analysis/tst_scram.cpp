// SPDX-License-Identifier: GPL-3.0-or-later
// The SCRAM cross-check: export the fault tree as Open-PSA MEF, let SCRAM 0.16 (an independent
// PSA tool) compute minimal cut sets, exact (BDD) probabilities and importance factors, and
// assert that Nameplan finds the same.
//
// SCRAM writes numbers with 6 significant digits, so its printed values can only be compared to
// that precision. The 1e-9 check is made against the exact probability of the union of SCRAM's
// own cut sets, computed here by an independent Shannon expansion over the sets: SCRAM's
// structure, exact arithmetic.
#include "cutsetfinder.h"
#include "faulttreebuilder.h"
#include "faulttreefixture.h"
#include "mefexporter.h"
#include "modelfile.h"
#include "probabilityanalysis.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <map>
#include <set>

using namespace nameplan;

namespace {

using NameSet = std::set<QString>;
using Family = std::set<NameSet>;

struct ScramImportance {
    double mif = 0, cif = 0, raw = 0, rrw = 0;
};

struct ScramTop {
    Family cutSets;
    double probability = -1;
    std::map<QString, ScramImportance> importance;
};

double attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1StringView(name)).toDouble();
}

// <sum-of-products name=TOP probability=P><product><basic-event name=E/>...</product>...
// and <importance name=TOP><basic-event name=E MIF= CIF= RAW= RRW=/>...
std::map<QString, ScramTop> parseReport(const QByteArray& report)
{
    std::map<QString, ScramTop> tops;
    QXmlStreamReader xml(report);
    ScramTop* current = nullptr;
    NameSet product;
    bool inResults = false, inProduct = false, inImportance = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView element = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (element == u"results") {
                inResults = true; // <performance> above has <importance> timings too
            } else if (inResults && (element == u"sum-of-products" || element == u"importance")) {
                current = &tops[xml.attributes().value(QLatin1StringView("name")).toString()];
                inImportance = element == u"importance";
                if (!inImportance)
                    current->probability = attribute(xml, "probability");
            } else if (element == u"product") {
                product.clear();
                inProduct = true;
            } else if (element == u"basic-event" && current && inProduct) {
                product.insert(xml.attributes().value(QLatin1StringView("name")).toString());
            } else if (element == u"basic-event" && current && inImportance) {
                current->importance[xml.attributes().value(QLatin1StringView("name")).toString()]
                    = { attribute(xml, "MIF"), attribute(xml, "CIF"), attribute(xml, "RAW"), attribute(xml, "RRW") };
            }
        } else if (token == QXmlStreamReader::EndElement && element == u"product") {
            current->cutSets.insert(product);
            inProduct = false;
        }
    }
    if (xml.hasError())
        qFatal("SCRAM report: %s", qPrintable(xml.errorString()));
    return tops;
}

// P(union of the sets) for independent events: Shannon expansion on the most frequent event,
// memoised on the family. Independent of Nameplan's BDD; events are numbered here.
class UnionProbability {
public:
    using Set = std::vector<int>;
    using Sets = std::vector<Set>; // sorted, minimal

    explicit UnionProbability(const std::map<QString, double>& p)
    {
        for (const auto& [name, probability] : p) {
            m_number.emplace(name, int(m_p.size()));
            m_p.push_back(probability);
        }
    }

    double operator()(const Family& family)
    {
        Sets sets;
        for (const NameSet& named : family) {
            Set set;
            for (const QString& name : named)
                set.push_back(m_number.at(name));
            std::ranges::sort(set);
            sets.push_back(set);
        }
        return probability(minimal(std::move(sets)));
    }

private:
    double probability(const Sets& sets)
    {
        if (sets.empty())
            return 0;
        if (sets.front().empty())
            return 1;
        if (const auto it = m_memo.find(sets); it != m_memo.end())
            return it->second;
        std::map<int, int> count;
        for (const Set& set : sets) {
            for (int e : set)
                ++count[e];
        }
        const int pivot = std::ranges::max_element(count, {}, [](const auto& c) { return c.second; })->first;
        Sets failed, working;
        for (const Set& set : sets) {
            Set rest;
            std::ranges::copy_if(set, std::back_inserter(rest), [pivot](int e) { return e != pivot; });
            if (rest.size() == set.size())
                working.push_back(set);
            failed.push_back(std::move(rest));
        }
        const double q = m_p[std::size_t(pivot)];
        const double result = q * probability(minimal(std::move(failed))) + (1 - q) * probability(working);
        m_memo.emplace(sets, result);
        return result;
    }

    static Sets minimal(Sets sets)
    {
        std::ranges::sort(
            sets, [](const Set& a, const Set& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
        sets.erase(std::unique(sets.begin(), sets.end()), sets.end());
        Sets out;
        for (Set& set : sets) {
            const bool covered
                = std::ranges::any_of(out, [&set](const Set& kept) { return std::ranges::includes(set, kept); });
            if (!covered)
                out.push_back(std::move(set));
        }
        return out;
    }

    std::map<QString, int> m_number;
    std::vector<double> m_p;
    std::map<Sets, double> m_memo;
};

// SCRAM prints 6 significant digits: its value is ours rounded, within half a unit of the last.
// `slack` admits rounding in differences of probabilities near 1 (Birnbaum = P1 - P0), which
// both tools compute in double precision.
bool agreesToPrintedPrecision(double scram, double ours, double slack = 0)
{
    return std::abs(scram - ours) <= 5e-6 * std::abs(ours) + slack + 1e-300;
}

FaultTree handBuiltTree()
{
    FaultTreeFixture f;
    const auto a = f.event(0.0123456789), b = f.event(0.2718281828), c = f.event(3.14159e-4);
    const auto d = f.event(0.5), unknown = f.eventWithoutData();
    const auto shared = f.andGate({ f.orGate({ a, b }), f.orGate({ a, c }) });
    f.top(shared);
    f.top(f.orGate({ f.andGate({ a, b }), f.andGate({ a, c }), f.andGate({ b, c }) }));
    f.top(f.orGate({ shared, d, FaultTreeFixture::working() }));
    f.top(f.andGate({ shared, FaultTreeFixture::failed(), unknown, d }));
    f.top(f.orGate({ c, FaultTreeFixture::failed() }));
    f.top(f.andGate({ d, FaultTreeFixture::working() }));
    f.top(f.orGate({}));
    f.top(b);
    return f.tree;
}

} // namespace

class TestScram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_scram = QStandardPaths::findExecutable(QStringLiteral("scram"));
        QVERIFY2(!m_scram.isEmpty(), "scram (Debian package scram) must be installed for the cross-check");
    }

    void sameAsScram_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("duration");
        QTest::addRow("hand-built tree") << QString() << QString();
        const QString examples = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/");
        QTest::addRow("acme-identity") << examples + QStringLiteral("acme-identity.nameplan.json") << QString();
        QTest::addRow("acme-identity, 3 days")
            << examples + QStringLiteral("acme-identity.nameplan.json") << QStringLiteral("259200");
        QTest::addRow("global-enterprise") << examples + QStringLiteral("global-enterprise.nameplan.json") << QString();
    }

    void sameAsScram()
    {
        QFETCH(QString, model);
        QFETCH(QString, duration);
        FaultTree tree = handBuiltTree();
        if (!model.isEmpty()) {
            const ModelFile::LoadResult loaded = ModelFile::load(model);
            QVERIFY2(loaded.usable(), qPrintable(model));
            tree = FaultTreeBuilder::build(
                loaded.model, duration.isEmpty() ? std::nullopt : std::optional<qint64>(duration.toLongLong()));
        }
        QVERIFY(!tree.tops.empty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mef = dir.filePath(QStringLiteral("tree.xml"));
        const QString report = dir.filePath(QStringLiteral("report.xml"));
        QCOMPARE(MefExporter::save(mef, tree, QStringLiteral("cross-check")), QString());
        QProcess scram;
        scram.setProcessChannelMode(QProcess::MergedChannels);
        scram.start(m_scram,
            { QStringLiteral("--bdd"), QStringLiteral("--probability"), QStringLiteral("1"),
                QStringLiteral("--importance"), QStringLiteral("1"), QStringLiteral("--limit-order"),
                QStringLiteral("1000"), QStringLiteral("-o"), report, mef });
        QVERIFY(scram.waitForFinished(90'000));
        QVERIFY2(scram.exitStatus() == QProcess::NormalExit && scram.exitCode() == 0, scram.readAll().constData());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::map<QString, ScramTop> scramTops = parseReport(file.readAll());

        const MefExporter::Names names = MefExporter::names(tree);
        std::map<QString, double> probabilities;
        for (std::size_t e = 0; e < tree.events.size(); ++e)
            probabilities[names.events[e]] = tree.events[e].unavailability.value_or(0.0);
        UnionProbability unionProbability(probabilities);
        NoProgress progress;
        const CutSetFinder::Result cuts = CutSetFinder(tree).forAllTops(progress);
        QCOMPARE(cuts.status, CutSetFinder::Status::Done);
        ProbabilityAnalysis analysis(tree);
        QCOMPARE(scramTops.size(), tree.tops.size());
        for (std::size_t t = 0; t < tree.tops.size(); ++t) {
            const QString top = names.tops[t];
            QVERIFY2(scramTops.contains(top), qPrintable(top));
            const ScramTop& theirs = scramTops.at(top);
            QVERIFY(!cuts.families[t].truncated);
            Family ours;
            for (const CutSetFinder::CutSet& set : cuts.families[t].cutSets) {
                NameSet named;
                for (int e : set)
                    named.insert(names.events[std::size_t(e)]);
                ours.insert(named);
            }
            QVERIFY2(ours == theirs.cutSets, qPrintable(top));

            const ProbabilityAnalysis::TopResult result = analysis.analyze(int(t));
            const double exactFromScramSets = unionProbability(theirs.cutSets);
            QVERIFY2(std::abs(result.unavailability - exactFromScramSets) <= 1e-9 * exactFromScramSets,
                qPrintable(QStringLiteral("%1: %2 vs %3")
                               .arg(top)
                               .arg(result.unavailability, 0, 'g', 17)
                               .arg(exactFromScramSets, 0, 'g', 17)));
            QVERIFY2(agreesToPrintedPrecision(theirs.probability, result.unavailability),
                qPrintable(QStringLiteral("%1: %2 vs SCRAM %3")
                               .arg(top)
                               .arg(result.unavailability, 0, 'g', 17)
                               .arg(theirs.probability)));
            compareImportance(names, result, theirs, top);
        }
    }

private:
    static void compareImportance(const MefExporter::Names& names, const ProbabilityAnalysis::TopResult& result,
        const ScramTop& theirs, const QString& top)
    {
        for (const ProbabilityAnalysis::Importance& importance : result.importance) {
            const QString event = names.events[std::size_t(importance.event)];
            if (!theirs.importance.contains(event))
                continue; // SCRAM lists only events in products; ours include events with p = 0 effects
            const ScramImportance& s = theirs.importance.at(event);
            const QString where = top + QLatin1Char('/') + event;
            QVERIFY2(agreesToPrintedPrecision(s.mif, importance.birnbaum, 1e-12),
                qPrintable(where + QStringLiteral(": %1 vs SCRAM %2").arg(importance.birnbaum).arg(s.mif)));
            QVERIFY2(agreesToPrintedPrecision(
                         s.cif, importance.fussellVesely, 1e-12 / std::max(result.unavailability, 1e-300)),
                qPrintable(where + QStringLiteral(": %1 vs SCRAM %2").arg(importance.fussellVesely).arg(s.cif)));
            if (importance.riskAchievementWorth)
                QVERIFY2(agreesToPrintedPrecision(s.raw, *importance.riskAchievementWorth), qPrintable(where));
            if (importance.riskReductionWorth)
                QVERIFY2(agreesToPrintedPrecision(s.rrw, *importance.riskReductionWorth), qPrintable(where));
        }
    }

    QString m_scram;
};

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
