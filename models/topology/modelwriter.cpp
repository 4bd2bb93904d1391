// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelwriter.h"

#include "fieldschema.h"
#include "jsonwriter.h"
#include "model.h"

#include <QPointF>

namespace nameplan {

namespace {

void writeField(JsonWriter& json, const FieldSpec& spec, const QVariant& value)
{
    json.key(spec.key);
    switch (spec.type) {
    case FieldType::AddressList:
    case FieldType::ReferenceList:
    case FieldType::OutageList:
        json.inlineList(value.toStringList());
        break;
    case FieldType::Seconds:
        json.value(value.toLongLong());
        break;
    case FieldType::Probability:
    case FieldType::Hours:
        json.value(value.toDouble());
        break;
    case FieldType::Point: {
        const QPointF p = value.toPointF();
        json.inlinePair(p.x(), p.y());
        break;
    }
    case FieldType::Id:
    case FieldType::Text:
    case FieldType::Domain:
    case FieldType::Reference:
    case FieldType::Choice:
        json.value(value.toString());
        break;
    }
}

void writeElements(JsonWriter& json, const Model& model, ElementKind kind)
{
    const int count = model.count(kind);
    if (count == 0)
        return;
    const auto fields = FieldSchema::fields(kind);
    json.key(elementKindKey(kind));
    json.beginArray();
    for (int row = 0; row < count; ++row) {
        json.beginObject();
        for (size_t f = 0; f < fields.size(); ++f) {
            const QVariant value = FieldSchema::value(model, kind, row, int(f));
            if (!FieldSchema::isEmpty(value))
                writeField(json, fields[f], value);
        }
        json.endObject();
    }
    json.endArray();
}

void writeTextList(JsonWriter& json, const QString& key, const QStringList& texts)
{
    json.key(key);
    json.beginArray();
    for (const QString& text : texts)
        json.value(text);
    json.endArray();
}

void writeSettings(JsonWriter& json, const ModelSettings& settings)
{
    if (settings == ModelSettings {})
        return;
    json.key(QStringLiteral("settings"));
    json.beginObject();
    if (settings.port) {
        json.key(QStringLiteral("port"));
        json.value(*settings.port);
    }
    if (!settings.roots.isEmpty()) {
        json.key(QStringLiteral("roots"));
        json.inlineList(settings.roots);
    }
    if (!settings.trustAnchors.isEmpty())
        writeTextList(json, QStringLiteral("trust_anchors"), settings.trustAnchors);
    json.endObject();
}

void writeOptionalText(JsonWriter& json, const QString& key, const QString& text)
{
    if (text.isEmpty())
        return;
    json.key(key);
    json.value(text);
}

// After the element arrays: the mapping is about the report, read once the estate is known.
void writeControlMapping(JsonWriter& json, const std::vector<ControlMappingEntry>& mapping)
{
    if (mapping.empty())
        return;
    json.key(QStringLiteral("control_mapping"));
    json.beginArray();
    for (const ControlMappingEntry& entry : mapping) {
        json.beginObject();
        json.key(QStringLiteral("finding"));
        json.value(entry.finding);
        // Always written: an empty list is a decision ("not mapped"), not a missing value.
        writeTextList(json, QStringLiteral("controls"), entry.controls);
        writeOptionalText(json, QStringLiteral("note"), entry.note);
        json.endObject();
    }
    json.endArray();
}

} // namespace

QByteArray ModelWriter::write(const Model& model)
{
    JsonWriter json;
    json.beginObject();
    json.key(QStringLiteral("schema"));
    json.value(qint64(Model::schemaVersion));
    writeOptionalText(json, QStringLiteral("title"), model.title);
    writeOptionalText(json, QStringLiteral("author"), model.author);
    writeOptionalText(json, QStringLiteral("description"), model.description);
    writeSettings(json, model.settings);
    for (ElementKind kind : allElementKinds)
        writeElements(json, model, kind);
    writeControlMapping(json, model.controlMapping);
    json.endObject();
    return json.finish();
}

} // namespace nameplan
