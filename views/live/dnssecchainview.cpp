// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnssecchainview.h"

#include "dnsmnemonics.h"
#include "livereport.h"
#include "verdictcolours.h"

#include <QHeaderView>

namespace nameplan {

namespace {
QString reasonDescription(Verdict::Reason reason)
{
    using R = Verdict::Reason;
    switch (reason) {
    case R::None:
        return QString();
    case R::UnsupportedDnskeyAlgorithm:
        return DnssecChainView::tr("DNSKEY algorithm not supported");
    case R::UnsupportedDsDigest:
        return DnssecChainView::tr("DS digest type not supported");
    case R::Bogus:
        return DnssecChainView::tr("signature or proof does not hold");
    case R::SignatureExpired:
        return DnssecChainView::tr("signature expired");
    case R::SignatureNotYetValid:
        return DnssecChainView::tr("signature not yet valid");
    case R::DnskeyMissing:
        return DnssecChainView::tr("no DNSKEY matches the DS or the key tag");
    case R::RrsigsMissing:
        return DnssecChainView::tr("RRSIGs missing");
    case R::NoZoneKeyBitSet:
        return DnssecChainView::tr("key without the zone key bit");
    case R::NsecMissing:
        return DnssecChainView::tr("NSEC or NSEC3 missing");
    case R::Nsec3IterationsTooHigh:
        return DnssecChainView::tr("NSEC3 iterations too high");
    case R::AlgorithmPolicy:
        return DnssecChainView::tr("key forbidden by algorithm policy");
    case R::NoTrustAnchor:
        return DnssecChainView::tr("no trust anchor covers the zone");
    case R::UnsignedZone:
        return DnssecChainView::tr("zone unsigned");
    case R::InsecureDelegation:
        return DnssecChainView::tr("insecure delegation (no DS, proven)");
    case R::WorkBudgetExceeded:
        return DnssecChainView::tr("validation work budget exceeded");
    case R::CryptoError:
        return DnssecChainView::tr("cryptographic library error");
    case R::Malformed:
        return DnssecChainView::tr("malformed records");
    case R::Canceled:
        return DnssecChainView::tr("cancelled");
    case R::NoReachableAuthority:
        return DnssecChainView::tr("no server of the zone answered");
    }
    return QString();
}
} // namespace

DnssecChainView::DnssecChainView(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("DNSSEC chain of trust"));
    setHeaderLabels({ tr("Chain"), tr("Verdict"), tr("Why") });
    setAlternatingRowColors(false);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
}

QString DnssecChainView::linkName(DnssecChainLink::Kind kind)
{
    switch (kind) {
    case DnssecChainLink::Kind::TrustAnchor:
        return tr("Trust anchor");
    case DnssecChainLink::Kind::Ds:
        return tr("DS");
    case DnssecChainLink::Kind::Dnskey:
        return tr("DNSKEY");
    case DnssecChainLink::Kind::Rrsig:
        return tr("RRSIG");
    case DnssecChainLink::Kind::RrSet:
        break;
    }
    return tr("RRset");
}

QString DnssecChainView::statusText(Verdict::Status status)
{
    switch (status) {
    case Verdict::Status::Secure:
        return tr("secure");
    case Verdict::Status::Insecure:
        return tr("insecure");
    case Verdict::Status::Indeterminate:
        return tr("indeterminate");
    case Verdict::Status::Bogus:
        break;
    }
    return tr("bogus");
}

QString DnssecChainView::reasonText(const DnssecChainLink& link)
{
    return reasonText(link.reason, link.ede, link.message);
}

QString DnssecChainView::reasonText(Verdict::Reason reason, std::optional<std::uint16_t> ede, const QString& message)
{
    QString text = reasonDescription(reason);
    if (ede)
        text += tr(" (EDE %1)").arg(*ede);
    if (!message.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + message;
    return text;
}

void DnssecChainView::explain(QTreeWidgetItem* item, const Verdict& verdict)
{
    // The Verdict column already gives the status: the reason in words, as on the link rows,
    // and the whole text `check` prints (owner, type, authority) in the tooltip.
    item->setText(ReasonColumn, reasonText(verdict.reason, verdict.edeCode(), verdict.message));
    item->setToolTip(ReasonColumn, verdict.toString());
}

void DnssecChainView::setReport(const LiveReport& report)
{
    clear();
    if (!report.dnssecChecked) {
        // Say why the tab is empty rather than leave people wondering whether it worked.
        new QTreeWidgetItem(this, { tr("Not checked: the run had no trust anchor (settings.trust_anchors)") });
        return;
    }
    QTreeWidgetItem* zoneItem = nullptr;
    Verdict::Status zoneStatus = Verdict::Status::Secure;
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(report);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DnssecChainAuthority& authority = rows[i];
        const QString zone = authority.zone.toString();
        if (!zoneItem || zoneItem->text(ChainColumn) != zone) {
            zoneItem = new QTreeWidgetItem(this, { zone });
            zoneStatus = Verdict::Status::Secure;
        }
        zoneStatus = qMax(zoneStatus, authority.status);
        decorate(zoneItem, zoneStatus);
        QTreeWidgetItem* authorityItem = addAuthority(zoneItem, authority);
        for (const DnssecChainName& name : DnssecChainRows::names(report, i))
            addName(authorityItem, name);
        // Broken authorities open so that the failing link is visible at once.
        authorityItem->setExpanded(authority.status != Verdict::Status::Secure);
        zoneItem->setExpanded(true);
    }
    resizeColumnToContents(ChainColumn);
    resizeColumnToContents(VerdictColumn);
}

QTreeWidgetItem* DnssecChainView::addAuthority(QTreeWidgetItem* parentItem, const DnssecChainAuthority& authority)
{
    const QString label = authority.authorityName.isEmpty()
        ? authority.authorityAddress
        : QStringLiteral("%1 (%2)").arg(authority.authorityName, authority.authorityAddress);
    auto* item = new QTreeWidgetItem(parentItem, { label });
    decorate(item, authority.status);
    if (!authority.path.isEmpty())
        addPath(item, authority.path);
    for (const DnssecChain& chain : authority.chains)
        addChain(item, chain);
    return item;
}

void DnssecChainView::addName(QTreeWidgetItem* authorityItem, const DnssecChainName& name)
{
    const QString text
        = tr("Name %1 %2").arg(name.name.name.toString(), QString::fromLatin1(DnsMnemonics::typeName(name.name.type)));
    auto* item = new QTreeWidgetItem(authorityItem, { text });
    decorate(item, name.verdict.status);
    explain(item, name.verdict);
    for (const DnssecChainHop& hop : name.hops)
        addHop(item, hop);
    item->setExpanded(!name.verdict.isSecure());
}

void DnssecChainView::addHop(QTreeWidgetItem* nameItem, const DnssecChainHop& hop)
{
    // A chain cut before a target was known (a loop, too many CNAMEs) has no target or zone.
    const QString text = hop.target.isRoot()
        ? tr("CNAME %1 → chain cut (hop %2)").arg(hop.owner.toString()).arg(hop.hop)
        : tr("CNAME %1 → %2 (hop %3, zone %4)")
              .arg(hop.owner.toString(), hop.target.toString())
              .arg(hop.hop)
              .arg(hop.zone.toString());
    auto* item = new QTreeWidgetItem(nameItem, { text });
    decorate(item, hop.verdict.status);
    if (!hop.verdict.isSecure())
        explain(item, hop.verdict);
    for (const DnssecChainAuthority& authority : hop.authorities)
        addAuthority(item, authority)->setExpanded(authority.status != Verdict::Status::Secure);
    item->setExpanded(!hop.verdict.isSecure());
}

void DnssecChainView::addPath(QTreeWidgetItem* authorityItem, const QList<DnssecChainLink>& path)
{
    auto* pathItem
        = new QTreeWidgetItem(authorityItem, { tr("Chain from the anchor at %1").arg(path.first().zone.toString()) });
    Verdict::Status worst = Verdict::Status::Secure;
    for (const DnssecChainLink& link : path) {
        worst = qMax(worst, link.status);
        QString text = linkName(link.kind) + QLatin1Char(' ') + link.zone.toString();
        if (!link.server.isEmpty())
            text += tr(" (from %1)").arg(link.server);
        addLink(pathItem, link, text);
    }
    decorate(pathItem, worst);
}

void DnssecChainView::addLink(QTreeWidgetItem* chainItem, const DnssecChainLink& link, const QString& text)
{
    auto* item = new QTreeWidgetItem(chainItem, { text });
    decorate(item, link.status);
    if (!link.failing)
        return;
    item->setText(ReasonColumn, reasonText(link));
    item->setToolTip(ReasonColumn, reasonText(link));
    item->setData(ChainColumn, EdeRole, link.ede ? QVariant(int(*link.ede)) : QVariant());
    QFont bold = item->font(ChainColumn);
    bold.setBold(true);
    item->setFont(ChainColumn, bold);
    chainItem->setText(ReasonColumn, reasonText(link));
    chainItem->setExpanded(true);
}

void DnssecChainView::addChain(QTreeWidgetItem* authorityItem, const DnssecChain& chain)
{
    const QString rrset = chain.verdict.owner.toString() + QLatin1Char(' ')
        + QString::fromLatin1(DnsMnemonics::typeName(chain.verdict.type));
    auto* chainItem = new QTreeWidgetItem(authorityItem, { rrset });
    decorate(chainItem, chain.verdict.status);
    for (const DnssecChainLink& link : chain.links)
        addLink(chainItem, link, linkName(link.kind));
}

void DnssecChainView::decorate(QTreeWidgetItem* item, Verdict::Status status) const
{
    const VerdictColours colours(palette());
    item->setText(VerdictColumn, statusText(status));
    item->setData(ChainColumn, StatusRole, Verdict::statusName(status));
    for (int column = 0; column < columnCount(); ++column) {
        item->setBackground(column, colours.fill(status));
        item->setForeground(column, palette().color(QPalette::Text));
    }
}

} // namespace nameplan
