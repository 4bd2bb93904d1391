// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingkind.h"

#include <QStringList>

namespace nameplan {

class Model;

// Which controls (NIST CSF 2.0, NIST SP 800-207) each kind of finding is tied to. Nameplan
// ships defaults; a model's `control_mapping` overrides them kind by kind, because which
// control a finding belongs to is the reviewer's judgement, not the tool's.
class ControlCatalogue {
public:
    struct Mapping {
        FindingKind kind = FindingKind::SinglePointOfFailure;
        QStringList controls; // empty: deliberately not mapped
        QString note;
        bool fromModel = false; // false: the built-in default

        bool operator==(const Mapping&) const = default;
    };

    static Mapping builtIn(FindingKind kind);
    // The model's entry for the kind when it has one (the first, should the file repeat it),
    // else the built-in default.
    static Mapping effective(const Model& model, FindingKind kind);
};

} // namespace nameplan
