// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneverifier.h"

#include "dnskeyvalidator.h"
#include "nsec3chain.h"
#include "nsecchain.h"
#include "rrsetverifier.h"
#include "verifyprogress.h"
#include "zonekeyset.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace nameplan {

namespace {
struct Shared {
    const ZoneContents& zone;
    const QList<int>& work;
    const QList<QByteArray>& dnskeys;
    const ValidatorConfig& config;
    qint64 now;
    VerifyProgress& progress;
    std::atomic<qsizetype> next { 0 };
    std::atomic<qint64> done { 0 };
    std::mutex mutex;
    QList<Verdict> problems;
    qint64 secure = 0;
    std::optional<qint64> validUntil;
};

constexpr qsizetype chunkSize = 256;

// One thread's share: chunks taken from a common counter, so both cores stay busy until the end.
void verifyChunks(Shared& shared)
{
    // Each thread has keys of its own, down to the zone name's octets: every verdict copies that
    // name, and a copy shared by both cores is a reference count they would fight over.
    const ZoneKeySet keys(*DnsName::fromWire(shared.zone.origin().wire()), shared.dnskeys, shared.config);
    const RrsetVerifier verifier(keys, shared.config);
    QList<Verdict> problems;
    qint64 secure = 0;
    std::optional<qint64> validUntil;
    while (!shared.progress.isCanceled()) {
        const qsizetype begin = shared.next.fetch_add(chunkSize);
        if (begin >= shared.work.size())
            break;
        const qsizetype end = std::min(begin + chunkSize, shared.work.size());
        for (qsizetype i = begin; i < end; ++i) {
            if (i + 1 < end)
                shared.zone.prefetch(shared.work.at(i + 1));
            const RrSet& set = shared.zone.sets().at(shared.work.at(i));
            const Verdict verdict = verifier.verify(set, shared.zone.nameOf(shared.work.at(i)).rrsigs, shared.now);
            if (verdict.isSecure()) {
                ++secure;
                if (verdict.validUntil && (!validUntil || *verdict.validUntil < *validUntil))
                    validUntil = verdict.validUntil;
            } else {
                problems.append(verdict);
            }
        }
        shared.progress.setProgress(shared.done += end - begin, shared.work.size());
    }
    const std::lock_guard lock(shared.mutex);
    shared.problems += problems;
    shared.secure += secure;
    if (validUntil && (!shared.validUntil || *validUntil < *shared.validUntil))
        shared.validUntil = validUntil;
}

Verdict judgeKeys(const ZoneContents& zone, const RrSet& dnskeys, const ZoneVerifier::Options& options)
{
    const QList<QByteArray>& rrsigs = zone.find(zone.origin())->rrsigs;
    if (!options.anchors) {
        const ZoneKeySet keys(zone.origin(), dnskeys.rdatas, options.config);
        return RrsetVerifier(keys, options.config).verify(dnskeys, rrsigs, options.now);
    }
    return DnskeyValidator::validate(dnskeys, rrsigs, options.anchors->rdatas(zone.origin(), rrtype::DS),
        options.anchors->rdatas(zone.origin(), rrtype::DNSKEY), options.now, options.config);
}

QList<Verdict> checkDenial(const ZoneContents& zone, const ValidatorConfig& config, QString& kind)
{
    if (zone.set(zone.origin(), rrtype::NSEC3PARAM)) {
        kind = QStringLiteral("nsec3");
        return Nsec3Chain::check(zone, config);
    }
    if (zone.set(zone.origin(), rrtype::NSEC)) {
        kind = QStringLiteral("nsec");
        return NsecChain::check(zone);
    }
    kind = QStringLiteral("none");
    return { Verdict::make(Verdict::Status::Bogus, Verdict::Reason::NsecMissing, zone.origin(), 0, zone.origin(),
        QStringLiteral("neither NSEC nor NSEC3PARAM at the apex")) };
}

void addProblems(ZoneVerifier::Result& result, QList<Verdict> problems, int maxProblems)
{
    std::stable_sort(problems.begin(), problems.end(),
        [](const Verdict& a, const Verdict& b) { return DnsName::canonicalLess(a.owner, b.owner); });
    result.problemCount += problems.size();
    for (const Verdict& problem : std::as_const(problems)) {
        result.overall = Verdict::worse(result.overall, problem);
        if (result.problems.size() < maxProblems)
            result.problems.append(problem);
    }
}

ZoneVerifier::Result unsignedZone(const ZoneContents& zone)
{
    ZoneVerifier::Result result;
    const bool anySignature = std::any_of(
        zone.names().begin(), zone.names().end(), [](const ZoneContents::Name& n) { return !n.rrsigs.isEmpty(); });
    result.keys = anySignature
        ? Verdict::make(Verdict::Status::Bogus, Verdict::Reason::DnskeyMissing, zone.origin(), rrtype::DNSKEY,
            zone.origin(), QStringLiteral("RRSIGs but no DNSKEY RRset at the apex"))
        : Verdict::make(Verdict::Status::Insecure, Verdict::Reason::UnsignedZone, zone.origin(), rrtype::DNSKEY,
            zone.origin(), QStringLiteral("no DNSKEY RRset at the apex: the zone is not signed"));
    result.overall = result.keys;
    result.denial = QStringLiteral("none");
    return result;
}
} // namespace

ZoneVerifier::Result ZoneVerifier::verify(
    QList<ResourceRecord> records, const Options& options, VerifyProgress& progress)
{
    const ZoneContents zone(options.origin, std::move(records), options.threads, options.splitRecords);
    const RrSet* dnskeys = zone.set(zone.origin(), rrtype::DNSKEY);
    if (!dnskeys) {
        Result result = unsignedZone(zone);
        result.outOfZone = zone.outOfZone();
        return result;
    }
    Result result;
    result.outOfZone = zone.outOfZone();
    result.anchored = options.anchors.has_value();
    result.keys = judgeKeys(zone, *dnskeys, options);
    result.overall = Verdict::secure(zone.origin(), 0, zone.origin());
    if (!result.keys.isSecure())
        addProblems(result, { result.keys }, options.maxProblems);

    const ZoneKeySet keys(zone.origin(), dnskeys->rdatas, options.config);
    const QList<int> work = zone.signedSets();
    result.rrsets = work.size();
    if (keys.truncated()) {
        // A DNSKEY set past maxDnskeys is not judged (KeyTrap), and so is nothing it would sign:
        // judging by the first keys would make every verdict depend on the order of the keys.
        result.denial = QStringLiteral("none");
        return result;
    }
    Shared shared { zone, work, dnskeys->rdatas, options.config, options.now, progress, {}, {}, {}, {}, 0, {} };
    // The chain check needs no signature verdict: the first helper does it first and then
    // takes chunks, so that it costs no time of its own when there are two cores.
    QList<Verdict> denial;
    QString denialKind;
    const auto checkChain = [&] { denial = checkDenial(zone, options.config, denialKind); };
    std::vector<std::thread> helpers;
    for (int i = 1; i < std::max(1, options.threads); ++i) {
        helpers.emplace_back([&shared, &checkChain, first = i == 1] {
            if (first)
                checkChain();
            verifyChunks(shared);
        });
    }
    if (helpers.empty())
        checkChain();
    verifyChunks(shared);
    for (std::thread& helper : helpers)
        helper.join();

    result.secureRrsets = shared.secure;
    result.validUntil = shared.validUntil;
    addProblems(result, shared.problems, options.maxProblems);
    if (progress.isCanceled()) {
        result.overall = Verdict::make(Verdict::Status::Indeterminate, Verdict::Reason::Canceled, zone.origin(), 0,
            zone.origin(), QStringLiteral("verification canceled"));
        return result;
    }
    result.denial = denialKind;
    addProblems(result, denial, options.maxProblems);
    if (!result.overall.isSecure() && result.overall.message.isEmpty())
        result.overall.message = QStringLiteral("%1 problems").arg(result.problemCount);
    return result;
}

} // namespace nameplan
