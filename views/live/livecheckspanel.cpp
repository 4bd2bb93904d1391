// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecheckspanel.h"

#include "dnssecchainview.h"
#include "expirytimelinechart.h"
#include "latencychart.h"
#include "livechecker.h"
#include "livefindingfilter.h"
#include "livefindingmodel.h"
#include "progressrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nameplan {

namespace {
QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

QString evidenceHtml(const LiveEvidence& evidence)
{
    return QStringLiteral("<li><tt>%1</tt> %2 %3 %4 ms: %5</li>")
        .arg(html(evidence.server.toString()), html(evidence.questionText()), evidence.transportName(),
            QString::number(double(evidence.result.latency.count()) / 1000.0, 'f', 1),
            html(evidence.responseSummary()));
}
} // namespace

LiveChecksPanel::LiveChecksPanel(QWidget* parent)
    : QWidget(parent)
    , m_preparation(new QFutureWatcher<Preparation>(this))
    , m_checker(new LiveChecker(this))
    , m_model(new LiveFindingModel(this))
    , m_filter(new LiveFindingFilter(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_chart(new LatencyChart(this))
{
    setAccessibleName(tr("Live checks"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Live check findings"));
    m_details->setAccessibleName(tr("Finding details"));

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_chart);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Live check results"));
    m_tabs->addTab(m_table, tr("Fi&ndings"));
    m_tabs->addTab(createDnssecTab(), tr("DN&SSEC"));
    split->addWidget(m_tabs);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(createFilters());
    layout->addWidget(split, 1);

    connect(m_preparation, &QFutureWatcherBase::progressTextChanged, m_progress, &ProgressRow::setStatus);
    connect(m_preparation, &QFutureWatcherBase::finished, this, &LiveChecksPanel::onPrepared);
    connect(m_checker, &LiveChecker::progress, this, &LiveChecksPanel::onProgress);
    connect(m_checker, &LiveChecker::finished, this, &LiveChecksPanel::onFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LiveChecksPanel::showSelected);
    setRunning(false);
}

LiveChecksPanel::~LiveChecksPanel()
{
    m_preparation->cancel();
}

QWidget* LiveChecksPanel::createDnssecTab()
{
    m_dnssecChain = new DnssecChainView(this);
    m_expiryTimeline = new ExpiryTimelineChart(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_dnssecChain);
    split->addWidget(m_expiryTimeline);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

QWidget* LiveChecksPanel::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_zone = new QComboBox(bar);
    m_zone->setAccessibleName(tr("Zone to check"));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_run = new QPushButton(tr("&Run checks"), bar);
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Ask every authority of the chosen zones directly (F5)"));
    m_progress = new ProgressRow(bar);
    m_progress->cancelButton()->setShortcut(QKeySequence(Qt::Key_Escape));
    m_progress->bar()->setAccessibleName(tr("Live check progress"));
    row->addWidget(new QLabel(tr("Zones:"), bar));
    row->addWidget(m_zone);
    row->addWidget(m_run);
    row->addWidget(m_progress, 1);
    connect(m_run, &QPushButton::clicked, this, &LiveChecksPanel::run);
    connect(m_progress, &ProgressRow::cancelRequested, this, &LiveChecksPanel::cancel);
    return bar;
}

QWidget* LiveChecksPanel::createFilters()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_severity = new QComboBox(bar);
    m_severity->setAccessibleName(tr("Minimum severity"));
    m_severity->addItem(tr("All"), int(LiveSeverity::Ok));
    m_severity->addItem(tr("Info and worse"), int(LiveSeverity::Info));
    m_severity->addItem(tr("Warnings and errors"), int(LiveSeverity::Warning));
    m_severity->addItem(tr("Errors"), int(LiveSeverity::Error));
    m_zoneFilter = new QComboBox(bar);
    m_zoneFilter->setAccessibleName(tr("Zone filter"));
    m_zoneFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_authorityFilter = new QComboBox(bar);
    m_authorityFilter->setAccessibleName(tr("Authority filter"));
    row->addWidget(new QLabel(tr("Show:"), bar));
    row->addWidget(m_severity);
    row->addWidget(m_zoneFilter);
    row->addWidget(m_authorityFilter, 1);
    for (QComboBox* box : { m_severity, m_zoneFilter, m_authorityFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &LiveChecksPanel::applyFilters);
    return bar;
}

void LiveChecksPanel::setZones(const QStringList& zones)
{
    const QString chosen = m_zone->currentText();
    m_zone->clear();
    m_zone->addItem(tr("All zones"));
    m_zone->addItems(zones);
    m_zone->setCurrentIndex(std::max(0, m_zone->findText(chosen)));
    m_run->setEnabled(!zones.isEmpty() && !isRunning());
}

void LiveChecksPanel::run()
{
    if (m_zone->count() < 2 || !m_preparer || isRunning())
        return;
    // Busy: how many queries the walk needs is not known ahead.
    m_progress->start(tr("Walking from the roots…"));
    m_preparing = true;
    setRunning(true);
    m_preparation->setFuture(m_preparer(m_zone->currentIndex() > 0 ? m_zone->currentText() : QString()));
}

void LiveChecksPanel::onPrepared()
{
    m_preparing = false;
    if (m_preparation->isCanceled() || m_preparation->future().resultCount() == 0) {
        LiveReport cancelled;
        cancelled.cancelled = true;
        onFinished(cancelled);
        return;
    }
    const Preparation prepared = m_preparation->result();
    if (!prepared.error.isEmpty() || prepared.request.zones.isEmpty()) {
        setRunning(false);
        m_progress->finish(tr("Cannot check: %1").arg(prepared.error));
        return;
    }
    // The clock of the time left and of the result starts again with the queries.
    m_progress->start(tr("at most %n s", nullptr, int((prepared.request.worstCase().count() + 999) / 1000)));
    m_progress->setProgress(0, prepared.request.queryCount());
    m_checker->start(prepared.request);
}

void LiveChecksPanel::cancel()
{
    if (m_preparing) {
        m_preparation->cancel(); // the walk polls it: it ends within one step
        m_progress->setStatus(tr("Cancelling…"));
        return;
    }
    m_checker->cancel();
}

bool LiveChecksPanel::isRunning() const
{
    return m_preparing || m_checker->isRunning();
}

void LiveChecksPanel::onProgress(int done, int total)
{
    m_progress->setProgress(done, total);
    // Slow servers only make the time left pessimistic, never a hang (every query is bounded).
    m_progress->showTimeLeft();
}

void LiveChecksPanel::onFinished(const LiveReport& report)
{
    setRunning(false);
    if (report.cancelled) {
        m_progress->finish(tr("Cancelled"));
        Q_EMIT runFinished(report);
        return;
    }
    m_model->setReport(report);
    m_chart->setReport(report);
    m_dnssecChain->setReport(report);
    m_expiryTimeline->setReport(report);
    fillFilterChoices();
    m_table->resizeColumnsToContents();
    m_progress->finish(tr("%1 errors, %2 warnings in %3 s")
                           .arg(report.count(LiveSeverity::Error))
                           .arg(report.count(LiveSeverity::Warning))
                           .arg(double(m_progress->elapsedMs()) / 1000.0, 0, 'f', 1),
        true);
    Q_EMIT runFinished(report);
}

void LiveChecksPanel::fillFilterChoices()
{
    QSet<QString> zones;
    QSet<QString> authorities;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        zones.insert(m_model->index(row, LiveFindingModel::ZoneColumn).data().toString());
        const QString authority = m_model->index(row, LiveFindingModel::AuthorityColumn).data().toString();
        if (!authority.isEmpty())
            authorities.insert(authority);
    }
    const auto fill = [](QComboBox* box, const QString& any, QSet<QString> values) {
        QStringList sorted(values.begin(), values.end());
        sorted.sort();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any);
        box->addItems(sorted);
    };
    fill(m_zoneFilter, tr("All zones"), zones);
    fill(m_authorityFilter, tr("All authorities"), authorities);
    applyFilters();
}

void LiveChecksPanel::applyFilters()
{
    m_filter->setMinimumSeverity(LiveSeverity(m_severity->currentData().toInt()));
    m_filter->setZone(m_zoneFilter->currentIndex() > 0 ? m_zoneFilter->currentText() : QString());
    m_filter->setAuthority(m_authorityFilter->currentIndex() > 0 ? m_authorityFilter->currentText() : QString());
}

void LiveChecksPanel::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const LiveFinding& finding = m_model->finding(current.data(LiveFindingModel::FindingIndexRole).toInt());
    QString text = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(html(finding.checkId), html(LiveFinding::severityName(finding.severity)));
    text += QStringLiteral("<p>%1</p>").arg(html(finding.finding));
    if (!finding.advice.isEmpty())
        text += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Advice:"), html(finding.advice));
    text += QStringLiteral("<p>%1</p><ul>").arg(tr("Evidence:"));
    for (const LiveEvidence& evidence : finding.evidence)
        text += evidenceHtml(evidence);
    m_details->setHtml(text + QStringLiteral("</ul>"));
}

void LiveChecksPanel::setRunning(bool running)
{
    m_run->setEnabled(!running && m_zone->count() > 1);
    m_zone->setEnabled(!running);
}

} // namespace nameplan
