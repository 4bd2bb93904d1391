// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoneverification.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonObject>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace nameplan {

class ProgressRow;
class ZoneVerifyResultsView;

// Tools > Verify Zone…: the workbench face of `nameplan verify-zone` (issue 5 item 4). The
// zone comes from a zone file or by AXFR from a server, with an optional trust anchor file;
// ZoneVerification runs on a worker thread (both cores), its VerifyProgress feeds the progress
// bar through the promise, Cancel stops a transfer at its next message and the verifier at its
// next chunk of RRsets. The results
// view shows the verdict, the counts and the problems; Copy and Export give the JSON that
// `verify-zone --json` writes.
class VerifyZoneDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerifyZoneDialog(QWidget* parent = nullptr);
    ~VerifyZoneDialog() override;

    void setZoneFile(const QString& file, const QString& origin);
    void setAxfr(const QString& server, const QString& zone);
    void setAnchorFile(const QString& file);
    void setTimeoutSeconds(int seconds);

    void start();
    void cancel();
    // From Verify until the result (or the cancel) is shown.
    bool isRunning() const;
    QString statusText() const;
    ZoneVerifyResultsView* results() const { return m_results; }
    QProgressBar* progressBar() const;
    // The last verification as `verify-zone --json` writes it; empty when there is none.
    QJsonObject json() const { return m_json; }
    // Writes json() to path; empty on success, otherwise why not.
    QString exportJson(const QString& path) const;

protected:
    void reject() override; // Escape and Close cancel a running verification first

private:
    QWidget* createSourceBox();
    QWidget* createRunRow();
    QWidget* createResultButtons();
    std::optional<ZoneVerification::Source> readSource();
    void onProgress(int permille);
    void finish();
    void setRunning(bool running);
    void updateSourceFields();
    void copyJson();
    void chooseExportFile();

    QWidget* m_sourceBox = nullptr;
    QRadioButton* m_fromFile;
    QRadioButton* m_fromServer;
    QLineEdit* m_file;
    QPushButton* m_browseFile = nullptr;
    QLineEdit* m_server;
    QSpinBox* m_timeout;
    QLineEdit* m_origin;
    QLineEdit* m_anchor;
    QPushButton* m_verify = nullptr;
    ProgressRow* m_progress = nullptr;
    ZoneVerifyResultsView* m_results;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QFutureWatcher<ZoneVerification::Outcome>* m_watcher;
    bool m_running = false;
    ZoneVerification::Source m_source; // of the run in progress or shown
    qint64 m_now = 0;
    QJsonObject m_json;
};

} // namespace nameplan
