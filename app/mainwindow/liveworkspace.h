// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace nameplan {

class LiveChecksPanel;
class ModelDocument;

// The Live Checks tab: the panel offers the open model's zones, refreshed whenever the model
// changes; Run builds the request from the model as it is then (ModelTargets, as
// `nameplan check FILE` does: walk from settings.roots, drift, settings.trust_anchors) on a
// worker thread, since the walk blocks.
class LiveWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit LiveWorkspace(ModelDocument* document, QWidget* parent = nullptr);

    LiveChecksPanel* panel() const { return m_panel; }

private:
    void refreshZones();

    ModelDocument* m_document;
    LiveChecksPanel* m_panel;
};

} // namespace nameplan
