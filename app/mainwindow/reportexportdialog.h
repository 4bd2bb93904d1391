// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelfile.h"
#include "reportbuilder.h"
#include "reportdata.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QToolButton;

namespace nameplan {

class ModelDocument;
class ProgressRow;

// File → Export Evidence Report (issue 7 item 3): the report `nameplan report` writes, for the
// saved model file, previewed page by page before it is saved. The preview pages are painted
// by the same composition as the PDF (ReportRenderer::renderPages), so what is shown is what
// is written. The report is built off the GUI thread, with progress and Cancel; with "Include
// live checks" that build also runs what `nameplan report --with-live` runs (ReportLive,
// ReportDrills) on the same worker, whose local event loops drive the c-ares transport.
// Save writes only the report of the options shown: a build that is canceled or cannot start
// takes the previous preview with it. The options (but the outage, which names one model's
// components) are remembered in QSettings.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportExportDialog(ModelDocument* document, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; } // 0-based, -1 without pages
    QImage pageImage(int index) const { return m_pages.at(size_t(index)); }
    bool isBuilding() const { return m_watcher.isRunning(); }
    // Writes the PDF atomically (and the bundle and signatures as ticked). Empty on success,
    // otherwise why not; nothing is written before the report is ready.
    QString saveTo(const QString& pdfPath);

public Q_SLOTS:
    void rebuild();
    void showPage(int index);

Q_SIGNALS:
    void previewReady();

private:
    struct Progress; // the engine's ProgressSink, polled by the GUI thread
    struct Built {
        ModelFile::LoadResult model;
        ReportData data;
        QString error;
        QStringList unmade; // live checks and drills that could not be made (the report says so too)
    };
    static Built build(const QString& path, const ReportBuilder::Options& options, bool withLive, Progress* progress);

    QWidget* makeOptions();
    QWidget* makeSigning();
    QWidget* makePreview();
    QWidget* makeProgress();
    void finished();
    void updateZoom();
    void updateProgress();
    void setBuilding(bool building);
    void discardPreview();
    void restoreOptions();
    void saveOptions() const;
    void saveWithDialog();
    QLineEdit* filePicker(QWidget* parent, const QString& accessibleName, const QString& filter, QWidget** row);

    ModelDocument* m_document;
    QComboBox* m_paper;
    QLineEdit* m_outages;
    QLineEdit* m_duration;
    QCheckBox* m_json;
    QCheckBox* m_live;
    QGroupBox* m_sign;
    QLineEdit* m_key;
    QLineEdit* m_cert;
    QScrollArea* m_scroll;
    QLabel* m_page;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QSpinBox* m_zoom;
    ProgressRow* m_progress;
    QPushButton* m_save;
    QTimer* m_poll;

    QFutureWatcher<Built> m_watcher;
    std::shared_ptr<Progress> m_progressState;
    std::unique_ptr<Built> m_built;
    std::vector<QImage> m_pages;
    int m_current = -1;
    bool m_rebuildQueued = false; // options changed during a build: build again when it ends
};

} // namespace nameplan
