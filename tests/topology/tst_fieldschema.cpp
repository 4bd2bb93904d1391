// SPDX-License-Identifier: GPL-3.0-or-later
// The one description of every field: keys unique, generic access reaches the real member,
// and every field survives a write/read round trip through the file format.

#include "fieldschema.h"
#include "model.h"
#include "modelreader.h"
#include "modelwriter.h"

#include <QPointF>
#include <QSet>
#include <QTest>

using namespace nameplan;

namespace {

// A value of the field's type that differs from the default.
QVariant sampleValue(const FieldSpec& spec, int row)
{
    switch (spec.type) {
    case FieldType::AddressList:
        return QStringList { QStringLiteral("192.0.2.%1").arg(row + 1), QStringLiteral("2001:db8::%1").arg(row + 1) };
    case FieldType::ReferenceList:
    case FieldType::OutageList:
        return QStringList { QStringLiteral("ref-%1").arg(row), QStringLiteral("other") };
    case FieldType::Seconds:
        return qint64(3600 * (row + 1));
    case FieldType::Probability:
        return 0.0001 * (row + 1);
    case FieldType::Hours:
        return 8760.5;
    case FieldType::Point:
        return QPointF(12.5 * row, -3.25);
    case FieldType::Choice:
        return spec.choices.last();
    case FieldType::Id:
        return QStringLiteral("id-%1").arg(row);
    case FieldType::Text:
        return QStringLiteral("text with \"quotes\", \\ and ü %1\n").arg(row);
    case FieldType::Domain:
    case FieldType::Reference:
        break;
    }
    return QStringLiteral("value-%1.example").arg(row);
}

} // namespace

class TestFieldSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysAreUniqueAndIdComesFirst()
    {
        for (ElementKind kind : allElementKinds) {
            QSet<QString> keys;
            const auto fields = FieldSchema::fields(kind);
            QCOMPARE(fields.front().key, QStringLiteral("id"));
            for (const FieldSpec& spec : fields) {
                QVERIFY2(!keys.contains(spec.key), qPrintable(spec.key));
                keys.insert(spec.key);
                QCOMPARE(FieldSchema::indexOf(kind, spec.key), int(keys.size() - 1));
            }
        }
        QCOMPARE(FieldSchema::indexOf(ElementKind::Zone, u"no-such-field"), -1);
    }

    void genericAccessReachesTheMember()
    {
        Model model;
        model.authorities.emplace_back();
        const int field = FieldSchema::indexOf(ElementKind::Authority, u"transfer_from");
        FieldSchema::setValue(model, ElementKind::Authority, 0, field, QStringLiteral("hp1"));
        QCOMPARE(model.authorities[0].transferFrom, QStringLiteral("hp1"));
        model.zones.emplace_back();
        const int expire = FieldSchema::indexOf(ElementKind::Zone, u"soa_expire");
        FieldSchema::setValue(model, ElementKind::Zone, 0, expire, qint64(604800));
        QCOMPARE(model.zones[0].soaExpire.value_or(0), 604800);
        FieldSchema::setValue(model, ElementKind::Zone, 0, expire, QVariant());
        QVERIFY(!model.zones[0].soaExpire.has_value());
        QVERIFY(FieldSchema::isEmpty(FieldSchema::value(model, ElementKind::Zone, 0, expire)));
    }

    void everyFieldRoundTripsThroughTheFile()
    {
        Model model;
        model.title = QStringLiteral("All fields");
        model.settings.port = 5353;
        model.settings.roots = { QStringLiteral("127.0.0.1:5300") };
        model.settings.trustAnchors = { QStringLiteral(". 3600 IN DS 20326 8 2 E06D44B8") };
        for (ElementKind kind : allElementKinds) {
            for (int row = 0; row < 2; ++row) {
                model.visitList(kind, [](auto& list) { list.emplace_back(); });
                const auto fields = FieldSchema::fields(kind);
                for (size_t f = 0; f < fields.size(); ++f)
                    FieldSchema::setValue(model, kind, row, int(f), sampleValue(fields[f], row));
            }
        }
        const QByteArray bytes = ModelWriter::write(model);
        const ModelReader::Result read = ModelReader::read(bytes);
        for (const Problem& p : read.problems)
            qWarning() << p.toString();
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(ModelWriter::write(read.model), bytes);
        for (ElementKind kind : allElementKinds) {
            const auto fields = FieldSchema::fields(kind);
            for (size_t f = 0; f < fields.size(); ++f) {
                QCOMPARE(FieldSchema::value(read.model, kind, 1, int(f)), sampleValue(fields[f], 1));
            }
        }
    }

    void emptyFieldsAreOmitted()
    {
        Model model;
        model.regions.emplace_back();
        model.regions[0].id = QStringLiteral("eu");
        QCOMPARE(ModelWriter::write(model),
            QByteArray("{\n  \"schema\": 1,\n  \"regions\": [\n    {\n      \"id\": \"eu\"\n    }\n  ]\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestFieldSchema)
#include "tst_fieldschema.moc"
