// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationsearch.h"

#include "scenarioevaluator.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <numeric>
#include <thread>

namespace nameplan {

namespace {

using Word = ScenarioEvaluator::Word;
constexpr int wordBits = 64;

qint64 binomial(qint64 n, int k)
{
    qint64 result = 1;
    for (int i = 1; i <= k; ++i) {
        if (result > (qint64(1) << 52) / std::max<qint64>(n - i + 1, 1))
            return qint64(1) << 52; // far beyond anything searchable: progress only
        result = result * (n - i + 1) / i;
    }
    return result;
}

// All ascending position tuples of the given length over n candidates.
std::vector<std::vector<int>> prefixes(int n, int length)
{
    std::vector<std::vector<int>> all;
    std::vector<int> current(static_cast<size_t>(length));
    std::iota(current.begin(), current.end(), 0);
    if (length > n)
        return all;
    while (true) {
        all.push_back(current);
        int i = length - 1;
        while (i >= 0 && current[size_t(i)] == n - length + i)
            --i;
        if (i < 0)
            return all;
        ++current[size_t(i)];
        for (int j = i + 1; j < length; ++j)
            current[size_t(j)] = current[size_t(j) - 1] + 1;
    }
}

// What one thread finds for one order; merged by the caller.
struct Partial {
    std::vector<qint64> histogram;
    std::vector<unsigned char> heatMap;
    // Per top, the first failing combination in enumeration order: (prefix, position).
    std::vector<std::pair<qint64, int>> firstFailure;
};

struct OrderJob {
    const ScenarioEvaluator& evaluator;
    const std::vector<int>& candidates;
    const std::vector<int>& topSlots;
    const std::vector<std::vector<int>>& prefixes;
    std::atomic<qint64>& nextPrefix;
    std::atomic<qint64>& done;
    qint64 total;
    ProgressSink& progress;
    std::atomic<bool>& canceled;

    void run(Partial& partial) const;
    void evaluateBatch(std::vector<Word>& values, int begin, int count, qint64 prefixIndex, Partial& partial) const;
};

void OrderJob::run(Partial& partial) const
{
    std::vector<Word> values = evaluator.blankValues();
    const int n = int(candidates.size());
    for (qint64 p = nextPrefix++; p < qint64(prefixes.size()); p = nextPrefix++) {
        const std::vector<int>& prefix = prefixes[size_t(p)];
        for (int position : prefix)
            values[size_t(candidates[size_t(position)])] = ~Word(0);
        const int start = prefix.empty() ? 0 : prefix.back() + 1;
        for (int begin = start; begin < n && !canceled; begin += wordBits) {
            evaluateBatch(values, begin, std::min(wordBits, n - begin), p, partial);
            canceled = canceled || progress.isCanceled();
        }
        for (int position : prefix)
            values[size_t(candidates[size_t(position)])] = 0;
        progress.setProgress(done += std::max(n - start, 0), total);
        if (canceled)
            return;
    }
}

void OrderJob::evaluateBatch(
    std::vector<Word>& values, int begin, int count, qint64 prefixIndex, Partial& partial) const
{
    // Scenario j of the word adds candidate begin + j to the prefix.
    for (int j = 0; j < count; ++j)
        values[size_t(candidates[size_t(begin + j)])] |= Word(1) << j;
    evaluator.evaluate(values);
    const Word mask = count == wordBits ? ~Word(0) : (Word(1) << count) - 1;
    int failed[wordBits] = {};
    const bool single = prefixes[size_t(prefixIndex)].empty();
    const size_t n = candidates.size();
    for (size_t t = 0; t < topSlots.size(); ++t) {
        Word w = values[size_t(topSlots[t])] & mask;
        if (w && partial.firstFailure[t].first < 0)
            partial.firstFailure[t] = { prefixIndex, begin + std::countr_zero(w) };
        for (; w; w &= w - 1) {
            const int j = std::countr_zero(w);
            ++failed[j];
            if (single)
                partial.heatMap[t * n + size_t(begin + j)] = 1;
        }
    }
    for (int j = 0; j < count; ++j) {
        ++partial.histogram[size_t(failed[j])];
        values[size_t(candidates[size_t(begin + j)])] = 0;
    }
}

} // namespace

double CombinationSearch::Result::survival(int k) const
{
    if (k < 0 || k >= int(failedTopHistogram.size()))
        return 0.0;
    const std::vector<qint64>& row = failedTopHistogram[size_t(k)];
    const double tops = double(row.size() - 1);
    double combinations = 0.0;
    double working = 0.0;
    for (size_t f = 0; f < row.size(); ++f) {
        combinations += double(row[f]);
        working += double(row[f]) * (tops - double(f));
    }
    return combinations > 0 && tops > 0 ? working / (combinations * tops) : 1.0;
}

CombinationSearch::Result CombinationSearch::run(const FaultTree& tree, const Options& options, ProgressSink& progress)
{
    const ScenarioEvaluator evaluator(tree);
    Result result;
    result.candidates = options.candidates;
    if (result.candidates.empty()) {
        result.candidates.resize(tree.events.size());
        std::iota(result.candidates.begin(), result.candidates.end(), 0);
    }
    result.maxOrder = std::max(1, options.maxOrder);
    const int n = int(result.candidates.size());
    const size_t tops = tree.tops.size();
    std::vector<int> topSlots;
    for (const FaultTree::TopEvent& top : tree.tops)
        topSlots.push_back(evaluator.slotOf(top.root));
    result.heatMap.assign(tops * size_t(n), 0);
    result.spofsPerTop.resize(tops);
    result.smallestCut.assign(tops, -1);
    result.smallestCutExample.resize(tops);

    qint64 total = 0;
    for (int k = 1; k <= result.maxOrder; ++k)
        total += binomial(n, k);
    std::atomic<qint64> done { 0 };
    std::atomic<bool> canceled { false };
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));

    // Order 0: what fails with nothing out (a modelling error such as a cycle without glue).
    std::vector<Word> values = evaluator.blankValues();
    evaluator.evaluate(values);
    result.failedTopHistogram.assign(1, std::vector<qint64>(tops + 1, 0));
    int failedAtZero = 0;
    for (size_t t = 0; t < tops; ++t) {
        if (values[size_t(topSlots[t])] & 1) {
            result.smallestCut[t] = 0;
            ++failedAtZero;
        }
    }
    ++result.failedTopHistogram[0][size_t(failedAtZero)];
    result.combinations = 1;

    for (int k = 1; k <= result.maxOrder && !canceled; ++k) {
        const std::vector<std::vector<int>> orderPrefixes = prefixes(n, k - 1);
        std::atomic<qint64> nextPrefix { 0 };
        const OrderJob job { evaluator, result.candidates, topSlots, orderPrefixes, nextPrefix, done, total, progress,
            canceled };
        std::vector<Partial> partials(size_t(threads),
            Partial { std::vector<qint64>(tops + 1, 0), std::vector<unsigned char>(k == 1 ? tops * size_t(n) : 0, 0),
                std::vector<std::pair<qint64, int>>(tops, { -1, 0 }) });
        std::vector<std::thread> workers;
        for (int i = 1; i < threads; ++i)
            workers.emplace_back([&job, &partials, i] { job.run(partials[size_t(i)]); });
        job.run(partials[0]);
        for (std::thread& worker : workers)
            worker.join();

        std::vector<qint64> histogram(tops + 1, 0);
        for (const Partial& partial : partials) {
            for (size_t f = 0; f <= tops; ++f)
                histogram[f] += partial.histogram[f];
            for (size_t i = 0; i < partial.heatMap.size(); ++i)
                result.heatMap[i] |= partial.heatMap[i];
        }
        result.combinations += std::accumulate(histogram.begin(), histogram.end(), qint64(0));
        result.failedTopHistogram.push_back(std::move(histogram));
        for (size_t t = 0; t < tops; ++t) {
            if (result.smallestCut[t] >= 0)
                continue;
            std::pair<qint64, int> first { -1, 0 };
            for (const Partial& partial : partials) {
                const auto candidate = partial.firstFailure[t];
                if (candidate.first >= 0 && (first.first < 0 || candidate < first))
                    first = candidate;
            }
            if (first.first < 0)
                continue;
            result.smallestCut[t] = k;
            for (int position : orderPrefixes[size_t(first.first)])
                result.smallestCutExample[t].push_back(result.candidates[size_t(position)]);
            result.smallestCutExample[t].push_back(result.candidates[size_t(first.second)]);
        }
    }
    result.canceled = canceled;
    for (size_t t = 0; t < tops; ++t) {
        if (result.smallestCut[t] == 0) { // fails anyway: no single outage is its cause
            std::fill_n(result.heatMap.begin() + qsizetype(t * size_t(n)), n, 0);
            continue;
        }
        for (int c = 0; c < n; ++c) {
            if (result.heatMap[t * size_t(n) + size_t(c)])
                result.spofsPerTop[t].push_back(result.candidates[size_t(c)]);
        }
        result.spofs.insert(result.spofs.end(), result.spofsPerTop[t].begin(), result.spofsPerTop[t].end());
    }
    std::sort(result.spofs.begin(), result.spofs.end());
    result.spofs.erase(std::unique(result.spofs.begin(), result.spofs.end()), result.spofs.end());
    return result;
}

} // namespace nameplan
