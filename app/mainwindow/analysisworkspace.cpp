// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisworkspace.h"

#include "analysisjob.h"
#include "analysisresults.h"
#include "analysisviews.h"
#include "modeldocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace nameplan {

namespace {
constexpr int restartDelayMs = 1500; // re-analyse once a burst of edits has settled
}

AnalysisWorkspace::AnalysisWorkspace(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_job(new AnalysisJob(this))
    , m_views(new AnalysisViews(this))
    , m_run(new QPushButton(tr("Analyse now"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_restart(new QTimer(this))
{
    m_run->setToolTip(tr("Search every combination of up to two component outages, cut sets and availability"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);

    m_restart->setSingleShot(true);
    m_restart->setInterval(restartDelayMs);
    connect(m_restart, &QTimer::timeout, this, &AnalysisWorkspace::runNow);
    const auto later = [this] { m_restart->start(); };
    connect(m_document, &ModelDocument::reset, this, later);
    connect(m_document, &ModelDocument::inserted, this, later);
    connect(m_document, &ModelDocument::removed, this, later);
    connect(m_document, &ModelDocument::fieldChanged, this, later);
    connect(m_run, &QPushButton::clicked, this, &AnalysisWorkspace::runNow);
    connect(m_cancel, &QPushButton::clicked, m_job, &AnalysisJob::cancel);
    connect(m_job, &AnalysisJob::started, this, [this] {
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_status->setText(tr("Analysing…"));
    });
    connect(m_job, &AnalysisJob::progressChanged, this, [this](int permille, qint64 msLeft) {
        m_progress->setValue(permille);
        m_status->setText(msLeft < 0 ? tr("Analysing…") : tr("about %n s left", nullptr, int((msLeft + 999) / 1000)));
    });
    connect(m_job, &AnalysisJob::finished, this, [this](const AnalysisResults& results) {
        m_cancel->setEnabled(false);
        m_progress->setValue(1000);
        m_status->setText(tr("Up to date"));
        m_views->setResults(results);
    });
    connect(m_job, &AnalysisJob::canceled, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Canceled"));
    });
    connect(m_views, &AnalysisViews::highlightRequested, this, &AnalysisWorkspace::highlightRequested);
}

AnalysisWorkspace::~AnalysisWorkspace()
{
    // The job cancels a running analysis as it goes and says so; deleted among QWidget's children
    // it would say it to this workspace's handlers after this part of the object is gone.
    delete m_job;
}

void AnalysisWorkspace::runNow()
{
    m_restart->stop();
    m_job->start(m_document->model(), AnalysisJob::Options {});
}

} // namespace nameplan
