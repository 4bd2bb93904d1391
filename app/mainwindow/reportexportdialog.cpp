// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexportdialog.h"

#include "evidencesigner.h"
#include "modeldocument.h"
#include "outageparser.h"
#include "progressrow.h"
#include "progresssink.h"
#include "reportdrills.h"
#include "reportlive.h"
#include "reportrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <utility>

namespace nameplan {

namespace {
constexpr double previewDpi = 120; // sharp up to 125 % on a 96 dpi screen, ~4 MB per A4 page
constexpr double screenDpi = 96; // what 100 % means
const QString settingsGroup = QStringLiteral("ReportExport");
} // namespace

struct ReportExportDialog::Progress final : ProgressSink {
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> canceled { false };
    void setProgress(qint64 d, qint64 t) override
    {
        done = d;
        total = t;
    }
    bool isCanceled() const override { return canceled; }
    void setPhase(const QString& text) override
    {
        const QMutexLocker lock(&mutex);
        phase = text;
    }
    QString currentPhase() const
    {
        const QMutexLocker lock(&mutex);
        return phase;
    }

private:
    mutable QMutex mutex;
    QString phase;
};

ReportExportDialog::ReportExportDialog(ModelDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("Export Evidence Report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    auto* side = new QVBoxLayout;
    side->addWidget(makeOptions());
    side->addWidget(makeSigning());
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(makePreview(), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save…"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_save->setAccessibleName(tr("Save the evidence report"));
    connect(m_save, &QPushButton::clicked, this, &ReportExportDialog::saveWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(makeProgress());
    layout->addWidget(buttons);
    resize(1100, 800);
    restoreOptions();

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ReportExportDialog::updateProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportExportDialog::finished);
    QTimer::singleShot(0, this, &ReportExportDialog::rebuild);
}

ReportExportDialog::~ReportExportDialog()
{
    // The worker reads only its own copies, but must not outlive the future it reports to.
    if (m_progressState)
        m_progressState->canceled = true;
    m_watcher.waitForFinished();
}

QWidget* ReportExportDialog::makeOptions()
{
    auto* box = new QGroupBox(tr("Report"), this);
    auto* form = new QFormLayout(box);
    m_paper = new QComboBox(box);
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("Letter"));
    m_paper->setAccessibleName(tr("Paper size"));
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportExportDialog::rebuild);
    form->addRow(tr("&Paper:"), m_paper);
    m_outages = new QLineEdit(box);
    m_outages->setPlaceholderText(tr("component ids, comma-separated"));
    m_outages->setAccessibleName(tr("Outage set of the extra scenario"));
    form->addRow(tr("&Outage:"), m_outages);
    m_duration = new QLineEdit(box);
    m_duration->setPlaceholderText(tr("3d, 12h, 90m (default: until every timer runs out)"));
    m_duration->setAccessibleName(tr("Duration of the outage"));
    form->addRow(tr("&Duration:"), m_duration);
    auto* update = new QPushButton(tr("&Update Preview"), box);
    update->setAccessibleName(tr("Update the preview"));
    connect(update, &QPushButton::clicked, this, &ReportExportDialog::rebuild);
    connect(m_outages, &QLineEdit::returnPressed, this, &ReportExportDialog::rebuild);
    connect(m_duration, &QLineEdit::returnPressed, this, &ReportExportDialog::rebuild);
    form->addRow(update);
    m_json = new QCheckBox(tr("Also write the &JSON evidence bundle"), box);
    m_json->setAccessibleName(tr("Also write the JSON evidence bundle"));
    form->addRow(m_json);
    // Off each time the dialog opens, the one option not remembered: opening the dialog builds a
    // preview, and that must never query the network unless asked in this dialog, as without
    // --with-live on the command line.
    m_live = new QCheckBox(tr("Include &live checks, DNSSEC and failover drills"), box);
    m_live->setObjectName(QStringLiteral("includeLive"));
    m_live->setAccessibleName(tr("Include live checks, DNSSEC and failover drills"));
    m_live->setToolTip(tr("As nameplan report --with-live: every zone's authorities are asked (at settings.port), "
                          "the delegations walked from settings.roots, DNSSEC validated from "
                          "settings.trust_anchors, and a failover drill run for every scenario of the report."));
    connect(m_live, &QCheckBox::toggled, this, &ReportExportDialog::rebuild);
    form->addRow(m_live);
    return box;
}

QLineEdit* ReportExportDialog::filePicker(
    QWidget* parent, const QString& accessibleName, const QString& filter, QWidget** row)
{
    *row = new QWidget(parent);
    auto* layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(*row);
    edit->setAccessibleName(accessibleName);
    auto* browse = new QToolButton(*row);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose: %1").arg(accessibleName));
    connect(browse, &QToolButton::clicked, this, [this, edit, accessibleName, filter] {
        const QString file = QFileDialog::getOpenFileName(this, accessibleName, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

QWidget* ReportExportDialog::makeSigning()
{
    m_sign = new QGroupBox(tr("S&ign the evidence (detached CMS)"), this);
    m_sign->setCheckable(true);
    m_sign->setChecked(false);
    m_sign->setAccessibleName(tr("Sign the evidence"));
    auto* form = new QFormLayout(m_sign);
    const QString pem = tr("PEM files (*.pem *.key *.crt);;All files (*)");
    QWidget* row = nullptr;
    m_key = filePicker(m_sign, tr("Private key (PEM)"), pem, &row);
    form->addRow(tr("&Key:"), row);
    m_cert = filePicker(m_sign, tr("Certificate (PEM)"), pem, &row);
    form->addRow(tr("&Certificate:"), row);
    return m_sign;
}

QWidget* ReportExportDialog::makePreview()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_previous = new QToolButton(box);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next = new QToolButton(box);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_next->setAccessibleName(tr("Next page"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_current - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_current + 1); });
    m_pageLabel = new QLabel(box);
    m_zoom = new QSpinBox(box);
    m_zoom->setRange(25, 200);
    m_zoom->setSingleStep(25);
    m_zoom->setValue(75);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_zoom->setAccessibleName(tr("Zoom"));
    connect(m_zoom, &QSpinBox::valueChanged, this, &ReportExportDialog::updateZoom);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Zoom:"), box));
    bar->addWidget(m_zoom);
    m_page = new QLabel(box);
    m_page->setAlignment(Qt::AlignCenter);
    m_page->setAccessibleName(tr("Page preview"));
    m_scroll = new QScrollArea(box);
    m_scroll->setWidget(m_page);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    return box;
}

QWidget* ReportExportDialog::makeProgress()
{
    m_progress = new ProgressRow(this);
    QLabel* status = m_progress->statusLabel();
    status->setObjectName(QStringLiteral("reportStatus"));
    status->setWordWrap(true);
    // Room for the page summary and the live part's warning below it, without the row jumping.
    status->setMinimumHeight(2 * status->fontMetrics().lineSpacing() + 2);
    m_progress->bar()->setAccessibleName(tr("Report progress"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("cancelReport"));
    m_progress->cancelButton()->setAccessibleName(tr("Cancel building the report"));
    connect(m_progress, &ProgressRow::cancelRequested, this, [this] {
        m_rebuildQueued = false;
        if (m_progressState)
            m_progressState->canceled = true;
    });
    return m_progress;
}

ReportExportDialog::Built ReportExportDialog::build(
    const QString& path, const ReportBuilder::Options& options, bool withLive, Progress* progress)
{
    Built built;
    built.model = ModelFile::load(path);
    if (!built.model.usable()) {
        built.error = tr("%1 has errors; fix them before writing evidence.").arg(QFileInfo(path).fileName());
        return built;
    }
    built.data = ReportBuilder::build(
        built.model.model, built.model.bytes, QFileInfo(path).fileName(), options, *progress, &built.error);
    if (withLive && built.error.isEmpty() && !progress->isCanceled()) {
        built.unmade = ReportLive::run(built.model.model, built.data, *progress);
        built.unmade += ReportDrills::run(built.model.model, options, built.data, *progress);
    }
    return built;
}

void ReportExportDialog::restoreOptions()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    // Before the first build, which the constructor has queued: no build of stale options.
    const QSignalBlocker paper(m_paper);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(QStringLiteral("paper")))));
    m_json->setChecked(settings.value(QStringLiteral("jsonBundle"), false).toBool());
    m_sign->setChecked(settings.value(QStringLiteral("sign"), false).toBool());
    m_key->setText(settings.value(QStringLiteral("key")).toString());
    m_cert->setText(settings.value(QStringLiteral("certificate")).toString());
    m_zoom->setValue(settings.value(QStringLiteral("zoom"), m_zoom->value()).toInt());
    // Remembered as they change, so that a crash or a kill keeps them too.
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportExportDialog::saveOptions);
    connect(m_json, &QCheckBox::toggled, this, &ReportExportDialog::saveOptions);
    connect(m_sign, &QGroupBox::toggled, this, &ReportExportDialog::saveOptions);
    for (QLineEdit* edit : { m_key, m_cert })
        connect(edit, &QLineEdit::textChanged, this, &ReportExportDialog::saveOptions);
    connect(m_zoom, &QSpinBox::valueChanged, this, &ReportExportDialog::saveOptions);
}

void ReportExportDialog::saveOptions() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("paper"), m_paper->currentData());
    settings.setValue(QStringLiteral("jsonBundle"), m_json->isChecked());
    settings.setValue(QStringLiteral("sign"), m_sign->isChecked());
    settings.setValue(QStringLiteral("key"), m_key->text());
    settings.setValue(QStringLiteral("certificate"), m_cert->text());
    settings.setValue(QStringLiteral("zoom"), m_zoom->value());
}

void ReportExportDialog::rebuild()
{
    if (isBuilding()) {
        // The running build finishes first (it cannot take new options); then it starts again,
        // so that a box ticked meanwhile is not silently left out of the report.
        m_rebuildQueued = true;
        return;
    }
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        discardPreview();
        m_progress->finish(tr("Save the model first: the evidence is stamped with the SHA-256 of its file."));
        return;
    }
    ReportBuilder::Options options;
    options.pageSize = m_paper->currentData().toString();
    options.outages = m_outages->text().split(u',', Qt::SkipEmptyParts);
    for (QString& id : options.outages)
        id = id.trimmed();
    if (!m_duration->text().trimmed().isEmpty()) {
        QString error;
        options.duration = OutageParser::parseDuration(m_duration->text().trimmed(), &error);
        if (!options.duration) {
            discardPreview();
            m_progress->finish(tr("Duration: %1").arg(error));
            return;
        }
    }
    m_built.reset(); // of other options: whatever this build ends in, Save must not write it
    m_progressState = std::make_shared<Progress>();
    setBuilding(true);
    m_progress->start(m_document->isModified()
            ? tr("Building the report of the saved file (unsaved changes are not in it)…")
            : tr("Building the report…"));
    // The worker owns copies of everything it reads; the shared progress outlives either side.
    m_watcher.setFuture(QtConcurrent::run([path, options, withLive = m_live->isChecked(), progress = m_progressState] {
        return build(path, options, withLive, progress.get());
    }));
}

void ReportExportDialog::setBuilding(bool building)
{
    m_save->setEnabled(!building && m_built);
    if (building)
        m_poll->start();
    else
        m_poll->stop();
}

void ReportExportDialog::updateProgress()
{
    if (!m_progressState)
        return;
    if (const QString phase = m_progressState->currentPhase(); !phase.isEmpty())
        m_progress->setStatus(phase); // the phase says more than a time left would
    if (const qint64 total = m_progressState->total.load(); total > 0)
        m_progress->setProgress(m_progressState->done.load(), total);
}

void ReportExportDialog::finished()
{
    if (std::exchange(m_rebuildQueued, false)) {
        setBuilding(false);
        rebuild(); // the result is of options since changed
        return;
    }
    Built built = m_watcher.result();
    // Judged here, not on the worker: a Cancel clicked after the worker's last look still
    // cancels, since the user saw it pressed before any result.
    if (built.error.isEmpty() && m_progressState->canceled)
        built.error = tr("Canceled. Update Preview builds the report again.");
    if (!built.error.isEmpty()) {
        discardPreview();
        setBuilding(false);
        m_progress->finish(built.error);
        return;
    }
    m_progress->setStatus(tr("Painting the pages…"));
    // Painting uses the diagram scene and charts, which live on the GUI thread.
    m_pages = ReportRenderer::renderPages(built.data, built.model.model, previewDpi);
    for (QImage& page : m_pages)
        page.convertTo(QImage::Format_RGB888); // a quarter less memory for a long report
    m_built = std::make_unique<Built>(std::move(built));
    setBuilding(false);
    QString summary = tr("%n page(s) for %1, model SHA-256 %2", nullptr, pageCount())
                          .arg(m_built->data.modelFile, m_built->data.modelSha256.left(16));
    if (!m_built->unmade.isEmpty())
        summary += u'\n'
            + tr("Some live checks could not be made (the report says which): %1")
                  .arg(m_built->unmade.join(QStringLiteral("; ")));
    m_progress->finish(summary, true);
    showPage(0);
    Q_EMIT previewReady();
}

// The preview and what Save writes are of the options last built; once those options are no
// longer the ones shown (a build canceled, refused or failed), neither may be used.
void ReportExportDialog::discardPreview()
{
    m_built.reset();
    m_pages.clear();
    m_current = -1;
    m_page->clear();
    m_page->adjustSize();
    m_pageLabel->clear();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_save->setEnabled(false);
}

void ReportExportDialog::showPage(int index)
{
    if (m_pages.empty()) {
        m_current = -1;
        return;
    }
    m_current = std::clamp(index, 0, pageCount() - 1);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_current + 1).arg(pageCount()));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < pageCount());
    updateZoom();
}

void ReportExportDialog::updateZoom()
{
    if (m_current < 0)
        return;
    const QImage& image = m_pages[size_t(m_current)];
    const double factor = m_zoom->value() / 100.0 * screenDpi / previewDpi;
    m_page->setPixmap(
        QPixmap::fromImage(image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_page->adjustSize();
}

void ReportExportDialog::saveWithDialog()
{
    const QString suggested = QFileInfo(m_document->filePath()).completeBaseName() + QStringLiteral("-evidence.pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Evidence Report"),
        QDir(QFileInfo(m_document->filePath()).absolutePath()).filePath(suggested), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Evidence Report Not Saved"), error);
}

QString ReportExportDialog::saveTo(const QString& pdfPath)
{
    if (!m_built || isBuilding())
        return tr("The report is not ready yet.");
    if (m_sign->isChecked() && (m_key->text().isEmpty() || m_cert->text().isEmpty()))
        return tr("Signing needs both a private key and its certificate.");
    // Rendered beside, then saved in one step: the target is either the old file or the whole
    // new report, never half of one.
    QTemporaryDir scratch;
    const QString rendered = scratch.filePath(QStringLiteral("report.pdf"));
    if (const QString error = ReportRenderer::writePdf(m_built->data, m_built->model.model, rendered); !error.isEmpty())
        return error;
    QFile file(rendered);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the rendered report: %1").arg(file.errorString());
    if (const QString error = ModelFile::saveBytes(pdfPath, file.readAll()); !error.isEmpty())
        return error;
    QStringList written { pdfPath };
    if (m_json->isChecked()) {
        const QFileInfo info(pdfPath);
        const QString jsonPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
        const QByteArray bundle = QJsonDocument(m_built->data.toJson()).toJson(QJsonDocument::Indented);
        if (const QString error = ModelFile::saveBytes(jsonPath, bundle); !error.isEmpty())
            return error;
        written.append(jsonPath);
    }
    if (m_sign->isChecked()) {
        if (const QString error = EvidenceSigner::signFiles(written, m_key->text(), m_cert->text()); !error.isEmpty())
            return error;
    }
    m_progress->setStatus(tr("Wrote %1.").arg(QLocale().createSeparatedList(written)));
    return {};
}

} // namespace nameplan
