// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlivednsdialog.h"

#include "modeldocument.h"
#include "modeltargets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nameplan {

namespace {
// The walk, on a worker thread: the resolver polls the promise for cancellation and reports
// each query as progress text.
void discover(QPromise<LiveDiscovery::Result>& promise, const Model& base, const DnsName& zone)
{
    const ResolverConfig config = ModelTargets::resolverConfig(base, {});
    IterativeResolver resolver(config);
    resolver.setCancelCheck([&promise] { return promise.isCanceled(); });
    promise.setProgressRange(0, config.maxQueries);
    resolver.setProgress(
        [&promise](int queries, const QString& step) { promise.setProgressValueAndText(queries, step); });
    promise.addResult(LiveDiscovery::discover(base, zone, resolver));
}
} // namespace

ImportLiveDnsDialog::ImportLiveDnsDialog(ModelDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_zone(new QLineEdit(this))
    , m_roots(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_watcher(new QFutureWatcher<LiveDiscovery::Result>(this))
{
    setWindowTitle(tr("Import from Live DNS"));
    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setPlaceholderText(tr("example.org"));
    m_zone->setAccessibleName(tr("Zone to import"));
    m_roots->setText(rootsText());
    m_roots->setWordWrap(true);
    m_progress->setRange(0, 0); // busy: the number of queries a walk needs is not known ahead
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a three-line error message: a wrapped label does not grow a shown dialog.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAccessibleName(tr("Import status"));

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_import, &QPushButton::clicked, this, &ImportLiveDnsDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportLiveDnsDialog::reject);
    connect(m_watcher, &QFutureWatcher<LiveDiscovery::Result>::progressTextChanged, m_status, &QLabel::setText);
    connect(m_watcher, &QFutureWatcher<LiveDiscovery::Result>::finished, this, &ImportLiveDnsDialog::finish);

    auto* form = new QFormLayout;
    form->addRow(tr("&Zone:"), m_zone);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Creates the zone and its authorities in the model, or updates them, from what the "
                                "delegation and the zone's own name servers say."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_roots);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ImportLiveDnsDialog::~ImportLiveDnsDialog()
{
    // The worker reads nothing of this dialog, but its result must not outlive the watcher.
    m_watcher->cancel();
    m_watcher->waitForFinished(); // a cancelled walk stops within one 50 ms poll
}

QString ImportLiveDnsDialog::rootsText() const
{
    const ModelSettings& settings = m_document->model().settings;
    const QString port = settings.port ? tr(", every server at port %1").arg(*settings.port) : QString();
    if (settings.roots.isEmpty())
        return tr("Walks from the IANA root servers%1.").arg(port);
    return tr("Walks from the model's roots %1%2.").arg(settings.roots.join(QStringLiteral(", ")), port);
}

bool ImportLiveDnsDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString ImportLiveDnsDialog::statusText() const
{
    return m_status->text();
}

void ImportLiveDnsDialog::start()
{
    QByteArray text = m_zone->text().trimmed().toUtf8();
    if (!text.endsWith('.'))
        text += '.';
    const auto zone = DnsName::fromText(text);
    if (m_zone->text().trimmed().isEmpty() || !zone) {
        m_status->setText(tr("“%1” is not a domain name.").arg(m_zone->text()));
        return;
    }
    if (const auto bad = ModelTargets::badRoot(m_document->model())) {
        m_status->setText(tr("The model's roots (settings.roots) hold “%1”, which is not IP[:PORT].").arg(*bad));
        return;
    }
    m_running = zone->toString();
    m_status->setText(tr("Walking from the roots to %1").arg(m_running));
    setRunning(true);
    m_watcher->setFuture(QtConcurrent::run(discover, m_document->model(), *zone));
}

void ImportLiveDnsDialog::cancel()
{
    m_watcher->cancel();
    m_status->setText(tr("Cancelling…"));
}

void ImportLiveDnsDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportLiveDnsDialog::finish()
{
    setRunning(false);
    if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
        m_status->setText(tr("Cancelled; the model is unchanged."));
        return;
    }
    const LiveDiscovery::Result result = m_watcher->result();
    if (!result.ok()) {
        m_status->setText(
            tr("Nothing imported (%1): %2").arg(ResolveError::kindName(result.error.kind), result.error.message));
        return;
    }
    if (result.changes.isEmpty()) {
        m_status->setText(tr("The model already matches live DNS for %1.").arg(m_running));
        return;
    }
    // The document's model may have changed while the walk ran (the dialog is window-modal,
    // so only through undo shortcuts elsewhere): replace from the copy the walk started with.
    m_document->replaceModel(result.model, tr("Import %1 from live DNS").arg(m_running));
    Q_EMIT imported(m_running, result.changes);
    accept();
}

void ImportLiveDnsDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_import->setEnabled(!running);
    m_zone->setEnabled(!running);
}

} // namespace nameplan
