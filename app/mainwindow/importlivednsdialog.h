// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livediscovery.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace nameplan {

class ModelDocument;

// File > Import from Live DNS…: asks for a zone, walks from the model's roots on a worker
// thread (LiveDiscovery, with progress and cancel) and applies the zone and its authorities to
// the document as one undo step. Closes when something was imported; stays open with the
// reason when nothing was (cancelled, not delegated, unreachable, already up to date).
class ImportLiveDnsDialog : public QDialog {
    Q_OBJECT
public:
    ImportLiveDnsDialog(ModelDocument* document, QWidget* parent = nullptr);
    ~ImportLiveDnsDialog() override;

    bool isRunning() const;
    QString statusText() const;

Q_SIGNALS:
    // After the import was applied: the zone and the change lines.
    void imported(const QString& zone, const QStringList& changes);

protected:
    void reject() override; // Escape and Close cancel a running import first

private:
    void start();
    void cancel();
    void finish();
    void setRunning(bool running);
    QString rootsText() const;

    ModelDocument* m_document;
    QLineEdit* m_zone;
    QLabel* m_roots;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QFutureWatcher<LiveDiscovery::Result>* m_watcher;
    QString m_running; // the zone being imported
};

} // namespace nameplan
