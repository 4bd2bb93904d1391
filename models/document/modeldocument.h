// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementkind.h"
#include "model.h"
#include "problem.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTimer;
class QUndoStack;

namespace nameplan {

// One open model: its value, its undo history, the file it came from and its autosave.
// Every change goes through a QUndoCommand that holds element ids, never rows (rows move
// when other elements are added or removed), and every change is announced by the signals
// below so that item models can follow it row by row.
class ModelDocument : public QObject {
    Q_OBJECT
public:
    explicit ModelDocument(QObject* parent = nullptr);
    ~ModelDocument() override; // removes this session's recovery file

    const Model& model() const;
    QUndoStack* undoStack() const;
    QString filePath() const; // empty for a new, unsaved model
    bool isModified() const; // !undoStack()->isClean()
    // ModelValidator on the current model. Always up to date when called; problemsChanged()
    // is emitted (debounced) after changes that alter the list.
    const Problems& problems() const;

    void newModel(); // empty model, clears undo
    // Loads; on failure returns the problems (reader + validation errors) and changes NOTHING.
    // openAnyway=true loads a file that is structurally sound but has validation errors (so the
    // user can repair it). On success returns the loaded model's problems (warnings, or the
    // errors accepted with openAnyway). *loaded, when given, tells success from failure.
    Problems load(const QString& path, bool openAnyway = false, bool* loaded = nullptr);
    // Atomic (ModelFile::save, QSaveFile); empty on success else the error; marks clean.
    // An empty path saves to filePath().
    QString save(const QString& path = {});
    // Another program wrote (or removed) the file since load/save: size, then content hash
    // (mtime alone is too coarse to tell two writes within one clock tick apart).
    bool fileChangedOnDisk() const;

    // Undoable edits, each one QUndoCommand with a readable text ("Change host name of ns1").
    // Changing an element's id also renames every reference to it, in the same step.
    // Returns false (and changes nothing) for an unknown element or field, a value the field
    // cannot hold, or a rename to an empty or already used id.
    bool setField(ElementKind kind, const QString& id, const QString& fieldKey, const QVariant& value);
    QString addElement(ElementKind kind); // fresh unique id ("authority-3"), required fields defaulted
    QString duplicateElement(const QString& id); // copy with a fresh id, right after the original
    void removeElements(const QStringList& ids); // one step; also strips references to them elsewhere
    void setMetadata(const QString& title, const QString& author, const QString& description);
    // Replaces the whole control mapping as one undoable step named commandText; no-op when unchanged.
    void setControlMapping(const std::vector<ControlMappingEntry>& mapping, const QString& commandText);
    void replaceModel(const Model& model, const QString& commandText); // one undoable step

    // Crash safety (issue 9 item 5): while modified, the current state is written to a recovery
    // file (QStandardPaths::AppDataLocation/recovery/) every interval; removed on save, load,
    // newModel and destruction. A crashed session's files are offered by pendingRecoveries().
    void setAutosaveInterval(int milliseconds); // default 60000
    int autosaveInterval() const;
    QString recoveryFilePath() const;
    void writeRecoveryNow(); // also what the timer calls; no-op when unmodified
    static QString recoveryDirectory();
    static QStringList pendingRecoveries(); // recovery files whose owning process is gone
    // Restores the recovered state as one undoable step over the original file (when it can
    // still be read), so the document is modified, unsaved and remembers its original path.
    // The recovery file is deleted once this session's own recovery file holds the state.
    bool restoreRecovery(const QString& recoveryFile);

Q_SIGNALS:
    void aboutToInsert(nameplan::ElementKind kind, int row);
    void inserted(nameplan::ElementKind kind, int row);
    void aboutToRemove(nameplan::ElementKind kind, int row);
    void removed(nameplan::ElementKind kind, int row);
    void fieldChanged(nameplan::ElementKind kind, int row, int field);
    void metadataChanged();
    void controlMappingChanged();
    void aboutToReset(); // load, newModel, replaceModel
    void reset();
    void problemsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    // The only mutators; undo commands call them so that every change is announced.
    friend class SetFieldCommand;
    friend class InsertElementCommand;
    friend class RemoveElementsCommand;
    friend class SetMetadataCommand;
    friend class SetControlMappingCommand;
    friend class ReplaceModelCommand;
    int rowOf(ElementKind kind, const QString& id) const;
    void applyField(ElementKind kind, int row, int field, const QVariant& value);
    void insertAt(ElementKind kind, int row, const AnyElement& element);
    void removeAt(ElementKind kind, int row);
    void applyMetadata(const QString& title, const QString& author, const QString& description);
    void applyControlMapping(const std::vector<ControlMappingEntry>& mapping);
    void resetTo(const Model& model);

    QString uniqueId(const QString& base, bool numberFirst) const;
    void setFile(const QString& path, const QByteArray& bytes);
    void modelChanged();
    void emitProblemsIfChanged();
    void onCleanChanged(bool clean);
    void discardRecovery();

    Model m_model;
    QUndoStack* m_undoStack;
    QTimer* m_problemsTimer;
    QTimer* m_autosaveTimer;
    QString m_filePath;
    qint64 m_fileSize = -1; // -1: the file did not exist
    QByteArray m_fileHash;
    mutable Problems m_problems;
    mutable bool m_problemsStale = true;
    Problems m_announcedProblems;
    bool m_recoveryCurrent = false; // the recovery file holds the current state
    QString m_recoveryPath;
};

} // namespace nameplan
