// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnssecchainrows.h"

#include <QTreeWidget>

#include <cstdint>
#include <optional>

namespace nameplan {

struct LiveReport;

// The chain of trust of every RRset a live run validated, per zone and authority: zone →
// authority → RRset → trust anchor, DS, DNSKEY, RRSIG, RRset. With an anchor above the zone,
// each authority first lists the chain from the anchor (DNSKEY and DS of every zone on the
// way, with the server that answered) down to the zone's DS at its parent. Rows are coloured by verdict; the
// failing link says why, with its RFC 8914 Extended DNS Error code. A checked name whose CNAMEs
// were followed comes after the authority's RRsets with its combined verdict (the text `check`
// gives, naming the deciding link), then each hop: the zone holding the target and, per
// authority of it, the target's chains with the path from the anchor. Status and EDE are also in
// the items' data (StatusRole, EdeRole) for tests and assistive tools.
class DnssecChainView : public QTreeWidget {
    Q_OBJECT
public:
    enum Role { StatusRole = Qt::UserRole, EdeRole };
    enum Column { ChainColumn, VerdictColumn, ReasonColumn };

    explicit DnssecChainView(QWidget* parent = nullptr);

    void setReport(const LiveReport& report);
    static QString linkName(DnssecChainLink::Kind kind);

private:
    QTreeWidgetItem* addAuthority(QTreeWidgetItem* parentItem, const DnssecChainAuthority& authority);
    void addName(QTreeWidgetItem* authorityItem, const DnssecChainName& name);
    void addHop(QTreeWidgetItem* nameItem, const DnssecChainHop& hop);
    void addPath(QTreeWidgetItem* authorityItem, const QList<DnssecChainLink>& path);
    void addChain(QTreeWidgetItem* authorityItem, const DnssecChain& chain);
    void addLink(QTreeWidgetItem* chainItem, const DnssecChainLink& link, const QString& text);
    void decorate(QTreeWidgetItem* item, Verdict::Status status) const;
    static QString statusText(Verdict::Status status);
    // A name's or a hop's verdict in the Reason column and its tooltip.
    void explain(QTreeWidgetItem* item, const Verdict& verdict);
    static QString reasonText(const DnssecChainLink& link);
    static QString reasonText(Verdict::Reason reason, std::optional<std::uint16_t> ede, const QString& message);
};

} // namespace nameplan
