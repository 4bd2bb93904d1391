// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace nameplan {

class LiveChecksPanel;
class ModelDocument;

// The Live Checks tab: the panel fed with the request the open model describes, refreshed
// whenever the model changes, so that Run always asks what the model says now.
class LiveWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit LiveWorkspace(ModelDocument* document, QWidget* parent = nullptr);

    LiveChecksPanel* panel() const { return m_panel; }

private:
    void refreshRequest();

    ModelDocument* m_document;
    LiveChecksPanel* m_panel;
};

} // namespace nameplan
