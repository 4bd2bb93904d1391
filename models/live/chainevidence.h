// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainoftrust.h"
#include "livecheckrequest.h"
#include "liveprobe.h"
#include "livereport.h"

#include <QList>

namespace nameplan {

// The chain of trust of one checked zone, judged from the run's evidence: the DNSKEY set of
// every zone on the path (LiveZoneTarget::chainPath) from one of its servers, the DS of each
// zone below from its parent's servers, or the NSEC/NSEC3 proof that the parent has none
// (ResponseDenial::judgeDsAbsence). ChainOfTrust judges it; nothing here does I/O, so stored evidence can be
// judged again (STYLE item 10).
//
// The DS of the checked zone comes from its parent and is the same for all its authorities;
// each authority's own DNSKEY set is then judged against it (keys()), so a secondary serving
// other keys is bogus while the primary is secure. A path zone none of whose servers gave an
// authoritative answer makes everything below it indeterminate (EDE 22).
class ChainEvidence {
public:
    // probes: LiveProbe::plan(request) with their answers; zone indexes request.zones;
    // request.anchors is set. now: seconds since the epoch. With link (an index into the
    // zone's cnames), the chain of the zone holding that CNAME's target, from its own probes.
    static ChainEvidence collect(
        const LiveCheckRequest& request, const QList<LiveProbe>& probes, int zone, qint64 now, int link = -1);

    // True when an anchor is above the zone (the chain runs through the parents' DS).
    bool followsPath() const { return m_followsPath; }
    // The DNSKEY set one authority of the zone served, with its RRSIG RDATAs, judged through the
    // chain: the parent's DS (already judged) must name a key that signed the set.
    Verdict keys(const RrSet& dnskeys, const QList<QByteArray>& rrsigs) const;
    // The chain for the report, with the key verdicts of every authority on the zone's own link.
    LiveChain report(const QList<Verdict>& authorityKeys) const;

private:
    struct Found {
        const LiveProbe* probe = nullptr;
        QList<RrSet> sets;
    };
    Found firstAnswer(const QList<LiveProbe>& probes, int zone, LiveProbe::Kind kind, int index) const;
    static Verdict unreachable(const DnsName& zone, std::uint16_t type, const DnsName& asked, const QString& what);
    void addLink(const QList<LiveProbe>& probes, int z, int i);
    void judge();

    const LiveCheckRequest* m_request = nullptr;
    const LiveZoneTarget* m_target = nullptr;
    qint64 m_now = 0;
    int m_link = -1;
    bool m_followsPath = false;
    QList<ChainOfTrust::Link> m_links; // anchored zone first; the checked zone's last, without keys
    QList<std::optional<Verdict>> m_dsProofs; // per link: the DS absence proof, when the parent had no DS
    // The first link whose evidence is missing: its DS (or DNSKEY) verdict is indeterminate.
    std::optional<Verdict> m_missingDs;
    std::optional<Verdict> m_missingKeys;
    LiveChain m_chain;
};

} // namespace nameplan
