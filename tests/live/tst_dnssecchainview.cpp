// SPDX-License-Identifier: GPL-3.0-or-later
// The DNSSEC chain view and the signature expiry timeline offscreen, fed by a live run against
// the lab of tst_livednssec (healthy, expired copy, other keys): the adapter puts the failing
// link where the reason says, the tree shows the expired authority bogus with EDE 7 at the
// RRSIG link and the healthy one secure, the chart has one bar per authority whose length is
// the remaining validity, and the panel fills its DNSSEC tab after a run. With
// NAMEPLAN_SCREENSHOT_DIR set, the tab is saved there as dnssec-chain.png. With an anchor above
// the zone (the signed root lab of tst_livechain), each authority lists the path from the anchor
// down to the zone's DS at its parent, and an unsigned child's DS link is where it breaks.
// Names of that lab that are CNAMEs into other zones (alias.test. into the signed opt.,
// tobroken.test. into a tampered zone, toplain.test. into an unsigned one) come after the
// authority's RRsets with their combined verdict, naming the deciding link as `check` does, and
// each hop with the target zone's chain per authority; saved as dnssec-chain-cname.png.
#include "chainlab.h"
#include "dnssecchainrows.h"
#include "dnssecchainview.h"
#include "dnsseclab.h"
#include "expirytimelinechart.h"
#include "livechecker.h"
#include "livecheckspanel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QLineSeries>
#include <QPalette>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace nameplan;

namespace {
using Kind = DnssecChainLink::Kind;

QString statusOf(const QTreeWidgetItem* item)
{
    return item->data(DnssecChainView::ChainColumn, DnssecChainView::StatusRole).toString();
}

// The first child of parent whose chain text is text; null when there is none.
const QTreeWidgetItem* childNamed(const QTreeWidgetItem* parent, const QString& text)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(DnssecChainView::ChainColumn) == text)
            return parent->child(i);
    }
    return nullptr;
}

// "kind zone status" per link of a path, top down.
QStringList pathText(const QList<DnssecChainLink>& path)
{
    QStringList links;
    for (const DnssecChainLink& link : path)
        links.append(
            QStringLiteral("%1 %2 %3")
                .arg(DnssecChainView::linkName(link.kind), link.zone.toString(), Verdict::statusName(link.status)));
    return links;
}
} // namespace

class DnssecChainViewTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void adapterPlacesTheFailingLink();
    void treeShowsVerdictsPerAuthority();
    void timelineBarsMatchRemainingValidity();
    void panelFillsTheDnssecTab();
    void coloursFollowTheTheme();
    void withoutAnchorsSaysNotChecked();
    void pathFromAnAnchorAbove();
    void cnameHopsFollowTheName();
    void cnameHopsInTheTree();

private:
    DnssecLab m_lab;
    LiveReport m_report;
    ChainLab m_chainLab;
    LiveReport m_cnameReport; // test. asked for alias, tobroken and toplain (A)
};

void DnssecChainViewTest::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.start(&error), qPrintable(error));
    qRegisterMetaType<LiveReport>();
    m_report = LiveChecker::runBlocking(m_lab.request());
    QVERIFY(m_report.dnssecChecked);
    QCOMPARE(m_report.dnssec.size(), 3);
    QVERIFY2(m_chainLab.start(&error), qPrintable(error));
    m_cnameReport = LiveChecker::runBlocking(m_chainLab.request({ QStringLiteral("test.") },
        { QStringLiteral("alias.test."), QStringLiteral("tobroken.test."), QStringLiteral("toplain.test.") }));
    QVERIFY(m_cnameReport.dnssecChecked);
}

void DnssecChainViewTest::adapterPlacesTheFailingLink()
{
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(m_report);
    QCOMPARE(rows.size(), 3);
    // Healthy: two chains (DNSKEY, www A), every link secure, none failing.
    QCOMPARE(rows[0].status, Verdict::Status::Secure);
    QCOMPARE(rows[0].chains.size(), 2);
    for (const DnssecChain& chain : rows[0].chains) {
        QCOMPARE(chain.links.size(), 5);
        for (const DnssecChainLink& link : chain.links) {
            QCOMPARE(link.status, Verdict::Status::Secure);
            QVERIFY(!link.failing);
        }
    }
    // Expired copy: the keys held, the signatures did not (EDE 7 at RRSIG), the data is bogus.
    const DnssecChain& expired = rows[1].chains.first();
    QCOMPARE(rows[1].status, Verdict::Status::Bogus);
    QCOMPARE(expired.links[int(Kind::Dnskey)].status, Verdict::Status::Secure);
    QVERIFY(expired.links[int(Kind::Rrsig)].failing);
    QCOMPARE(expired.links[int(Kind::Rrsig)].status, Verdict::Status::Bogus);
    QCOMPARE(expired.links[int(Kind::Rrsig)].ede, std::optional<std::uint16_t>(7));
    QCOMPARE(expired.links[int(Kind::RrSet)].status, Verdict::Status::Bogus);
    // Other keys: the DS matches no DNSKEY (EDE 9), so the break is at the DNSKEY link.
    const DnssecChain& other = rows[2].chains.first();
    QVERIFY(other.links[int(Kind::Dnskey)].failing);
    QCOMPARE(other.links[int(Kind::Dnskey)].ede, std::optional<std::uint16_t>(9));
    QCOMPARE(other.links[int(Kind::Ds)].status, Verdict::Status::Secure);
}

void DnssecChainViewTest::treeShowsVerdictsPerAuthority()
{
    DnssecChainView view;
    view.setReport(m_report);
    QCOMPARE(view.topLevelItemCount(), 1);
    const QTreeWidgetItem* zone = view.topLevelItem(0);
    QCOMPARE(zone->text(DnssecChainView::ChainColumn), m_lab.origin());
    QCOMPARE(statusOf(zone), QStringLiteral("bogus"));
    QCOMPARE(zone->childCount(), 3);
    const QTreeWidgetItem* healthy = zone->child(0);
    QVERIFY(healthy->text(DnssecChainView::ChainColumn).startsWith(QStringLiteral("ns1 (")));
    QCOMPARE(statusOf(healthy), QStringLiteral("secure"));
    QCOMPARE(healthy->text(DnssecChainView::VerdictColumn), QStringLiteral("secure"));

    const QTreeWidgetItem* expired = zone->child(1);
    QCOMPARE(statusOf(expired), QStringLiteral("bogus"));
    QVERIFY(expired->isExpanded());
    const QTreeWidgetItem* dnskeyChain = expired->child(0);
    QCOMPARE(dnskeyChain->text(DnssecChainView::ChainColumn), QStringLiteral("signed.test. DNSKEY"));
    QCOMPARE(dnskeyChain->childCount(), 5);
    const QTreeWidgetItem* rrsig = dnskeyChain->child(int(Kind::Rrsig));
    QCOMPARE(rrsig->text(DnssecChainView::ChainColumn), QStringLiteral("RRSIG"));
    QCOMPARE(statusOf(rrsig), QStringLiteral("bogus"));
    QCOMPARE(rrsig->data(DnssecChainView::ChainColumn, DnssecChainView::EdeRole).toInt(), 7);
    QVERIFY2(rrsig->text(DnssecChainView::ReasonColumn).contains(QStringLiteral("signature expired (EDE 7)")),
        qPrintable(rrsig->text(DnssecChainView::ReasonColumn)));
    QCOMPARE(statusOf(dnskeyChain->child(int(Kind::Dnskey))), QStringLiteral("secure"));
    QVERIFY(dnskeyChain->child(int(Kind::Dnskey))->text(DnssecChainView::ReasonColumn).isEmpty());
    // Bogus and secure rows are painted differently.
    QVERIFY(rrsig->background(0).color() != healthy->background(0).color());
}

void DnssecChainViewTest::timelineBarsMatchRemainingValidity()
{
    ExpiryTimelineChart chart;
    chart.setReport(m_report);
    const QList<QLineSeries*> bars = chart.bars();
    QCOMPARE(bars.size(), 3);
    const double now = double(m_report.finishedAt.toMSecsSinceEpoch());
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(m_report);
    for (int i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars[i]->count(), 2);
        QCOMPARE(bars[i]->at(0).x(), now);
        const double length = bars[i]->at(1).x() - bars[i]->at(0).x();
        QCOMPARE(length, double(rows[i].remainingSeconds) * 1000.0);
    }
    // Healthy: the signer's default of about 30 days, measured from the report, not assumed.
    const qint64 healthyLeft = *m_report.dnssec[0].validUntil - m_report.finishedAt.toSecsSinceEpoch();
    QCOMPARE(rows[0].remainingSeconds, healthyLeft);
    QVERIFY(healthyLeft > 29 * 86400);
    QCOMPARE(rows[1].remainingSeconds, 0);
    QCOMPARE(rows[2].remainingSeconds, 0);
    // Every authority labelled, the first on top, with its remaining validity in words.
    auto* y = qobject_cast<QCategoryAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->categoriesLabels(),
        (QStringList { QStringLiteral("ns3: none valid"), QStringLiteral("ns2: none valid"),
            QStringLiteral("ns1: %1 d").arg(double(healthyLeft) / 86400.0, 0, 'f', 1) }));
    QVERIFY(chart.nowMarker());
    QCOMPARE(chart.nowMarker()->at(0).x(), now);
    QCOMPARE(chart.nowMarker()->at(1).x(), now);
}

void DnssecChainViewTest::panelFillsTheDnssecTab()
{
    LiveChecksPanel panel;
    panel.resize(1300, 760);
    panel.show();
    LiveChecksPanel::Preparation prepared;
    prepared.request = m_lab.request();
    panel.setPreparer([prepared](const QString&) { return QtFuture::makeReadyFuture(prepared); });
    panel.setZones({ prepared.request.zones.first().zone.toString() });
    QSignalSpy finished(&panel, &LiveChecksPanel::runFinished);
    panel.run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(panel.dnssecChain()->topLevelItemCount(), 1);
    QCOMPARE(panel.dnssecChain()->topLevelItem(0)->childCount(), 3);
    QCOMPARE(panel.expiryTimeline()->bars().size(), 3);
    // Alt+S opens the tab (Alt+E and Alt+F belong to the main window's Edit and File menus).
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QTest::keyClick(&panel, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(panel.tabs()->currentWidget(), panel.dnssecChain()->parentWidget());
    const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("dnssec-chain.png"))));
}

void DnssecChainViewTest::coloursFollowTheTheme()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    DnssecChainView view;
    view.setPalette(dark);
    view.setReport(m_report);
    const QTreeWidgetItem* expired = view.topLevelItem(0)->child(1);
    // Dark fills under light text, and still one colour per state.
    QVERIFY(expired->background(0).color().lightnessF() < 0.5);
    QVERIFY(expired->background(0).color() != view.topLevelItem(0)->child(0)->background(0).color());
    QCOMPARE(expired->foreground(0).color(), dark.color(QPalette::Text));
}

void DnssecChainViewTest::withoutAnchorsSaysNotChecked()
{
    DnssecChainView view;
    view.setReport(m_report);
    LiveCheckRequest request = m_lab.request();
    request.anchors.reset();
    const LiveReport report = LiveChecker::runBlocking(request);
    QVERIFY(!report.dnssecChecked);
    view.setReport(report);
    QCOMPARE(view.topLevelItemCount(), 1);
    QVERIFY(view.topLevelItem(0)->text(DnssecChainView::ChainColumn).startsWith(QStringLiteral("Not checked")));
    ExpiryTimelineChart chart;
    chart.setReport(report);
    QVERIFY(chart.bars().isEmpty());
}

void DnssecChainViewTest::pathFromAnAnchorAbove()
{
    const ChainLab& chainLab = m_chainLab;
    const LiveReport report
        = LiveChecker::runBlocking(chainLab.request({ QStringLiteral("secure.test."), QStringLiteral("plain.test.") }));
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(report);
    QCOMPARE(rows.size(), 3); // secure.test. ns1 and ns2, plain.test.

    // secure.test. through ns1: anchor → DNSKEY . → DS test. → DNSKEY test. → DS secure.test.,
    // all secure, each DS from the parent's server.
    QList<Kind> kinds;
    QStringList zones;
    for (const DnssecChainLink& link : rows[0].path) {
        kinds.append(link.kind);
        zones.append(link.zone.toString());
        QCOMPARE(link.status, Verdict::Status::Secure);
        QVERIFY(!link.failing);
    }
    QCOMPARE(kinds, (QList { Kind::TrustAnchor, Kind::Dnskey, Kind::Ds, Kind::Dnskey, Kind::Ds }));
    QCOMPARE(zones,
        (QStringList { QStringLiteral("."), QStringLiteral("."), QStringLiteral("test."), QStringLiteral("test."),
            QStringLiteral("secure.test.") }));
    QCOMPARE(rows[0].path[2].server, chainLab.root().toString());
    QCOMPARE(rows[0].path[4].server, chainLab.servers(QStringLiteral("test."))[0].toString());
    QCOMPARE(rows[0].status, Verdict::Status::Secure);
    // ns2 serves keys the DS does not name: the path holds, its DNSKEY link fails (EDE 9).
    QCOMPARE(rows[1].status, Verdict::Status::Bogus);
    QVERIFY(rows[1].chains.first().links[int(Kind::Dnskey)].failing);

    // plain.test.: the chain stops, provably, at its DS: insecure, and every RRset's chain
    // breaks at the DS too.
    const DnssecChainLink& plainDs = rows[2].path.last();
    QVERIFY(plainDs.failing);
    QCOMPARE(plainDs.status, Verdict::Status::Insecure);
    QCOMPARE(plainDs.reason, Verdict::Reason::InsecureDelegation);
    for (const DnssecChain& chain : rows[2].chains) {
        QVERIFY(chain.links[int(Kind::Ds)].failing);
        QCOMPARE(chain.verdict.status, Verdict::Status::Insecure);
    }

    DnssecChainView view;
    view.setReport(report);
    QCOMPARE(view.topLevelItemCount(), 2);
    const QTreeWidgetItem* plain = view.topLevelItem(1)->child(0);
    const QTreeWidgetItem* pathItem = plain->child(0);
    QCOMPARE(pathItem->text(DnssecChainView::ChainColumn), QStringLiteral("Chain from the anchor at ."));
    QCOMPARE(statusOf(pathItem), QStringLiteral("insecure"));
    QCOMPARE(pathItem->childCount(), 5);
    const QTreeWidgetItem* dsItem = pathItem->child(4);
    QCOMPARE(dsItem->text(DnssecChainView::ChainColumn),
        QStringLiteral("DS plain.test. (from %1)").arg(chainLab.servers(QStringLiteral("test."))[0].toString()));
    QVERIFY2(dsItem->text(DnssecChainView::ReasonColumn).startsWith(QStringLiteral("insecure delegation")),
        qPrintable(dsItem->text(DnssecChainView::ReasonColumn)));
    QCOMPARE(statusOf(pathItem->child(3)), QStringLiteral("secure"));
    QVERIFY(pathItem->child(3)->text(DnssecChainView::ReasonColumn).isEmpty());
    const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    view.resize(1100, 640);
    view.show();
    QCoreApplication::processEvents();
    QVERIFY(view.grab().save(QDir(directory).filePath(QStringLiteral("dnssec-chain-path.png"))));
}

void DnssecChainViewTest::cnameHopsFollowTheName()
{
    const QList<DnssecChainAuthority> rows = DnssecChainRows::fromReport(m_cnameReport);
    QCOMPARE(rows.size(), m_chainLab.servers(QStringLiteral("test.")).size());
    // The CNAME RRsets themselves are secure in test.; the authority is as bad as its worst name.
    for (const DnssecChain& chain : rows[0].chains)
        QCOMPARE(chain.verdict.status, Verdict::Status::Secure);
    QCOMPARE(rows[0].status, Verdict::Status::Bogus);
    const QList<DnssecChainName> names = DnssecChainRows::names(m_cnameReport, 0);
    QCOMPARE(names.size(), 3);
    const QStringList anchorToTest { QStringLiteral("Trust anchor . secure"), QStringLiteral("DNSKEY . secure"),
        QStringLiteral("DS test. secure"), QStringLiteral("DNSKEY test. secure") };

    // alias.test. -> www.opt.: secure through one CNAME, opt.'s chain from the root's anchor.
    const DnssecChainName& alias = names[0];
    QCOMPARE(alias.name.name.toString(), QStringLiteral("alias.test."));
    QCOMPARE(alias.verdict.status, Verdict::Status::Secure);
    QCOMPARE(alias.verdict.message, QStringLiteral("secure through 1 CNAMEs"));
    QCOMPARE(alias.hops.size(), 1);
    QCOMPARE(alias.hops[0].zone.toString(), QStringLiteral("opt."));
    QCOMPARE(alias.hops[0].authorities.size(), m_chainLab.servers(QStringLiteral("opt.")).size());
    QCOMPARE(pathText(alias.hops[0].authorities[0].path),
        (QStringList { QStringLiteral("Trust anchor . secure"), QStringLiteral("DNSKEY . secure"),
            QStringLiteral("DS opt. secure") }));

    // tobroken.test. -> www.broken.test.: the target's signature fails (EDE 6 at its RRSIG)
    // under a chain that holds; the name's verdict names the link, as `check` prints it.
    const DnssecChainName& broken = names[1];
    QCOMPARE(broken.verdict.status, Verdict::Status::Bogus);
    QVERIFY2(broken.verdict.message.startsWith(
                 QStringLiteral("CNAME tobroken.test. → www.broken.test. (hop 1, zone broken.test.): ")),
        qPrintable(broken.verdict.message));
    QCOMPARE(broken.verdict.toString(), m_cnameReport.dnssec[0].names[1].verdict.toString());
    const DnssecChainHop& brokenHop = broken.hops.value(0);
    QCOMPARE(brokenHop.target.toString(), QStringLiteral("www.broken.test."));
    QCOMPARE(brokenHop.verdict.status, Verdict::Status::Bogus);
    const DnssecChainAuthority& brokenNs = brokenHop.authorities.value(0);
    QCOMPARE(brokenNs.zone.toString(), QStringLiteral("broken.test."));
    QCOMPARE(pathText(brokenNs.path), anchorToTest + QStringList { QStringLiteral("DS broken.test. secure") });
    QCOMPARE(brokenNs.chains.size(), 2); // its DNSKEY set, www A
    QCOMPARE(brokenNs.chains[0].verdict.status, Verdict::Status::Secure);
    const DnssecChain& data = brokenNs.chains[1];
    QCOMPARE(data.verdict.owner.toString(), QStringLiteral("www.broken.test."));
    QVERIFY(data.links[int(Kind::Rrsig)].failing);
    QCOMPARE(data.links[int(Kind::Rrsig)].ede, std::optional<std::uint16_t>(6));
    QCOMPARE(data.links[int(Kind::Dnskey)].status, Verdict::Status::Secure);

    // toplain.test. -> www.plain.test.: insecure, the hop's chain stops at plain.test.'s DS.
    const DnssecChainName& plain = names[2];
    QCOMPARE(plain.verdict.status, Verdict::Status::Insecure);
    QVERIFY2(plain.verdict.message.startsWith(QStringLiteral("CNAME toplain.test. → www.plain.test.")),
        qPrintable(plain.verdict.message));
    // References into names itself: value() would return copies that die with the statement.
    QVERIFY(!plain.hops.isEmpty() && !plain.hops.first().authorities.isEmpty());
    const QList<DnssecChainLink>& plainPath = plain.hops.first().authorities.first().path;
    QVERIFY(!plainPath.isEmpty());
    const DnssecChainLink& plainDs = plainPath.last();
    QCOMPARE(plainDs.zone.toString(), QStringLiteral("plain.test."));
    QVERIFY(plainDs.failing);
    QCOMPARE(plainDs.reason, Verdict::Reason::InsecureDelegation);
}

void DnssecChainViewTest::cnameHopsInTheTree()
{
    DnssecChainView view;
    view.setReport(m_cnameReport);
    QCOMPARE(view.topLevelItemCount(), 1);
    const QTreeWidgetItem* authority = view.topLevelItem(0)->child(0);
    QCOMPARE(statusOf(authority), QStringLiteral("bogus"));
    QVERIFY(authority->isExpanded());
    // After the path and the RRsets come the names, in the order they were asked.
    QStringList names;
    for (int i = 0; i < authority->childCount(); ++i) {
        const QString text = authority->child(i)->text(DnssecChainView::ChainColumn);
        if (text.startsWith(QStringLiteral("Name ")))
            names.append(text + u' ' + statusOf(authority->child(i)));
        else
            QVERIFY2(names.isEmpty(), qPrintable(text));
    }
    QCOMPARE(names,
        (QStringList { QStringLiteral("Name alias.test. A secure"), QStringLiteral("Name tobroken.test. A bogus"),
            QStringLiteral("Name toplain.test. A insecure") }));

    const QTreeWidgetItem* broken = childNamed(authority, QStringLiteral("Name tobroken.test. A"));
    QVERIFY(broken->isExpanded());
    // The reason in words, as on the link rows (the status has its own column); check's whole
    // text in the tooltip.
    const Verdict& brokenVerdict = m_cnameReport.dnssec[0].names[1].verdict;
    QCOMPARE(broken->text(DnssecChainView::ReasonColumn),
        QStringLiteral("signature or proof does not hold (EDE 6): ") + brokenVerdict.message);
    QVERIFY2(brokenVerdict.message.startsWith(QStringLiteral("CNAME tobroken.test. → www.broken.test. (hop 1")),
        qPrintable(brokenVerdict.message));
    QCOMPARE(broken->toolTip(DnssecChainView::ReasonColumn), brokenVerdict.toString());
    QCOMPARE(broken->childCount(), 1);
    const QTreeWidgetItem* hop = broken->child(0);
    QCOMPARE(hop->text(DnssecChainView::ChainColumn),
        QStringLiteral("CNAME tobroken.test. → www.broken.test. (hop 1, zone broken.test.)"));
    QCOMPARE(statusOf(hop), QStringLiteral("bogus"));
    QVERIFY(hop->isExpanded());
    const QTreeWidgetItem* brokenNs = hop->child(0);
    QVERIFY2(brokenNs->text(DnssecChainView::ChainColumn)
                 .contains(m_chainLab.servers(QStringLiteral("broken.test."))[0].toString()),
        qPrintable(brokenNs->text(DnssecChainView::ChainColumn)));
    QCOMPARE(statusOf(brokenNs), QStringLiteral("bogus"));
    const QTreeWidgetItem* brokenPath = childNamed(brokenNs, QStringLiteral("Chain from the anchor at ."));
    QVERIFY(brokenPath);
    QCOMPARE(statusOf(brokenPath), QStringLiteral("secure"));
    const QTreeWidgetItem* www = childNamed(brokenNs, QStringLiteral("www.broken.test. A"));
    QVERIFY(www);
    QCOMPARE(statusOf(www), QStringLiteral("bogus"));
    const QTreeWidgetItem* rrsig = www->child(int(Kind::Rrsig));
    QCOMPARE(statusOf(rrsig), QStringLiteral("bogus"));
    QCOMPARE(rrsig->data(DnssecChainView::ChainColumn, DnssecChainView::EdeRole).toInt(), 6);
    QVERIFY2(rrsig->text(DnssecChainView::ReasonColumn).startsWith(QStringLiteral("signature or proof does not hold")),
        qPrintable(rrsig->text(DnssecChainView::ReasonColumn)));

    const QTreeWidgetItem* alias = childNamed(authority, QStringLiteral("Name alias.test. A"));
    QVERIFY(!alias->isExpanded());
    QCOMPARE(alias->child(0)->text(DnssecChainView::ChainColumn),
        QStringLiteral("CNAME alias.test. → www.opt. (hop 1, zone opt.)"));
    QCOMPARE(statusOf(alias->child(0)), QStringLiteral("secure"));
    // Bogus, insecure and secure links are painted differently.
    const QTreeWidgetItem* plainHop = childNamed(authority, QStringLiteral("Name toplain.test. A"))->child(0);
    QCOMPARE(statusOf(plainHop), QStringLiteral("insecure"));
    QVERIFY(hop->background(0).color() != plainHop->background(0).color());
    QVERIFY(hop->background(0).color() != alias->child(0)->background(0).color());

    const QString directory = qEnvironmentVariable("NAMEPLAN_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    // The picture shows tobroken.test. alone, the way a person checking that name sees it.
    DnssecChainView shown;
    shown.setReport(LiveChecker::runBlocking(
        m_chainLab.request({ QStringLiteral("test.") }, { QStringLiteral("tobroken.test.") })));
    shown.resize(1400, 720);
    shown.show();
    QCoreApplication::processEvents();
    QVERIFY(shown.grab().save(QDir(directory).filePath(QStringLiteral("dnssec-chain-cname.png"))));
}

QTEST_MAIN(DnssecChainViewTest)
#include "tst_dnssecchainview.moc"
