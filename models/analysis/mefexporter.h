// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faulttree.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace nameplan {

// Writes a FaultTree as an Open-PSA Model Exchange Format 2.0 fault tree that SCRAM 0.16 reads.
//
// One top gate per top event (service and population) that only passes its root through, so
// that every top is a gate nothing else references and SCRAM analyses each one even when one
// service's tree is part of another's. Basic events carry their unavailability as a float
// (events without data get 0 and say so in their label). MEF has no constant gates: Failed
// and Working become the house events "constant_failed" (true) and "constant_working"
// (false). A gate with one input becomes a pass-through formula; an empty OR is Working and
// an empty AND is Failed, as in FaultTree. Only gates and events under a top are written.
class MefExporter {
public:
    // MEF identifiers (XML NCNames without '.' or '-', which SCRAM reserves for references),
    // unique across the file: "be_" + event id, "g_" + gate id, "top_" + service [+ "_" +
    // population], every other character replaced by '_' and clashes numbered.
    struct Names {
        std::vector<QString> events;
        std::vector<QString> gates;
        std::vector<QString> tops;
    };
    static Names names(const FaultTree& tree);

    static QByteArray toXml(const FaultTree& tree, const QString& title);
    // Writes atomically; returns an empty string on success, otherwise why it failed.
    static QString save(const QString& path, const FaultTree& tree, const QString& title);
};

} // namespace nameplan
