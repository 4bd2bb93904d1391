// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyzonedialog.h"

#include "progressrow.h"
#include "promiseprogress.h"
#include "verifyprogress.h"
#include "zoneverifyresultsview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nameplan {

namespace {
using Outcome = ZoneVerification::Outcome;
using Progress = PromiseProgress<Outcome, VerifyProgress>;

// On a worker thread: the verifier reports RRsets done to the promise (the bar) and polls it
// for cancellation; the transfer or the read before it is bounded on its own.
void verifyInBackground(
    QPromise<Outcome>& promise, const ZoneVerification::Source& source, const ZoneVerifier::Options& options)
{
    Progress progress(promise);
    promise.addResult(ZoneVerification::run(source, options, progress));
}

QPushButton* browseButton(QWidget* parent, QLineEdit* target, const QString& title, const QString& filter)
{
    auto* button = new QPushButton(QObject::tr("Browse…"), parent);
    QObject::connect(button, &QPushButton::clicked, target, [parent, target, title, filter] {
        const QString chosen = QFileDialog::getOpenFileName(parent, title, target->text(), filter);
        if (!chosen.isEmpty())
            target->setText(chosen);
    });
    return button;
}
} // namespace

VerifyZoneDialog::VerifyZoneDialog(QWidget* parent)
    : QDialog(parent)
    , m_fromFile(new QRadioButton(tr("Zone &file:"), this))
    , m_fromServer(new QRadioButton(tr("&AXFR from:"), this))
    , m_file(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_origin(new QLineEdit(this))
    , m_anchor(new QLineEdit(this))
    , m_results(new ZoneVerifyResultsView(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setWindowTitle(tr("Verify Zone"));
    auto* layout = new QVBoxLayout(this);
    m_sourceBox = createSourceBox();
    layout->addWidget(m_sourceBox);
    layout->addWidget(createRunRow());
    layout->addWidget(m_results, 1);
    layout->addWidget(createResultButtons());
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, &VerifyZoneDialog::onProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &VerifyZoneDialog::finish);
    setRunning(false);
    updateSourceFields();
    resize(860, 640);
}

VerifyZoneDialog::~VerifyZoneDialog()
{
    // The worker holds copies only, but must not outlive its watcher: a cancelled verification
    // ends within one chunk; a transfer within its timeout.
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

QWidget* VerifyZoneDialog::createSourceBox()
{
    auto* box = new QGroupBox(tr("Zone"), this);
    auto* grid = new QGridLayout(box);
    m_file->setObjectName(QStringLiteral("zoneFile"));
    m_file->setAccessibleName(tr("Zone file"));
    m_file->setPlaceholderText(tr("signed zone file (RFC 1035 master file)"));
    m_browseFile = browseButton(this, m_file, tr("Choose a signed zone file"), tr("Zone files (*)"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setAccessibleName(tr("Server for the zone transfer"));
    m_server->setPlaceholderText(tr("IP[:PORT], port 53 by default"));
    m_timeout->setRange(1, 60);
    m_timeout->setValue(5);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Transfer timeout"));
    m_timeout->setToolTip(tr("Give up when the server stays silent this long"));
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setAccessibleName(tr("Zone name"));
    m_origin->setPlaceholderText(tr("example.com"));
    m_anchor->setObjectName(QStringLiteral("anchor"));
    m_anchor->setAccessibleName(tr("Trust anchor file"));
    m_anchor->setPlaceholderText(tr("optional: DS or DNSKEY records; without, the zone's own keys are taken as given"));
    m_fromFile->setChecked(true);

    auto* timeoutLabel = new QLabel(tr("&Timeout:"), box);
    timeoutLabel->setBuddy(m_timeout);
    auto* originLabel = new QLabel(tr("Zone &name:"), box);
    originLabel->setBuddy(m_origin);
    auto* anchorLabel = new QLabel(tr("Trust a&nchor:"), box);
    anchorLabel->setBuddy(m_anchor);
    grid->addWidget(m_fromFile, 0, 0);
    grid->addWidget(m_file, 0, 1, 1, 3);
    grid->addWidget(m_browseFile, 0, 4);
    grid->addWidget(m_fromServer, 1, 0);
    grid->addWidget(m_server, 1, 1);
    grid->addWidget(timeoutLabel, 1, 2, Qt::AlignRight);
    grid->addWidget(m_timeout, 1, 3);
    grid->addWidget(originLabel, 2, 0);
    grid->addWidget(m_origin, 2, 1, 1, 3);
    grid->addWidget(anchorLabel, 3, 0);
    grid->addWidget(m_anchor, 3, 1, 1, 3);
    grid->addWidget(browseButton(this, m_anchor, tr("Choose a trust anchor file"), tr("Anchor files (*)")), 3, 4);
    grid->setColumnStretch(1, 1);
    connect(m_fromFile, &QRadioButton::toggled, this, &VerifyZoneDialog::updateSourceFields);
    return box;
}

QWidget* VerifyZoneDialog::createRunRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verify = new QPushButton(tr("&Verify"), row);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setDefault(true);
    m_verify->setToolTip(tr("Check every RRSIG and the NSEC/NSEC3 chain of the zone on all cores"));
    m_progress = new ProgressRow(row);
    m_progress->cancelButton()->setObjectName(QStringLiteral("cancel"));
    m_progress->bar()->setAccessibleName(tr("Verification progress"));
    QLabel* status = m_progress->statusLabel();
    status->setObjectName(QStringLiteral("status"));
    status->setAccessibleName(tr("Verification status"));
    status->setMinimumWidth(status->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 18);
    layout->addWidget(m_verify);
    layout->addWidget(m_progress, 1);
    connect(m_verify, &QPushButton::clicked, this, &VerifyZoneDialog::start);
    connect(m_progress, &ProgressRow::cancelRequested, this, &VerifyZoneDialog::cancel);
    return row;
}

QWidget* VerifyZoneDialog::createResultButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("C&opy JSON"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the result as `nameplan verify-zone --json` writes it"));
    m_export = buttons->addButton(tr("&Export JSON…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("export"));
    connect(m_copy, &QPushButton::clicked, this, &VerifyZoneDialog::copyJson);
    connect(m_export, &QPushButton::clicked, this, &VerifyZoneDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerifyZoneDialog::reject);
    return buttons;
}

void VerifyZoneDialog::setZoneFile(const QString& file, const QString& origin)
{
    m_fromFile->setChecked(true);
    m_file->setText(file);
    m_origin->setText(origin);
}

void VerifyZoneDialog::setAxfr(const QString& server, const QString& zone)
{
    m_fromServer->setChecked(true);
    m_server->setText(server);
    m_origin->setText(zone);
}

void VerifyZoneDialog::setAnchorFile(const QString& file)
{
    m_anchor->setText(file);
}

void VerifyZoneDialog::setTimeoutSeconds(int seconds)
{
    m_timeout->setValue(seconds);
}

void VerifyZoneDialog::updateSourceFields()
{
    const bool file = m_fromFile->isChecked();
    m_file->setEnabled(file);
    m_browseFile->setEnabled(file);
    m_server->setEnabled(!file);
    m_timeout->setEnabled(!file);
}

// What the fields name, or nothing after the banner said what is wrong with them.
std::optional<ZoneVerification::Source> VerifyZoneDialog::readSource()
{
    const auto refuse = [this](const QString& why) -> std::optional<ZoneVerification::Source> {
        m_results->showMessage(why, true);
        m_progress->setStatus(tr("Nothing verified"));
        return std::nullopt;
    };
    ZoneVerification::Source source;
    const auto origin = ZoneVerification::parseOrigin(m_origin->text());
    if (!origin)
        return refuse(m_origin->text().trimmed().isEmpty()
                ? tr("Give the zone's name.")
                : tr("“%1” is not a domain name.").arg(m_origin->text().trimmed()));
    source.origin = *origin;
    if (m_fromFile->isChecked()) {
        source.file = m_file->text().trimmed();
        if (source.file.isEmpty())
            return refuse(tr("Choose the signed zone file to verify."));
        return source;
    }
    source.axfr = ServerEndpoint::parse(m_server->text().trimmed());
    if (!source.axfr)
        return refuse(tr("“%1” is not a server address: give a numeric IP address, optionally with :PORT.")
                          .arg(m_server->text().trimmed()));
    source.timeout = std::chrono::seconds(m_timeout->value());
    return source;
}

void VerifyZoneDialog::start()
{
    if (isRunning())
        return;
    const auto source = readSource();
    if (!source)
        return;
    ZoneVerifier::Options options;
    if (const QString anchorFile = m_anchor->text().trimmed(); !anchorFile.isEmpty()) {
        QString error;
        options.anchors = TrustAnchorSet::fromFile(anchorFile, &error);
        if (!options.anchors) {
            m_results->showMessage(tr("The trust anchor cannot be used: %1").arg(error), true);
            m_progress->setStatus(tr("Nothing verified"));
            return;
        }
    }
    m_source = *source;
    m_now = QDateTime::currentSecsSinceEpoch();
    options.now = m_now;
    options.threads = QThread::idealThreadCount();
    m_json = {};
    m_results->showMessage(tr("Verifying %1…").arg(source->origin.toString()), false);
    // Busy until the verifier reports: reading or transferring.
    m_progress->start(source->axfr ? tr("Transferring from %1…").arg(source->axfr->toString()) : tr("Reading…"));
    setRunning(true);
    m_watcher->setFuture(QtConcurrent::run(verifyInBackground, *source, options));
}

void VerifyZoneDialog::onProgress(int permille)
{
    if (permille <= 0 || !isRunning() || m_watcher->isCanceled())
        return; // keeps "Cancelling…" while the last chunks end
    m_progress->setProgress(permille, Progress::range);
    if (!m_progress->showTimeLeft())
        m_progress->setStatus(tr("Verifying signatures…"));
}

void VerifyZoneDialog::cancel()
{
    if (!isRunning())
        return;
    m_watcher->cancel(); // the verifier polls it between chunks of RRsets
    m_progress->setStatus(tr("Cancelling…"));
}

void VerifyZoneDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

bool VerifyZoneDialog::isRunning() const
{
    return m_running;
}

QProgressBar* VerifyZoneDialog::progressBar() const
{
    return m_progress->bar();
}

QString VerifyZoneDialog::statusText() const
{
    return m_progress->statusLabel()->text();
}

void VerifyZoneDialog::finish()
{
    setRunning(false);
    const QString seconds = QLocale().toString(double(m_progress->elapsedMs()) / 1000.0, 'f', 1);
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        m_progress->finish(tr("Cancelled after %1 s").arg(seconds));
        m_results->showMessage(
            tr("Verification of %1 cancelled: nothing judged.").arg(m_source.origin.toString()), false);
        return;
    }
    const Outcome outcome = m_watcher->result();
    if (!outcome.ok()) {
        m_progress->finish(tr("Nothing verified"));
        m_results->showMessage(tr("Could not verify %1: %2").arg(m_source.origin.toString(), outcome.error), true);
        return;
    }
    m_json = ZoneVerification::toJson(m_source, outcome.result, m_now, outcome.millis);
    m_results->setOutcome(m_source, outcome, m_now);
    m_progress->finish(
        (outcome.result.verified() ? tr("Verified in %1 s") : tr("Not verified; took %1 s")).arg(seconds), true);
    m_copy->setEnabled(true);
    m_export->setEnabled(true);
}

void VerifyZoneDialog::setRunning(bool running)
{
    m_running = running;
    m_sourceBox->setEnabled(!running);
    m_verify->setEnabled(!running);
    m_copy->setEnabled(!running && !m_json.isEmpty());
    m_export->setEnabled(!running && !m_json.isEmpty());
}

void VerifyZoneDialog::copyJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_json).toJson()));
    m_progress->setStatus(tr("JSON copied"));
}

QString VerifyZoneDialog::exportJson(const QString& path) const
{
    if (m_json.isEmpty())
        return tr("nothing verified yet");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_json).toJson()) < 0 || !file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void VerifyZoneDialog::chooseExportFile()
{
    const QString suggested = m_source.origin.toString() + QStringLiteral("verify.json");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the verification as JSON"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportJson(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export JSON"), error);
    else
        m_progress->setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace nameplan
