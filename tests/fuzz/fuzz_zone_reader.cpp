// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the zone-file reader. Invariants checked (abort on violation): the records read,
// printed one per line and read again, come back identical (owner, type, class, TTL, RDATA);
// reading in parts on several threads gives the same records and error as reading in one go.
#include "zonereader.h"

#include <cstdint>
#include <cstdlib>

using namespace nameplan;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

ZoneReaderOptions options(int threads = 1)
{
    ZoneReaderOptions o;
    o.origin = *DnsName::fromText("example.");
    o.maxRecords = 5000; // keeps each input fast; the limit itself is exercised too
    o.threads = threads;
    o.splitBytes = 1;
    return o;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ZoneReader reader(options());
    reader.readBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (reader.error())
        reader.error()->toString();

    QByteArray printed;
    for (const ResourceRecord& rr : reader.records()) {
        rr.appendText(printed);
        printed.append('\n');
    }
    ZoneReader parts(options(3));
    parts.readBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    check(parts.records() == reader.records());
    check(parts.error().has_value() == reader.error().has_value());
    check(!parts.error() || parts.error()->toString() == reader.error()->toString());

    ZoneReader again(options());
    check(again.readBytes(printed));
    check(again.records() == reader.records());
    return 0;
}
