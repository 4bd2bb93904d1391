// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelreader.h"

#include "fieldschema.h"
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>

#include <cmath>

namespace nameplan {

namespace {

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Largest integer a double holds exactly: JSON numbers beyond it are not whole seconds.
constexpr double maximumExactInteger = 9007199254740992.0;

class Reader {
public:
    Problems problems;
    const JsonPath top {}; // the document itself

    void fail(const JsonPath& path, const QString& message)
    {
        if (problems.size() < ModelReader::maximumProblems)
            problems.append({ Problem::Severity::Error, path.toString(), {}, message });
    }

    void typeError(const JsonPath& path, const QString& expected, const QJsonValue& got)
    {
        fail(path, QStringLiteral("expected %1, got %2").arg(expected, describe(got)));
    }

    std::optional<QString> text(const JsonPath& path, const QJsonValue& value)
    {
        if (!value.isString()) {
            typeError(path, QStringLiteral("a string"), value);
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QStringList> textList(const JsonPath& path, const QJsonValue& value)
    {
        if (!value.isArray()) {
            typeError(path, QStringLiteral("an array of strings"), value);
            return std::nullopt;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto item = text(path.index(i), array[i]);
            if (!item)
                return std::nullopt;
            list.append(*item);
        }
        return list;
    }

    std::optional<qint64> wholeNumber(const JsonPath& path, const QJsonValue& value)
    {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || d != std::floor(d) || std::fabs(d) > maximumExactInteger) {
            typeError(path, QStringLiteral("a whole number"), value);
            return std::nullopt;
        }
        return qint64(d);
    }

    std::optional<double> number(const JsonPath& path, const QJsonValue& value)
    {
        if (!value.isDouble()) {
            typeError(path, QStringLiteral("a number"), value);
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<QPointF> point(const JsonPath& path, const QJsonValue& value)
    {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != 2 || !array[0].isDouble() || !array[1].isDouble()) {
            typeError(path, QStringLiteral("an array of two numbers [x, y]"), value);
            return std::nullopt;
        }
        return QPointF(array[0].toDouble(), array[1].toDouble());
    }

    QVariant fieldValue(const JsonPath& path, const FieldSpec& spec, const QJsonValue& value)
    {
        auto wrap = [](const auto& optional) { return optional ? QVariant::fromValue(*optional) : QVariant(); };
        switch (spec.type) {
        case FieldType::AddressList:
        case FieldType::ReferenceList:
        case FieldType::OutageList:
            return wrap(textList(path, value));
        case FieldType::Seconds:
            return wrap(wholeNumber(path, value));
        case FieldType::Probability:
        case FieldType::Hours:
            return wrap(number(path, value));
        case FieldType::Point:
            return wrap(point(path, value));
        case FieldType::Id:
        case FieldType::Text:
        case FieldType::Domain:
        case FieldType::Reference:
        case FieldType::Choice:
            break;
        }
        return wrap(text(path, value));
    }

    void readElement(Model& model, ElementKind kind, const JsonPath& path, const QJsonValue& value)
    {
        if (!value.isObject()) {
            typeError(path, QStringLiteral("an object"), value);
            return;
        }
        const QJsonObject object = value.toObject();
        const int row = model.count(kind);
        model.visitList(kind, [](auto& list) { list.emplace_back(); });
        const auto fields = FieldSchema::fields(kind);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const JsonPath fieldPath = path.key(it.key());
            const int field = FieldSchema::indexOf(kind, it.key());
            if (field < 0) {
                fail(fieldPath, QStringLiteral("unknown key for a %1").arg(elementKindNoun(kind)));
                continue;
            }
            const QVariant v = fieldValue(fieldPath, fields[size_t(field)], it.value());
            if (v.isValid())
                FieldSchema::setValue(model, kind, row, field, v);
        }
        for (const FieldSpec& spec : fields) {
            if (spec.required && !object.contains(spec.key))
                fail(path, QStringLiteral("missing required key \"%1\"").arg(spec.key));
        }
    }

    void readKind(Model& model, ElementKind kind, const QJsonValue& value)
    {
        const QString key = elementKindKey(kind);
        if (!value.isArray()) {
            typeError(top.key(key), QStringLiteral("an array"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        const JsonPath path = top.key(key);
        for (qsizetype i = 0; i < array.size(); ++i)
            readElement(model, kind, path.index(i), array[i]);
    }

    void readSettings(ModelSettings& settings, const QJsonValue& value)
    {
        if (!value.isObject()) {
            typeError(top.key(QStringLiteral("settings")), QStringLiteral("an object"), value);
            return;
        }
        const QJsonObject object = value.toObject();
        const JsonPath settingsPath = top.key(QStringLiteral("settings"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const JsonPath path = settingsPath.key(it.key());
            if (it.key() == u"port")
                settings.port = wholeNumber(path, it.value());
            else if (it.key() == u"roots")
                settings.roots = textList(path, it.value()).value_or(QStringList());
            else if (it.key() == u"trust_anchors")
                settings.trustAnchors = textList(path, it.value()).value_or(QStringList());
            else
                fail(path, QStringLiteral("unknown key in settings"));
        }
    }

    // One entry of control_mapping; a missing "finding" or "controls" is an error because an
    // entry without them says nothing a reviewer could have meant.
    void readControlEntry(Model& model, const JsonPath& path, const QJsonValue& value)
    {
        if (!value.isObject()) {
            typeError(path, QStringLiteral("an object"), value);
            return;
        }
        const QJsonObject object = value.toObject();
        ControlMappingEntry entry;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const JsonPath keyPath = path.key(it.key());
            if (it.key() == u"finding")
                entry.finding = text(keyPath, it.value()).value_or(QString());
            else if (it.key() == u"controls")
                entry.controls = textList(keyPath, it.value()).value_or(QStringList());
            else if (it.key() == u"note")
                entry.note = text(keyPath, it.value()).value_or(QString());
            else
                fail(keyPath, QStringLiteral("unknown key in a control mapping entry"));
        }
        for (const char* required : { "finding", "controls" }) {
            if (!object.contains(QLatin1StringView(required)))
                fail(path, QStringLiteral("missing required key \"%1\"").arg(QLatin1StringView(required)));
        }
        model.controlMapping.push_back(entry);
    }

    void readControlMapping(Model& model, const QJsonValue& value)
    {
        const JsonPath path = top.key(QStringLiteral("control_mapping"));
        if (!value.isArray()) {
            typeError(path, QStringLiteral("an array"), value);
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            readControlEntry(model, path.index(i), array[i]);
    }

    bool readSchema(const QJsonObject& root)
    {
        const QJsonValue schema = root.value(QStringLiteral("schema"));
        if (schema.isUndefined()) {
            fail(top.key(QStringLiteral("schema")), QStringLiteral("missing: this is not a Nameplan model file"));
            return false;
        }
        const auto version = wholeNumber(top.key(QStringLiteral("schema")), schema);
        if (!version)
            return false;
        if (*version > Model::schemaVersion) {
            fail(top.key(QStringLiteral("schema")),
                QStringLiteral("the file uses schema version %1, written by a newer Nameplan; this version reads "
                               "schema %2 and older: please upgrade Nameplan")
                    .arg(*version)
                    .arg(Model::schemaVersion));
            return false;
        }
        if (*version < 1) {
            fail(top.key(QStringLiteral("schema")), QStringLiteral("schema version %1 does not exist").arg(*version));
            return false;
        }
        return true;
    }

    void readRoot(Model& model, const QJsonObject& root)
    {
        if (!readSchema(root))
            return;
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString& key = it.key();
            if (key == u"schema")
                continue;
            if (key == u"title")
                model.title = text(top.key(key), it.value()).value_or(QString());
            else if (key == u"author")
                model.author = text(top.key(key), it.value()).value_or(QString());
            else if (key == u"description")
                model.description = text(top.key(key), it.value()).value_or(QString());
            else if (key == u"settings")
                readSettings(model.settings, it.value());
            else if (key == u"control_mapping")
                readControlMapping(model, it.value());
            else if (const auto kind = elementKindFromKey(key))
                readKind(model, *kind, it.value());
            else
                fail(top.key(key), QStringLiteral("unknown key at the top level"));
        }
    }
};

// QJsonParseError gives a byte offset; people look for lines.
QString lineAndColumn(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    const qsizetype line = json.left(offset).count('\n') + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

ModelReader::Result ModelReader::read(const QByteArray& json)
{
    Result result;
    Reader reader;
    if (json.size() > maximumFileSize) {
        reader.fail(reader.top,
            QStringLiteral("the file is %1 MiB; models larger than %2 MiB are refused")
                .arg(json.size() / (1024 * 1024))
                .arg(maximumFileSize / (1024 * 1024)));
    } else if (json.trimmed().isEmpty()) {
        reader.fail(reader.top, QStringLiteral("the file is empty"));
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            reader.fail(reader.top,
                QStringLiteral("not valid JSON at %1: %2").arg(lineAndColumn(json, error.offset), error.errorString()));
        else if (!document.isObject())
            reader.fail(reader.top, QStringLiteral("expected a JSON object at the top level"));
        else
            reader.readRoot(result.model, document.object());
    }
    result.problems = reader.problems;
    return result;
}

} // namespace nameplan
