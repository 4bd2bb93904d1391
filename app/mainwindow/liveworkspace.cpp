// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveworkspace.h"

#include "livecheckspanel.h"
#include "livemodelrequest.h"
#include "modeldocument.h"

#include <QVBoxLayout>

namespace nameplan {

LiveWorkspace::LiveWorkspace(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_panel(new LiveChecksPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    connect(document, &ModelDocument::reset, this, &LiveWorkspace::refreshRequest);
    connect(document, &ModelDocument::inserted, this, &LiveWorkspace::refreshRequest);
    connect(document, &ModelDocument::removed, this, &LiveWorkspace::refreshRequest);
    connect(document, &ModelDocument::fieldChanged, this, &LiveWorkspace::refreshRequest);
    refreshRequest();
}

void LiveWorkspace::refreshRequest()
{
    // Building the request is a walk over the model's zones: cheap next to any edit.
    if (!m_panel->isRunning())
        m_panel->setRequest(LiveModelRequest::fromModel(m_document->model()));
}

} // namespace nameplan
