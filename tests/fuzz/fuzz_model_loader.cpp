// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the model loader (a *.nameplan.json file is something a user opens, not something
// Nameplan wrote). Invariants checked (abort on violation): a file the loader accepts is written
// canonically, that text loads again, and writing it once more gives the same bytes; the fault
// tree of every accepted model can be built, with and without an outage duration.
#include "faulttreebuilder.h"
#include "modelfile.h"
#include "modelwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace nameplan;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ModelFile::LoadResult loaded
        = ModelFile::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    for (const Problem& problem : loaded.problems)
        check(!problem.message.isEmpty());
    if (!loaded.usable())
        return 0;

    const QByteArray canonical = ModelWriter::write(loaded.model);
    const ModelFile::LoadResult again = ModelFile::parse(canonical);
    check(again.usable());
    check(ModelWriter::write(again.model) == canonical);

    FaultTreeBuilder::build(loaded.model, std::nullopt);
    FaultTreeBuilder::build(loaded.model, 3600);
    return 0;
}
