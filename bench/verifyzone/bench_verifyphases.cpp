// SPDX-License-Identifier: GPL-3.0-or-later
// Where whole-zone verification spends its time, phase by phase, on one signed zone file: the
// companion of bench_verifyzone, for work on the cost above the signature checks (issue 5 item 7:
// parsing, canonical form and hashing must not cost more than a fifth on top of them).
// Each phase is timed alone (wall and this process's CPU time) with the engine's own classes,
// then the whole ZoneVerifier run as `nameplan verify-zone` does it.
//   bench_verifyphases ZONEFILE ORIGIN

#include "nsec3chain.h"
#include "nsecchain.h"
#include "rrsetverifier.h"
#include "verifyprogress.h"
#include "zonecontents.h"
#include "zonekeyset.h"
#include "zonereader.h"
#include "zoneverifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace nameplan;

namespace {
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Runs work once and prints its wall and CPU time.
template <typename Work> void phase(const char* name, Work&& work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    work();
    std::printf("%-34s %8.3f s wall %8.3f s CPU\n", name, double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_verifyphases ZONEFILE ORIGIN\n");
        return 2;
    }
    const auto origin = DnsName::fromText(argv[2]);
    if (!origin)
        return 2;
    ZoneReaderOptions readerOptions;
    readerOptions.origin = *origin;
    QList<ResourceRecord> records;
    bool read = false;
    phase("read (both cores)", [&] {
        ZoneReader reader(readerOptions);
        read = reader.readFile(QString::fromLocal8Bit(argv[1]));
        records = reader.takeRecords();
    });
    if (!read)
        return 1;
    std::optional<ZoneContents> zone;
    QList<ResourceRecord> copy = records; // the index takes its records' contents: a copy of its own,
    copy.detach(); // made before the clock starts
    phase("index (both cores)", [&] { zone.emplace(*origin, std::move(copy), 2); });
    ValidatorConfig config;
    phase("denial chain (one core)", [&] {
        const auto problems
            = zone->set(*origin, rrtype::NSEC3PARAM) ? Nsec3Chain::check(*zone, config) : NsecChain::check(*zone);
        std::printf("  %lld chain problems\n", qlonglong(problems.size()));
    });
    const RrSet* dnskeys = zone->set(*origin, rrtype::DNSKEY);
    if (!dnskeys)
        return 1;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    phase("signatures (one core)", [&] {
        const ZoneKeySet keys(*origin, dnskeys->rdatas, config);
        const RrsetVerifier verifier(keys, config);
        qint64 secure = 0;
        const QList<int> work = zone->signedSets();
        for (qsizetype i = 0; i < work.size(); ++i) {
            if (i + 1 < work.size()) // as ZoneVerifier does
                zone->prefetch(work.at(i + 1));
            const int index = work.at(i);
            secure += verifier.verify(zone->sets().at(index), zone->nameOf(index).rrsigs, now).isSecure();
        }
        std::printf("  %lld secure RRsets\n", secure);
    });
    phase("free the index (in the background)", [&] { zone.reset(); });
    phase("whole ZoneVerifier (both cores)", [&] {
        ZoneVerifier::Options options;
        options.origin = *origin;
        options.now = now;
        NoVerifyProgress progress;
        const ZoneVerifier::Result result = ZoneVerifier::verify(std::move(records), options, progress);
        std::printf("  %s, %lld problems\n", result.verified() ? "verified" : "not verified", result.problemCount);
    });
    return 0;
}
