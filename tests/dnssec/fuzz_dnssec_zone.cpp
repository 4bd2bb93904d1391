// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the validator's input: a zone (text) verified at a fixed time against its own keys.
// Invariants (abort on violation): the verdict is consistent with
// the counts (secure means no problem and every RRset secure), and one thread and two threads
// reach the same verdict (the split over cores, of the index as well as of the signature
// checks, must not change the judgement).
#include "verifyprogress.h"
#include "zonereader.h"
#include "zoneverifier.h"

#include <cstdint>
#include <cstdlib>

using namespace nameplan;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

ZoneVerifier::Result run(const QList<ResourceRecord>& records, int threads)
{
    ZoneVerifier::Options options;
    options.origin = *DnsName::fromText("example.");
    options.now = 1767225600; // 2026-01-01: inside the corpus zones' signature windows
    options.threads = threads;
    options.splitRecords = 1;
    NoVerifyProgress progress;
    return ZoneVerifier::verify(records, options, progress);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ZoneReaderOptions readerOptions;
    readerOptions.origin = *DnsName::fromText("example.");
    readerOptions.maxRecords = 2000;
    ZoneReader reader(readerOptions);
    reader.readBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    const ZoneVerifier::Result one = run(reader.records(), 1);
    const ZoneVerifier::Result two = run(reader.records(), 2);
    check(one.overall.status == two.overall.status && one.problemCount == two.problemCount);
    check(one.rrsets == two.rrsets && one.secureRrsets == two.secureRrsets);
    if (one.verified())
        check(one.problemCount == 0 && one.secureRrsets == one.rrsets);
    else
        check(one.problemCount > 0 || one.keys.status != Verdict::Status::Secure);
    return 0;
}
