// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iterativeresolver.h"
#include "model.h"

#include <QStringList>

namespace nameplan {

// "Import from live DNS": given a zone name, walk from the model's roots and create or update
// the zone and its authorities in a copy of the model. The caller applies the returned model
// as one step (ModelDocument::replaceModel: one undo step in the workbench).
//
// What changes: the zone (created with its modelled parent, or its NS set replaced by the live
// one), each name server (created, or its addresses replaced by the live ones). New authorities
// get placeholder provider and region elements ("Unassigned (from live DNS)") because the
// schema requires both and DNS cannot tell them; the SOA MNAME's server is the primary, the
// others secondaries. Nothing else in the model is touched.
class LiveDiscovery {
public:
    struct Result {
        Model model; // the base model with the changes applied (the base itself on error)
        QStringList changes; // one line per change; empty when the model already matched
        ZoneAuthorities found;
        ResolveError error;
        bool ok() const { return !error.isError(); }
    };

    // Walks and applies; resolver carries the cancel check and the bounds.
    static Result discover(const Model& base, const DnsName& zone, IterativeResolver& resolver);
    // The pure part: what was found, and the SOA MNAME when known, applied to base.
    static Result apply(const Model& base, const ZoneAuthorities& found, const std::optional<DnsName>& mname);
};

} // namespace nameplan
