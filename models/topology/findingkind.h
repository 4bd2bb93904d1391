// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace nameplan {

// Every kind of finding the evidence report ties to controls. The ids name a kind in the
// model file's `control_mapping` and in the JSON bundle: they are a public contract and never
// change; a new kind gets a new id.
enum class FindingKind {
    SinglePointOfFailure,
    CommonMode,
    DnssecSigned,
    ScenarioFailure,
};

inline constexpr std::array allFindingKinds {
    FindingKind::SinglePointOfFailure,
    FindingKind::CommonMode,
    FindingKind::DnssecSigned,
    FindingKind::ScenarioFailure,
};

inline constexpr int findingKindCount = int(allFindingKinds.size());

// "spof", "common-mode", "dnssec-signed", "scenario-failure".
QString findingKindId(FindingKind kind);
// For people: "Single point of failure".
QString findingKindTitle(FindingKind kind);
std::optional<FindingKind> findingKindFromId(QStringView id);
// "spof, common-mode, …": what a message lists as the valid ids.
QString findingKindIdList();

} // namespace nameplan
