// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecontroller.h"

#include "loadproblemsdialog.h"
#include "modeldocument.h"
#include "modelreader.h"
#include "recentfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

namespace nameplan {

namespace {

// Only validation errors (dangling references, bad values) can be repaired in the editor; a
// file the reader refuses (syntax, wrong types, newer schema) cannot be shown at all.
bool structurallySound(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > ModelReader::maximumFileSize)
        return false;
    return ModelReader::read(file.readAll()).problems.isEmpty();
}

void printProblems(const QString& path, const Problems& problems)
{
    QTextStream err(stderr);
    for (const Problem& problem : problems)
        err << path << ": " << problem.toString() << '\n';
}

QString fileFilter()
{
    return QCoreApplication::translate("FileController", "Nameplan models (*.nameplan.json);;JSON files (*.json)");
}

} // namespace

FileController::FileController(ModelDocument* document, QWidget* window, QMenu* recentMenu)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_recent(new RecentFiles(recentMenu, this))
{
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });
}

bool FileController::openFile(const QString& path)
{
    bool loaded = false;
    const Problems problems = m_document->load(path, false, &loaded);
    if (loaded) {
        finishOpen(path);
        return true;
    }
    const bool repairable = structurallySound(path);
    if (!m_window->isVisible()) {
        // Start-up (main opens the file before showing the window) or a headless screenshot.
        printProblems(path, problems);
        QTimer::singleShot(0, this, [this, path, problems, repairable] {
            if (m_window->isVisible() && askRepair(path, problems, repairable))
                openAnyway(path);
        });
        return false;
    }
    return askRepair(path, problems, repairable) && openAnyway(path);
}

bool FileController::askRepair(const QString& path, const Problems& problems, bool offerRepair)
{
    LoadProblemsDialog dialog(path, problems, offerRepair, m_window);
    return dialog.exec() == QDialog::Accepted && offerRepair;
}

bool FileController::openAnyway(const QString& path)
{
    bool loaded = false;
    m_document->load(path, true, &loaded);
    if (loaded)
        finishOpen(path);
    return loaded;
}

void FileController::finishOpen(const QString& path)
{
    m_recent->add(path);
    Q_EMIT opened(path);
    Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name
        = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void FileController::newFile()
{
    if (!maybeSave())
        return;
    m_document->newModel();
    Q_EMIT message(tr("New model"));
}

void FileController::open()
{
    if (!maybeSave())
        return;
    const QStringList recent = m_recent->files();
    const QString start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Model"), start, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileController::saveAs()
{
    const QString current = m_document->filePath();
    const QString start = current.isEmpty() ? QDir::homePath() + QStringLiteral("/untitled.nameplan.json") : current;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Model As"), start, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1StringView(".json")))
        path += QStringLiteral(".nameplan.json");
    return saveTo(path);
}

bool FileController::saveTo(const QString& path)
{
    const bool samePath = !m_document->filePath().isEmpty() && QFileInfo(path) == QFileInfo(m_document->filePath());
    if (samePath && m_document->fileChangedOnDisk()) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
            tr("%1 was changed by another program since you opened it.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("Overwrite it with your version? The other program's changes will be lost."));
        box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("changedOnDisk"));
        if (box.exec() == QMessageBox::Cancel)
            return false;
    }
    const QString error = m_document->save(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Cannot Save"), error);
        return false;
    }
    m_recent->add(path);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void FileController::offerRecovery()
{
    for (const QString& file : ModelDocument::pendingRecoveries()) {
        if (m_document->isModified())
            return; // never replace work in progress
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
            tr("A Nameplan session ended unexpectedly and left unsaved changes (last written %1).")
                .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Restore them? You can then review and save them."));
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.setObjectName(QStringLiteral("recoverWork"));
        box.exec();
        if (box.clickedButton() == restore) {
            if (!m_document->restoreRecovery(file))
                QMessageBox::critical(m_window, tr("Cannot Restore"), tr("%1 could not be read.").arg(file));
            else
                Q_EMIT message(tr("Restored unsaved work; review and save it."));
        } else if (box.clickedButton() == discard) {
            QFile::remove(file);
        } else {
            return;
        }
    }
}

} // namespace nameplan
