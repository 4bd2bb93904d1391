// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livereport.h"
#include "model.h"

#include <QList>
#include <QString>

#include <optional>

namespace nameplan {

// Feeds the remaining signature validity observed by a live check into the model's time
// dimension (Zone::signatureValidity: how long the signer can be down before answers turn
// bogus). Split into changes() and apply() so the GUI can keep `before` for its undo step.
class ObservedValidity {
public:
    struct Change {
        QString zoneId;
        std::optional<qint64> before;
        std::optional<qint64> after;
    };

    // One change per model zone whose domain the report validated, with the least remaining
    // validity over its authorities (LiveReport::remainingValidity); zones whose value would
    // not change are left out.
    static QList<Change> changes(const Model& model, const LiveReport& report);
    // Sets each zone's signatureValidity to `after` (or to `before` when undoing).
    static void apply(Model& model, const QList<Change>& changes, bool undo = false);
};

} // namespace nameplan
