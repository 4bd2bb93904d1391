// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveworkspace.h"

#include "livecheckspanel.h"
#include "modeldocument.h"
#include "modeltargets.h"

#include <QPromise>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nameplan {

namespace {
// On a worker thread: the resolver polls the promise for cancellation and reports each query
// of the walk as progress text.
void prepare(QPromise<LiveChecksPanel::Preparation>& promise, const Model& model, const QString& zone)
{
    ModelTargets::Options options;
    if (!zone.isEmpty())
        options.zone = DnsName::fromText(zone.toUtf8());
    options.cancelled = [&promise] { return promise.isCanceled(); };
    options.progress = [&promise](int queries, const QString& step) { promise.setProgressValueAndText(queries, step); };
    ModelTargets::Result built = ModelTargets::build(model, options);
    LiveChecksPanel::Preparation prepared;
    prepared.request.zones = built.zones;
    prepared.request.anchors = built.anchors;
    prepared.error = built.error;
    promise.addResult(prepared);
}
} // namespace

LiveWorkspace::LiveWorkspace(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_panel(new LiveChecksPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    // The model is copied at Run: edits made while the walk runs do not race with it.
    m_panel->setPreparer([this](const QString& zone) { return QtConcurrent::run(prepare, m_document->model(), zone); });
    connect(document, &ModelDocument::reset, this, &LiveWorkspace::refreshZones);
    connect(document, &ModelDocument::inserted, this, &LiveWorkspace::refreshZones);
    connect(document, &ModelDocument::removed, this, &LiveWorkspace::refreshZones);
    connect(document, &ModelDocument::fieldChanged, this, &LiveWorkspace::refreshZones);
    refreshZones();
}

void LiveWorkspace::refreshZones()
{
    m_panel->setZones(ModelTargets::zoneNames(m_document->model()));
}

} // namespace nameplan
