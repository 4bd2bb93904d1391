// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldocument.h"

#include "fieldschema.h"
#include "idindex.h"
#include "insertelementcommand.h"
#include "modelfile.h"
#include "modelreader.h"
#include "modelvalidator.h"
#include "modelwriter.h"
#include "recoveryfile.h"
#include "removeelementscommand.h"
#include "replacemodelcommand.h"
#include "setcontrolmappingcommand.h"
#include "setfieldcommand.h"
#include "setmetadatacommand.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointF>
#include <QTimer>
#include <QUndoStack>

#include <atomic>

namespace nameplan {

namespace {

constexpr int defaultAutosaveInterval = 60000;
// Validating 20,000 elements takes tens of milliseconds: coalesce bursts of edits on large
// models so that typing stays fluid; small models refresh on the next event loop turn.
constexpr int largeModelElements = 2000;
constexpr int largeModelProblemsDelay = 250;

std::atomic_int nextDocumentSerial { 1 };

QByteArray hashOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A number field's value, or an invalid QVariant (unset) for empty input; nullopt when the
// input is not a number.
template <class T> std::optional<QVariant> numberValue(const QVariant& value)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()))
        return QVariant();
    if (!value.canConvert<T>())
        return std::nullopt;
    bool ok = false;
    const T number = std::is_integral_v<T> ? T(value.toLongLong(&ok)) : T(value.toDouble(&ok));
    return ok ? std::optional(QVariant::fromValue(number)) : std::nullopt;
}

// The value in the exact form FieldSchema stores it, so that "unchanged" is a plain comparison.
std::optional<QVariant> normalized(FieldType type, const QVariant& value)
{
    switch (type) {
    case FieldType::AddressList:
    case FieldType::ReferenceList:
    case FieldType::OutageList:
        return QVariant(value.toStringList());
    case FieldType::Seconds:
        return numberValue<qint64>(value);
    case FieldType::Probability:
    case FieldType::Hours:
        return numberValue<double>(value);
    case FieldType::Point:
        if (!value.isValid())
            return QVariant();
        return value.canConvert<QPointF>() ? std::optional(QVariant(value.toPointF())) : std::nullopt;
    case FieldType::Id:
    case FieldType::Text:
    case FieldType::Domain:
    case FieldType::Reference:
    case FieldType::Choice:
        break;
    }
    return QVariant(value.toString());
}

// "Host name" -> "host name", but "MTBF (h)" stays.
QString inSentence(const QString& label)
{
    if (label.size() > 1 && label[1].isLower())
        return label[0].toLower() + label.mid(1);
    return label;
}

// What a new element's required field starts as: something valid where possible, so that a
// new element adds as few problems as it can.
QVariant defaultValue(const Model& model, const FieldSpec& spec, const QString& id)
{
    const bool haveTarget = model.count(spec.target) > 0;
    switch (spec.type) {
    case FieldType::Domain:
        return QString(id + QStringLiteral(".example"));
    case FieldType::Choice:
        return spec.choices.value(0);
    case FieldType::Reference:
        return haveTarget ? model.element(spec.target, 0).id : QString();
    case FieldType::ReferenceList:
        return haveTarget ? QStringList { model.element(spec.target, 0).id } : QStringList();
    default:
        return {};
    }
}

} // namespace

ModelDocument::ModelDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_problemsTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
    , m_recoveryPath(RecoveryFile::pathFor(nextDocumentSerial++))
{
    m_problemsTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(defaultAutosaveInterval);
    connect(m_problemsTimer, &QTimer::timeout, this, &ModelDocument::emitProblemsIfChanged);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ModelDocument::writeRecoveryNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ModelDocument::onCleanChanged);
}

ModelDocument::~ModelDocument()
{
    discardRecovery();
}

const Model& ModelDocument::model() const
{
    return m_model;
}

QUndoStack* ModelDocument::undoStack() const
{
    return m_undoStack;
}

QString ModelDocument::filePath() const
{
    return m_filePath;
}

bool ModelDocument::isModified() const
{
    return !m_undoStack->isClean();
}

const Problems& ModelDocument::problems() const
{
    if (m_problemsStale) {
        m_problems = ModelValidator::validate(m_model);
        m_problemsStale = false;
    }
    return m_problems;
}

void ModelDocument::newModel()
{
    discardRecovery();
    m_undoStack->clear();
    resetTo(Model());
    setFile({}, {});
    m_fileSize = -1;
}

Problems ModelDocument::load(const QString& path, bool openAnyway, bool* loaded)
{
    const ModelFile::LoadResult result = ModelFile::load(path);
    if (loaded)
        *loaded = false;
    if (hasErrors(result.problems)) {
        // Validation errors alone leave a structurally sound model the user may repair.
        const bool sound = !result.bytes.isEmpty() && ModelReader::read(result.bytes).problems.isEmpty();
        if (!openAnyway || !sound)
            return result.problems;
    }
    discardRecovery();
    m_undoStack->clear();
    resetTo(result.model);
    setFile(path, result.bytes);
    if (loaded)
        *loaded = true;
    return result.problems;
}

QString ModelDocument::save(const QString& path)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty())
        return QStringLiteral("no file name given for a model that was never saved");
    const QByteArray bytes = ModelWriter::write(m_model);
    if (const QString error = ModelFile::saveBytes(target, bytes); !error.isEmpty())
        return error;
    setFile(target, bytes);
    m_undoStack->setClean();
    discardRecovery();
    return {};
}

bool ModelDocument::fileChangedOnDisk() const
{
    if (m_filePath.isEmpty())
        return false;
    QFile file(m_filePath);
    if (!file.exists())
        return m_fileSize >= 0;
    if (m_fileSize < 0 || file.size() != m_fileSize || !file.open(QIODevice::ReadOnly))
        return true;
    return hashOf(file.readAll()) != m_fileHash;
}

bool ModelDocument::setField(ElementKind kind, const QString& id, const QString& fieldKey, const QVariant& value)
{
    const int row = rowOf(kind, id);
    const int field = FieldSchema::indexOf(kind, fieldKey);
    if (row < 0 || field < 0)
        return false;
    const FieldSpec& spec = FieldSchema::fields(kind)[size_t(field)];
    const std::optional<QVariant> after = normalized(spec.type, value);
    if (!after)
        return false;
    const QVariant before = FieldSchema::value(m_model, kind, row, field);
    if (*after == before)
        return true;
    if (spec.type == FieldType::Id && (after->toString().isEmpty() || m_model.locate(after->toString())))
        return false;
    const QString text = QStringLiteral("Change %1 of %2").arg(inSentence(spec.label), id);
    m_undoStack->push(new SetFieldCommand(this, { kind, id, field, before, *after }, text));
    return true;
}

QString ModelDocument::addElement(ElementKind kind)
{
    const QString id = uniqueId(elementKindNoun(kind).replace(u' ', u'-'), true);
    Model scratch; // builds the element through the generic schema
    scratch.visitList(kind, [](auto& list) { list.emplace_back(); });
    const auto fields = FieldSchema::fields(kind);
    for (int field = 0; field < int(fields.size()); ++field) {
        const FieldSpec& spec = fields[size_t(field)];
        if (spec.type == FieldType::Id)
            FieldSchema::setValue(scratch, kind, 0, field, id);
        else if (spec.required)
            FieldSchema::setValue(scratch, kind, 0, field, defaultValue(m_model, spec, id));
    }
    const QString text = QStringLiteral("Add %1 %2").arg(elementKindNoun(kind), id);
    m_undoStack->push(new InsertElementCommand(this, kind, m_model.count(kind), scratch.elementAt(kind, 0), text));
    return id;
}

QString ModelDocument::duplicateElement(const QString& id)
{
    const auto where = m_model.locate(id);
    if (!where)
        return {};
    const auto [kind, row] = *where;
    const QString copyId = uniqueId(id + QStringLiteral("-copy"), false);
    AnyElement copy = m_model.elementAt(kind, row);
    std::visit(
        [&copyId](auto& e) {
            e.id = copyId;
            if (!e.name.isEmpty())
                e.name += QStringLiteral(" (copy)");
        },
        copy);
    const QString text = QStringLiteral("Duplicate %1 %2").arg(elementKindNoun(kind), id);
    m_undoStack->push(new InsertElementCommand(this, kind, row + 1, copy, text));
    return copyId;
}

void ModelDocument::removeElements(const QStringList& ids)
{
    auto command = std::make_unique<RemoveElementsCommand>(this, ids);
    if (!command->isEmpty())
        m_undoStack->push(command.release());
}

void ModelDocument::setMetadata(const QString& title, const QString& author, const QString& description)
{
    const SetMetadataCommand::Metadata before { m_model.title, m_model.author, m_model.description };
    if (before.title == title && before.author == author && before.description == description)
        return;
    m_undoStack->push(new SetMetadataCommand(this, before, { title, author, description }));
}

void ModelDocument::setControlMapping(const std::vector<ControlMappingEntry>& mapping, const QString& commandText)
{
    if (mapping == m_model.controlMapping)
        return;
    m_undoStack->push(new SetControlMappingCommand(this, m_model.controlMapping, mapping, commandText));
}

void ModelDocument::replaceModel(const Model& model, const QString& commandText)
{
    m_undoStack->push(new ReplaceModelCommand(this, model, commandText));
}

void ModelDocument::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

int ModelDocument::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

QString ModelDocument::recoveryFilePath() const
{
    return m_recoveryPath;
}

void ModelDocument::writeRecoveryNow()
{
    if (!isModified() || m_recoveryCurrent)
        return;
    const QString error = RecoveryFile::write(m_recoveryPath, ModelWriter::write(m_model), m_filePath);
    if (!error.isEmpty()) {
        qWarning("autosave: %s", qPrintable(error));
        return;
    }
    m_recoveryCurrent = true;
}

QString ModelDocument::recoveryDirectory()
{
    return RecoveryFile::directory();
}

QStringList ModelDocument::pendingRecoveries()
{
    return RecoveryFile::orphans();
}

bool ModelDocument::restoreRecovery(const QString& recoveryFile)
{
    const std::optional<RecoveryFile::Contents> contents = RecoveryFile::read(recoveryFile);
    if (!contents)
        return false;
    const ModelReader::Result recovered = ModelReader::read(contents->model);
    if (!recovered.problems.isEmpty())
        return false;
    // The original file, when it can still be read, is the state undo goes back to.
    ModelFile::LoadResult original;
    if (!contents->originalPath.isEmpty())
        original = ModelFile::load(contents->originalPath);
    const bool haveOriginal = !original.bytes.isEmpty() && ModelReader::read(original.bytes).problems.isEmpty();
    discardRecovery();
    m_undoStack->clear();
    resetTo(haveOriginal ? original.model : Model());
    setFile(contents->originalPath, original.bytes);
    if (!QFile::exists(contents->originalPath))
        m_fileSize = -1;
    replaceModel(recovered.model, QStringLiteral("Restore recovered changes"));
    writeRecoveryNow();
    if (m_recoveryCurrent)
        QFile::remove(recoveryFile);
    return true;
}

int ModelDocument::rowOf(ElementKind kind, const QString& id) const
{
    return m_model.visitList(kind, [&id](const auto& list) {
        for (size_t row = 0; row < list.size(); ++row) {
            if (list[row].id == id)
                return int(row);
        }
        return -1;
    });
}

void ModelDocument::applyField(ElementKind kind, int row, int field, const QVariant& value)
{
    FieldSchema::setValue(m_model, kind, row, field, value);
    Q_EMIT fieldChanged(kind, row, field);
    modelChanged();
}

void ModelDocument::insertAt(ElementKind kind, int row, const AnyElement& element)
{
    Q_EMIT aboutToInsert(kind, row);
    m_model.insertElement(kind, row, element);
    Q_EMIT inserted(kind, row);
    modelChanged();
}

void ModelDocument::removeAt(ElementKind kind, int row)
{
    Q_EMIT aboutToRemove(kind, row);
    m_model.removeElement(kind, row);
    Q_EMIT removed(kind, row);
    modelChanged();
}

void ModelDocument::applyMetadata(const QString& title, const QString& author, const QString& description)
{
    m_model.title = title;
    m_model.author = author;
    m_model.description = description;
    Q_EMIT metadataChanged();
    modelChanged();
}

void ModelDocument::applyControlMapping(const std::vector<ControlMappingEntry>& mapping)
{
    m_model.controlMapping = mapping;
    Q_EMIT controlMappingChanged();
    modelChanged();
}

void ModelDocument::resetTo(const Model& model)
{
    Q_EMIT aboutToReset();
    m_model = model;
    Q_EMIT reset();
    modelChanged();
}

QString ModelDocument::uniqueId(const QString& base, bool numberFirst) const
{
    const IdIndex index(m_model);
    if (!numberFirst && !index.find(base))
        return base;
    for (int n = numberFirst ? 1 : 2;; ++n) {
        const QString id = base + u'-' + QString::number(n);
        if (!index.find(id))
            return id;
    }
}

void ModelDocument::setFile(const QString& path, const QByteArray& bytes)
{
    m_fileSize = bytes.size();
    m_fileHash = hashOf(bytes);
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void ModelDocument::modelChanged()
{
    m_recoveryCurrent = false;
    m_problemsStale = true;
    m_problemsTimer->start(m_model.elementCount() < largeModelElements ? 0 : largeModelProblemsDelay);
}

void ModelDocument::emitProblemsIfChanged()
{
    if (problems() == m_announcedProblems)
        return;
    m_announcedProblems = m_problems;
    Q_EMIT problemsChanged();
}

void ModelDocument::onCleanChanged(bool clean)
{
    if (clean) {
        m_autosaveTimer->stop();
        discardRecovery();
    } else {
        m_autosaveTimer->start();
    }
    Q_EMIT modifiedChanged(!clean);
}

void ModelDocument::discardRecovery()
{
    QFile::remove(m_recoveryPath);
    m_recoveryCurrent = false;
}

} // namespace nameplan
