// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include "analyzecommand.h"
#include "checkcommand.h"
#include "drillcommand.h"
#include "exportmefcommand.h"
#include "formatcommand.h"
#include "reportcommand.h"
#include "validatecommand.h"
#include "verifyevidencecommand.h"
#include "verifyzonecommand.h"

#include <array>

namespace nameplan {

namespace {
// One line per command; `nameplan --help` lists them in this order.
const std::array commandTable {
    Command { "validate", "Check a model file; exit 0 when valid, 1 when not", false, &ValidateCommand::run },
    Command { "analyze", "What fails under an outage and why; single points of failure", false, &AnalyzeCommand::run },
    Command { "export-mef", "Write the fault tree as Open-PSA MEF for SCRAM", false, &ExportMefCommand::run },
    Command { "check", "Ask every authority of a zone directly: reachability, lameness, serials, NS, glue", false,
        &CheckCommand::run },
    Command { "drill", "Failover drill: ask only the authorities that survive an outage, compare with the model", false,
        &DrillCommand::run },
    Command { "format", "Rewrite a model file in canonical form", false, &FormatCommand::run },
    Command { "report", "Write the evidence report (PDF, JSON bundle, signatures)", true, &ReportCommand::run },
    Command {
        "verify-evidence", "Check signed evidence and the model hash it records", false, &VerifyEvidenceCommand::run },
    Command {
        "verify-zone", "Verify every RRSIG and the NSEC/NSEC3 chain of a signed zone", false, &VerifyZoneCommand::run },
};
} // namespace

std::span<const Command> CommandRegistry::commands()
{
    return commandTable;
}

const Command* CommandRegistry::find(QStringView name)
{
    for (const Command& command : commandTable) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace nameplan
