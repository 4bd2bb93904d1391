// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlcatalogue.h"

#include "model.h"

namespace nameplan {

ControlCatalogue::Mapping ControlCatalogue::builtIn(FindingKind kind)
{
    const QString resilience = QStringLiteral("NIST CSF 2.0 PR.IR-03 (resilience mechanisms)");
    switch (kind) {
    case FindingKind::SinglePointOfFailure:
        return { kind,
            { resilience, QStringLiteral("NIST CSF 2.0 ID.RA-04 (impacts of threats)"),
                QStringLiteral("NIST SP 800-207 §2.1 (policy decisions need resolvable endpoints)") },
            {}, false };
    case FindingKind::CommonMode:
        return { kind, { resilience, QStringLiteral("NIST CSF 2.0 GV.SC-07 (supplier risks)") }, {}, false };
    case FindingKind::DnssecSigned:
        return { kind, { QStringLiteral("NIST CSF 2.0 PR.DS-02 (integrity of data in transit)") }, {}, false };
    case FindingKind::ScenarioFailure:
        break; // returned below, so that the compiler sees a return on every path
    }
    return { kind, { QStringLiteral("NIST CSF 2.0 RC.RP-01 (recovery plan executed)") }, {}, false };
}

ControlCatalogue::Mapping ControlCatalogue::effective(const Model& model, FindingKind kind)
{
    const QString id = findingKindId(kind);
    for (const ControlMappingEntry& entry : model.controlMapping) {
        if (entry.finding == id)
            return { kind, entry.controls, entry.note, true };
    }
    return builtIn(kind);
}

} // namespace nameplan
